// Test-file helpers (never imported by the app): a migrated SQLite database for the whole file,
// optionally with the real content imported, and the code of an expected refusal.
import { afterAll, beforeAll } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { importContent } from "@/lib/content/run-import";
import { copyContent, createTestDatabase, type TestDatabase } from "./database";
import type { Db } from "@/lib/db";

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

export { editSpecification } from "./edit-specification";
