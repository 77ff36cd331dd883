// Releases as the API sees them: the one seam between the API and lib/releases. A release is a
// frozen state of the catalogue (Release, and ReleaseEntry rows pinning each entry's revision);
// /api/v1/releases lists them and /api/v1/releases/{name}/{collection}/{slug} answers the pinned
// revision. A name with no release is a 404 "release not found".
import "server-only";
import type { z } from "zod";
import type { EntryKind } from "@/lib/catalogue/schema";
import { getRelease, listReleases } from "@/lib/releases/queries";
import type { ReleaseSummary } from "@/lib/releases/schema";
import type { Release } from "./dto-collections";
import type { ApiContext } from "./context";
import { API_BASE } from "./links";

export type ApiRelease = z.infer<typeof Release>;

/** A release and how to read one entry as it was pinned in it. */
export type ReleaseView = {
  release: ApiRelease;
  /** The revision number of `kind`/`slug` pinned in the release, or null when it has none. */
  pinnedRevision: (kind: EntryKind, slug: string) => Promise<number | null>;
};

const toApiRelease = (r: ReleaseSummary): ApiRelease => ({
  name: r.name,
  notes: r.notes,
  publishedAt: r.publishedAt,
  entryCount: r.entryCount,
  href: `${API_BASE}/releases/${encodeURIComponent(r.name)}`,
});

/** Published releases, newest first. */
export async function listApiReleases(ctx: ApiContext): Promise<ApiRelease[]> {
  return (await listReleases(ctx.db)).map(toApiRelease);
}

/** The release called `name`, or null when there is none. */
export async function findApiRelease(ctx: ApiContext, name: string): Promise<ReleaseView | null> {
  const release = await getRelease(name, ctx.db);
  if (!release) return null;
  return {
    release: toApiRelease(release),
    async pinnedRevision(kind, slug) {
      const pin = await ctx.db.releaseEntry.findUnique({
        where: { releaseId_kind_slug: { releaseId: release.id, kind, slug } },
        select: { revisionNumber: true },
      });
      return pin?.revisionNumber ?? null;
    },
  };
}
