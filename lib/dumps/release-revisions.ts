// The revisions a published release pins (lib/releases: ReleaseEntry rows), as the input of
// generateReleaseDumps. Publishing then needs one line:
//   await generateReleaseDumps(name, await loadReleaseRevisions(db, name))
import type { Db } from "@/lib/db";
import { EntryKind } from "@/lib/catalogue/schema";
import type { PinnedEntryRevision } from "./schema";

/** The release's pinned revisions, ordered by kind then slug; null when no release has that name. */
export async function loadReleaseRevisions(db: Db, releaseName: string): Promise<PinnedEntryRevision[] | null> {
  const release = await db.release.findUnique({
    where: { name: releaseName },
    select: {
      entries: {
        orderBy: [{ kind: "asc" }, { slug: "asc" }],
        select: { kind: true, slug: true, revision: { select: { number: true, snapshot: true, body: true, createdAt: true } } },
      },
    },
  });
  if (!release) return null;
  return release.entries.map((e) => ({
    kind: EntryKind.parse(e.kind),
    slug: e.slug,
    revisionNumber: e.revision.number,
    publishedAt: e.revision.createdAt,
    snapshot: JSON.parse(e.revision.snapshot) as Record<string, unknown>,
    body: e.revision.body,
  }));
}
