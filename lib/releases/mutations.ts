// Publishing a release freezes the head revision of every live entry. It reads the heads and
// writes the pins in one write transaction, so a release never mixes two states of the catalogue;
// the database refuses any later change to it (triggers in migration 0006).
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { runWriteTransaction } from "@/lib/database/write-transaction";
import { loadActor } from "@/lib/proposals/actor";
import type { PublishReleaseInput, PublishReleaseResult } from "./schema";

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002" || /UNIQUE constraint failed: Release\.name/.test(String((error as Error)?.message));

/** Publishes release `input.name` as user `userId` (editor or admin). */
export async function publishRelease(db: Db, userId: string | null, input: PublishReleaseInput): Promise<PublishReleaseResult> {
  const actor = await loadActor(db, userId, "editor");
  const taken = () => ({ ok: false as const, code: "name-taken" as const, message: `A release called ${input.name} already exists; release names are never reused.` });
  try {
    return await runWriteTransaction(db, async (tx) => {
      if (await tx.release.findUnique({ where: { name: input.name }, select: { id: true } })) return taken();
      const heads = await tx.entry.findMany({
        where: { archivedAt: null, headRevision: { gt: 0 } },
        select: { id: true, kind: true, slug: true, title: true, headRevision: true },
      });
      if (heads.length === 0) return { ok: false as const, code: "empty" as const, message: "The catalogue has no entries to release yet." };
      const release = await tx.release.create({
        data: { name: input.name, notes: input.notes, publishedById: actor.id, publishedByName: actor.name, entryCount: heads.length },
        select: { id: true },
      });
      await tx.releaseEntry.createMany({
        data: heads.map((e) => ({ releaseId: release.id, entryId: e.id, revisionNumber: e.headRevision, kind: e.kind, slug: e.slug, title: e.title })),
      });
      await recordAudit(tx, { actor: { id: actor.id, name: actor.name }, action: "release.publish", detail: { name: input.name, entryCount: heads.length } });
      return { ok: true as const, name: input.name, entryCount: heads.length };
    });
  } catch (error) {
    // Two editors publishing the same name at once: the unique index decides.
    if (isUniqueViolation(error)) return taken();
    throw error;
  }
}
