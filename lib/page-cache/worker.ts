// Runs inside each app server process (instrumentation.ts): polls the page invalidation log and
// revalidates what other instances (or scripts) invalidated, so every instance's page cache
// follows a change within a poll interval, whichever instance served the edit (decision 0018).
//
// revalidatePath only works inside a request, so the worker asks its own server: a POST to
// app/api/internal/page-cache with a token that lives in this process's memory only.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/env";
import { pruneInvalidations } from "./mutations";
import { invalidationsAfter, latestInvalidationId } from "./queries";
import { TOKEN_HEADER, type PageTarget } from "./schema";

const POLL_MS = 500;
const PRUNE_EVERY_MS = 10 * 60_000;
const KEEP_MS = 24 * 60 * 60_000;

type WorkerState = { token: string; appliedLocally: Set<number>; timer?: NodeJS.Timeout };
const g = globalThis as unknown as { pageCacheWorker?: WorkerState };

/** This process's state, shared by the worker and the route (they may be bundled apart). */
export function pageCacheState(): WorkerState {
  return (g.pageCacheWorker ??= { token: randomBytes(32).toString("hex"), appliedLocally: new Set() });
}

/** Targets of several log rows, each path once (a layout revalidation covers a page one). */
export function mergeTargets(rows: { targets: PageTarget[] }[]): PageTarget[] {
  const merged = new Map<string, PageTarget>();
  for (const target of rows.flatMap((r) => r.targets)) {
    const key = `${target.type ?? ""}:${target.path}`;
    if (!merged.has(key)) merged.set(key, target);
  }
  return [...merged.values()];
}

async function applyThroughOwnServer(token: string, targets: PageTarget[]): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${env.PORT}/api/internal/page-cache`, {
    method: "POST",
    headers: { "content-type": "application/json", [TOKEN_HEADER]: token },
    body: JSON.stringify({ targets }),
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) throw new Error(`the page cache route answered ${res.status}`);
}

export function startPageCacheWorker(): void {
  const state = pageCacheState();
  if (state.timer) return;
  let lastSeen: number | null = null;
  let busy = false;
  let lastPrune = 0;
  let warned = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      lastSeen ??= await latestInvalidationId(db);
      const rows = await invalidationsAfter(db, lastSeen);
      if (rows.length > 0) {
        const foreign = rows.filter((r) => !state.appliedLocally.has(r.id));
        if (foreign.length > 0) await applyThroughOwnServer(state.token, mergeTargets(foreign));
        for (const r of rows) state.appliedLocally.delete(r.id);
        lastSeen = rows[rows.length - 1].id;
      }
      if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
        lastPrune = Date.now();
        await pruneInvalidations(db, new Date(Date.now() - KEEP_MS));
      }
      warned = false;
    } catch (error) {
      // Retried at the next tick from the same point: nothing is skipped.
      if (!warned) console.warn(`[page-cache] could not apply invalidations, will retry: ${(error as Error).message}`);
      warned = true;
    } finally {
      busy = false;
    }
  };
  state.timer = setInterval(tick, POLL_MS);
  state.timer.unref();
}
