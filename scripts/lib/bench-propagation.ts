// How long a change takes to show on every instance (issue 10: an approval on instance A shows
// on instance B, pages and search, within 2 s). Run by bench-cluster.ts on its running cluster.
//
// Each round commits one change to the shared PostgreSQL as an approval commits it: a new revision
// of a specification through saveEntryRevision (with its search outbox row, same transaction),
// then a row in the page invalidation log (decision 0018). This process is neither instance, so
// both learn of the change only through what they poll: the log (every 500 ms) and the outbox. That
// is the path instance B takes after an approval on A. (A itself, having served the approval,
// revalidates its own pages at once and sends the outbox row straight away, so it is faster.)
// Then each instance's entry page and its /api/search are asked every 50 ms until they show the
// new wording. The time is from the revision's commit to the first answer that shows it.
//
// A slow search round has to say which stage was slow, so each round also records, from the same
// commit: when the outbox row was gone (the drain's transaction committed), and the Meilisearch
// task's enqueuedAt (the drain picked the row up and sent it), startedAt (queue wait behind other
// tasks) and finishedAt (indexing), with the tasks that finished in between (what it waited for).
import { randomBytes } from "node:crypto";
import { createDb } from "@/lib/db";
import { recordPageInvalidation } from "@/lib/page-cache/mutations";
import { editSpecification } from "@/lib/testing/edit-specification";
import { roundStages, type MeiliAdmin, type Stages } from "./bench-propagation-stages";

const POLL_MS = 50;
const GIVE_UP_MS = 15_000;
const TARGET_MS = 2_000;
// Enough rounds that a one-in-five outlier shows up reliably; each round takes about a second.
const ROUNDS = 12;

type Seen = { instance: string; what: "page" | "search"; ms: number | null; askedMs: number | null };

let client = 0;
/**
 * Milliseconds from `since` until `url` answers with a body that `shows` (and when that request
 * was sent, so a slow answer is told apart from a late change); nulls after GIVE_UP_MS.
 */
async function firstSeen(url: string, shows: (body: string) => boolean, since: number): Promise<{ ms: number | null; askedMs: number | null }> {
  while (performance.now() - since < GIVE_UP_MS) {
    const asked = performance.now();
    // A made-up client per request: the search's per-client limit must not refuse the poll.
    const response = await fetch(url, { headers: { "X-Forwarded-For": `198.51.100.${(client = (client + 1) % 250) + 1}` } });
    const body = await response.text();
    if (response.ok && shows(body)) return { ms: performance.now() - since, askedMs: asked - since };
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return { ms: null, askedMs: null };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cell = (ms: number | null | undefined, width = 8) => (ms == null ? "—" : ms.toFixed(0)).padStart(width);

/**
 * Measures `rounds` changes to specification `slug` on the cluster whose database is `databaseUrl`,
 * and prints the summary and a per-round table of the stages (Meilisearch's tasks API through `meili`).
 */
export async function measurePropagation(options: { databaseUrl: string; instances: Record<string, string>; slug: string; meili: MeiliAdmin; rounds?: number }): Promise<void> {
  const { databaseUrl, instances, slug, meili, rounds = ROUNDS } = options;
  const db = createDb(databaseUrl);
  const seen: Seen[] = [];
  const stages: Stages[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      // Random letters, not a counter or a clock: a word one or two letters away from the last
      // round's (still in the index) would match it through typo tolerance and look found early.
      const word = `propagation${Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join("")}`;
      await editSpecification(db, slug, { maturity: `Published standard, ${word}` }, "bench:scale");
      const committed = performance.now();
      // Meilisearch's task times are wall-clock: the same moment on Date's clock.
      const committedAt = Date.now();
      await recordPageInvalidation(db, [{ path: `/specifications/${slug}` }]);
      const checks = Object.entries(instances).flatMap(([instance, base]) => [
        firstSeen(`${base}/specifications/${slug}`, (html) => html.includes(word), committed).then((t) => ({ instance, what: "page" as const, ...t })),
        firstSeen(`${base}/api/search?q=${word}`, (json) => json.includes(`/specifications/${slug}`), committed).then((t) => ({ instance, what: "search" as const, ...t })),
      ]);
      const [stage, ...results] = await Promise.all([roundStages(db, meili, committed, committedAt, GIVE_UP_MS), ...checks]);
      stages.push(stage);
      seen.push(...results);
    }
  } finally {
    await db.$disconnect();
  }
  console.log(`\n  A change committed by a third process, until each instance shows it (${rounds} changes, polled every ${POLL_MS} ms):`);
  console.log(`  ${"".padEnd(22)}${"median ms".padStart(10)}${"max ms".padStart(10)}   target ≤ ${TARGET_MS} ms`);
  for (const instance of Object.keys(instances)) {
    for (const what of ["page", "search"] as const) {
      const times = seen.filter((s) => s.instance === instance && s.what === what).map((s) => s.ms);
      const label = `  instance ${instance}, ${what}`.padEnd(24);
      if (times.some((t) => t === null)) {
        console.log(`${label}${"—".padStart(10)}${"—".padStart(10)}   NOT met: not shown within ${GIVE_UP_MS / 1000} s in ${times.filter((t) => t === null).length} of ${rounds}`);
        continue;
      }
      const ms = times as number[];
      const max = Math.max(...ms);
      console.log(`${label}${median(ms).toFixed(0).padStart(10)}${max.toFixed(0).padStart(10)}   ${max <= TARGET_MS ? "met" : "NOT met"}`);
    }
  }
  printRounds(Object.keys(instances), seen, stages);
}

/** One line a round: every stage in ms after the commit, so a slow round shows where it lost the time. */
function printRounds(names: string[], seen: Seen[], stages: Stages[]) {
  console.log("\n  Per round, ms after the commit (task: Meilisearch's enqueuedAt / startedAt / finishedAt; search: asked→answered):");
  const searchHeads = names.map((n) => `${n} search`.padStart(14)).join("");
  const pageHeads = names.map((n) => `${n} page`.padStart(8)).join("");
  console.log(`  ${"round".padEnd(6)}${"enqueued".padStart(9)}${"started".padStart(8)}${"finished".padStart(9)}${"drained".padStart(8)}${searchHeads}${pageHeads}   notes`);
  stages.forEach((s, round) => {
    const mine = seen.slice(round * names.length * 2, (round + 1) * names.length * 2);
    const search = names.map((n) => mine.find((m) => m.instance === n && m.what === "search")!).map((m) => `${cell(m.askedMs, 6)}→${cell(m.ms, 5)}`.padStart(14)).join("");
    const page = names.map((n) => cell(mine.find((m) => m.instance === n && m.what === "page")!.ms)).join("");
    const t = s.task;
    console.log(`  ${String(round + 1).padEnd(6)}${cell(t?.enqueuedMs, 9)}${cell(t?.startedMs)}${cell(t?.finishedMs, 9)}${cell(s.drainedMs)}${search}${page}   ${s.notes.join("; ")}`);
  });
}
