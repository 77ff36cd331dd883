// Test-file helpers (never imported by the app): a migrated SQLite database for the whole file,
// optionally with the real content imported, and the code of an expected refusal.
import { afterAll, beforeAll } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { importContent } from "@/lib/content/run-import";
import { copyContent, createTestDatabase, type TestDatabase } from "./database";
import type { Db } from "@/lib/db";
import { saveEntryRevision } from "@/lib/catalogue/save-revision";
import { validateEntryDraft } from "@/lib/catalogue/validate-entry";
import { runWriteTransaction } from "@/lib/database/write-transaction";

/** Registers beforeAll/afterAll for a database this test file shares; call the result inside tests. */
export function useTestDatabase(options: { withContent?: boolean } = {}): () => TestDatabase {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await createTestDatabase();
    if (options.withContent) {
      const outcome = await importContent(t.db, copyContent().root);
      if (!outcome.ok) throw new Error("content import failed");
    }
  });
  afterAll(async () => t?.dispose());
  return () => {
    if (!t) throw new Error("the test database is created in beforeAll");
    return t;
  };
}

/** "ok", the AppError code a promise rejects with, or the error's text. */
export const codeOf = (promise: Promise<unknown>) => promise.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : String(e)));

/** Publishes a change to specification `slug` (fields of its frontmatter) as an approval would. */
export async function editSpecification(db: Db, slug: string, change: Record<string, unknown>): Promise<void> {
  const entry = await db.entry.findUniqueOrThrow({ where: { kind_slug: { kind: "specification", slug } }, select: { id: true, headRevision: true } });
  const rev = await db.revision.findFirstOrThrow({ where: { entryId: entry.id, number: entry.headRevision }, select: { snapshot: true, body: true } });
  const checked = await validateEntryDraft(db, { kind: "specification", data: { ...JSON.parse(rev.snapshot), ...change }, body: rev.body, entryId: entry.id });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  const saved = await runWriteTransaction(db, (tx) => saveEntryRevision(tx, { content: checked.content, expectedHead: entry.headRevision, author: { id: null, name: "test" }, origin: "proposal", message: "test edit" }));
  if (!saved.ok) throw new Error(`the edit of ${slug} was refused: ${saved.code}`);
}
