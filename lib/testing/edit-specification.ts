// Publishing a change to one specification as an approval would (validation, then the one write
// path), for tests and benchmarks that need a real edit without a browser. No test-runner imports,
// so scripts can use it too (scripts/lib/bench-propagation.ts).
import type { Db } from "@/lib/db";
import { saveEntryRevision } from "@/lib/catalogue/save-revision";
import { validateEntryDraft } from "@/lib/catalogue/validate-entry";
import { runWriteTransaction } from "@/lib/database/write-transaction";

/** Publishes a change to specification `slug` (fields of its frontmatter); resolves once committed. */
export async function editSpecification(db: Db, slug: string, change: Record<string, unknown>, author = "test"): Promise<void> {
  const entry = await db.entry.findUniqueOrThrow({ where: { kind_slug: { kind: "specification", slug } }, select: { id: true, headRevision: true } });
  const rev = await db.revision.findFirstOrThrow({ where: { entryId: entry.id, number: entry.headRevision }, select: { snapshot: true, body: true } });
  const checked = await validateEntryDraft(db, { kind: "specification", data: { ...JSON.parse(rev.snapshot), ...change }, body: rev.body, entryId: entry.id });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  const saved = await runWriteTransaction(db, (tx) => saveEntryRevision(tx, { content: checked.content, expectedHead: entry.headRevision, author: { id: null, name: author }, origin: "proposal", message: `${author} edit` }));
  if (!saved.ok) throw new Error(`the edit of ${slug} was refused: ${saved.code}`);
}
