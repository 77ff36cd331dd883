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
import { createDb } from "@/lib/db";
import { recordPageInvalidation } from "@/lib/page-cache/mutations";
import { editSpecification } from "@/lib/testing/edit-specification";

const POLL_MS = 50;
const GIVE_UP_MS = 15_000;
const TARGET_MS = 2_000;

type Seen = { instance: string; what: "page" | "search"; ms: number | null };


let client = 0;
/** Milliseconds from `since` until `url` answers with a body that `shows`; null after GIVE_UP_MS. */
async function firstSeen(url: string, shows: (body: string) => boolean, since: number): Promise<number | null> {
  while (performance.now() - since < GIVE_UP_MS) {
    // A made-up client per request: the search's per-client limit must not refuse the poll.
    const response = await fetch(url, { headers: { "X-Forwarded-For": `198.51.100.${(client = (client + 1) % 250) + 1}` } });
    const body = await response.text();
    if (response.ok && shows(body)) return performance.now() - since;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Measures `rounds` changes to specification `slug` on the cluster whose database is `databaseUrl`, and prints the table. */
export async function measurePropagation(options: { databaseUrl: string; instances: Record<string, string>; slug: string; rounds?: number }): Promise<void> {
  const { databaseUrl, instances, slug, rounds = 5 } = options;
  const db = createDb(databaseUrl);
  const seen: Seen[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const word = `propagation${Date.now().toString(36)}`;
      await editSpecification(db, slug, { maturity: `Published standard, ${word}` }, "bench:scale");
      const committed = performance.now();
      await recordPageInvalidation(db, [{ path: `/specifications/${slug}` }]);
      const checks = Object.entries(instances).flatMap(([instance, base]) => [
        firstSeen(`${base}/specifications/${slug}`, (html) => html.includes(word), committed).then((ms) => ({ instance, what: "page" as const, ms })),
        firstSeen(`${base}/api/search?q=${word}`, (json) => json.includes(`/specifications/${slug}`), committed).then((ms) => ({ instance, what: "search" as const, ms })),
      ]);
      seen.push(...(await Promise.all(checks)));
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
}
