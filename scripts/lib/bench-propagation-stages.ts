// The stages a change goes through on its way into search, timed from its commit, for
// bench-propagation.ts: the outbox row's drain (seen from the database) and the Meilisearch task
// that carried it (seen through Meilisearch's tasks and batches API, with the master key the
// cluster's Meilisearch was started with). Measurement only: nothing here changes the cluster.
import type { Db } from "@/lib/db";

/** The cluster's Meilisearch, with a key that may read its tasks. */
export type MeiliAdmin = { host: string; key: string; indexUid: string };

type MeiliTask = { uid: number; batchUid: number | null; indexUid: string | null; status: string; type: string; enqueuedAt: string; startedAt: string | null; finishedAt: string | null };
type MeiliBatch = { duration: string | null; stats: { totalNbTasks: number; progressTrace?: Record<string, string> }; batchStrategy?: string };

/** Times in ms after the commit; `notes` say what else happened in that round (failures, tasks ahead, slow steps). */
export type Stages = {
  drainedMs: number | null;
  task: { enqueuedMs: number; startedMs: number | null; finishedMs: number | null } | null;
  notes: string[];
};

const DRAIN_POLL_MS = 10;
// A batch step worth naming in a note: well above the usual few milliseconds of a one-document batch.
const SLOW_STEP_MS = 100;
const INDEXING = "processing tasks > indexing";

// Meilisearch writes nanoseconds; Date.parse is only sure to read milliseconds.
const wall = (iso: string) => Date.parse(iso.replace(/(\.\d{3})\d+/, "$1"));
const since = (iso: string | null, committedAt: number) => (iso === null ? null : wall(iso) - committedAt);
/** A batch's progress-trace duration ("568.40µs", "2.25ms", "3.21s") in ms. */
const traceMs = (d: string) => {
  const m = /^([\d.]+)(µs|ms|s)$/.exec(d);
  return m ? Number(m[1]) * { µs: 0.001, ms: 1, s: 1000 }[m[2] as "µs" | "ms" | "s"] : null;
};

async function meiliGet<T>(meili: MeiliAdmin, path: string): Promise<T> {
  const response = await fetch(`${meili.host}${path}`, { headers: { Authorization: `Bearer ${meili.key}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Polls the outbox until it is empty (the drain's transaction committed, after Meilisearch had
 * finished the task), then reads that task, what finished ahead of it and its batch.
 */
export async function roundStages(db: Db, meili: MeiliAdmin, committed: number, committedAt: number, giveUpMs: number): Promise<Stages> {
  const notes: string[] = [];
  let drainedMs: number | null = null;
  let failed = "";
  while (performance.now() - committed < giveUpMs) {
    const rows = await db.searchOutbox.findMany({ select: { attempts: true, lastError: true } });
    const failure = rows.find((r) => r.attempts > 0);
    if (failure && !failed) failed = `drain failed at ${(performance.now() - committed).toFixed(0)} ms: ${failure.lastError}`;
    if (rows.length === 0) {
      drainedMs = performance.now() - committed;
      break;
    }
    await new Promise((r) => setTimeout(r, DRAIN_POLL_MS));
  }
  if (failed) notes.push(failed);
  if (drainedMs === null) notes.push(`outbox not empty after ${giveUpMs / 1000} s`);

  const after = new Date(committedAt - 1).toISOString();
  const ours = (await meiliGet<{ results: MeiliTask[] }>(meili, `/tasks?indexUids=${meili.indexUid}&types=documentAdditionOrUpdate&afterEnqueuedAt=${after}&limit=20`)).results;
  // Newest first: the oldest one after the commit carried this round's row.
  const task = ours.at(-1);
  if (!task) return { drainedMs, task: null, notes: [...notes, "no Meilisearch task after the commit"] };
  if (ours.length > 1) notes.push(`${ours.length} document tasks after the commit`);
  if (task.status !== "succeeded") notes.push(`task ${task.uid} ${task.status}`);

  // Meilisearch works through one queue for all indexes: anything that finished after the commit
  // but started before this task did was work it may have waited behind.
  const finished = (await meiliGet<{ results: MeiliTask[] }>(meili, `/tasks?afterFinishedAt=${after}&limit=50`)).results;
  const ahead = finished.filter((t) => t.uid !== task.uid && t.batchUid !== task.batchUid && task.startedAt !== null && t.startedAt !== null && wall(t.startedAt) <= wall(task.startedAt));
  for (const t of ahead.reverse()) notes.push(`behind task ${t.uid} ${t.type} on ${t.indexUid ?? "all"} (${since(t.startedAt, committedAt)}→${since(t.finishedAt, committedAt)} ms)`);

  if (task.batchUid !== null) {
    const batch = await meiliGet<MeiliBatch>(meili, `/batches/${task.batchUid}`);
    if (batch.stats.totalNbTasks > 1) notes.push(`batch of ${batch.stats.totalNbTasks} tasks`);
    const trace = Object.entries(batch.stats.progressTrace ?? {}).map(([step, d]) => [step, traceMs(d) ?? 0] as const);
    // The deepest steps say the most; their parents repeat the same time.
    const slow = trace.filter(([step, ms]) => ms >= SLOW_STEP_MS && !trace.some(([other]) => other.startsWith(`${step} >`)));
    for (const [step, ms] of slow) notes.push(`${step}: ${ms.toFixed(0)} ms`);
    // Time inside "indexing" that none of its steps accounts for: Meilisearch's set-up of the
    // batch (allocating its write buffers), which the trace does not name.
    const indexing = trace.find(([step]) => step === INDEXING)?.[1] ?? 0;
    const steps = trace.filter(([step]) => step.startsWith(`${INDEXING} >`) && step.split(" > ").length === 3).reduce((sum, [, ms]) => sum + ms, 0);
    if (indexing >= SLOW_STEP_MS) notes.push(`indexing ${indexing.toFixed(0)} ms, of which in named steps ${steps.toFixed(0)} ms`);
  }
  return { drainedMs, task: { enqueuedMs: since(task.enqueuedAt, committedAt)!, startedMs: since(task.startedAt, committedAt), finishedMs: since(task.finishedAt, committedAt) }, notes };
}
