// A large import writes while it compiles. The compile runs in worker threads and the writes on
// this thread; one after the other, they left a core idle for most of a first import (the write,
// mostly Prisma's JavaScript, uses one core, and this thread idled through the compile). The write
// transaction opens as soon as the pool starts, and takes entries in file order as soon as every
// file before them is compiled; relations, derived status and search wait for the whole
// catalogue to pass its checks. If it does not (a file's problem, a cross-check), everything
// written so far is rolled back and the problems are reported as before: all or nothing still
// holds, the transaction just starts earlier. See docs/decisions/0016-import-at-scale.md.
import type { Db } from "@/lib/db";
import { isRetryableWriteError } from "@/lib/database/write-transaction";
import { isoToday } from "@/lib/catalogue/lifecycle";
import { loadCatalogue, type LoadedCatalogue, type LoadOptions, type LoadResult } from "./load";
import { applyCatalogue, writeCatalogue, type ApplyOptions, type EntryBatch, type ImportSummary } from "./import";

/** Entries written per batch, as in the import's write. */
const BATCH = 200;

/** Thrown inside the transaction when the catalogue failed its checks: rolls every write back. */
class CatalogueRejected extends Error {
  constructor() {
    super("the catalogue has problems; nothing was written");
  }
}

/** Entries as they are appended to the catalogue, in batches of BATCH (the last one shorter). */
function arrivals() {
  let arrived = 0;
  let taken = 0;
  let closed = false;
  let rows = new Map<string, string>();
  let wake: (() => void) | undefined;
  const nudge = () => {
    wake?.();
    wake = undefined;
  };
  return {
    add(count: number, added: ReadonlyMap<string, string>) {
      arrived += count;
      for (const [key, value] of added) rows.set(key, value);
      if (arrived - taken >= BATCH) nudge();
    },
    close() {
      closed = true;
      nudge();
    },
    async *batches(): AsyncIterable<EntryBatch> {
      for (;;) {
        while (!closed && arrived - taken < BATCH) await new Promise<void>((resolve) => (wake = resolve));
        if (closed && arrived === taken && rows.size === 0) return;
        const count = Math.min(BATCH, arrived - taken);
        const batch = { indices: Array.from({ length: count }, (_, i) => taken + i), rows };
        taken += count;
        rows = new Map();
        yield batch;
      }
    },
  };
}

/** The bodies' search texts from the compile: every file of an import this large was compiled. */
function compiledTexts(c: LoadedCatalogue) {
  return {
    texts: async () => new Map(c.entries.flatMap((e) => (e.searchText === undefined ? [] : [[e.body, e.searchText] as const]))),
    stop: async () => {},
  };
}

/** The write transaction, taking the catalogue's entries while they are still being compiled. */
async function writeWhileLoading(db: Db, c: LoadedCatalogue, files: number, batches: AsyncIterable<EntryBatch>, checked: Promise<boolean>, today: string, options: ApplyOptions): Promise<ImportSummary> {
  // As the import's own (import.ts), plus the compile, which now runs inside the transaction.
  const timeout = 120_000 + 300 * files;
  return db.$transaction(
    async (tx) => {
      const written = await writeCatalogue(
        tx,
        c,
        batches,
        today,
        {
          ...options,
          // The compile's progress shows meanwhile; the write ends soon after it.
          onProgress: (event) => event.phase !== "write" && options.onProgress?.(event),
          entriesChecked: async () => {
            if (!(await checked)) throw new CatalogueRejected();
          },
        },
        compiledTexts(c),
      );
      // Entries with no file: every entry of the catalogue exists now, and the import deletes none.
      const notInContent = (await tx.entry.count()) - c.entries.length;
      const unchanged = c.entries.length - written.created - written.updated - written.conflicts.length;
      return { ...written, unchanged, notInContent };
    },
    { timeout, maxWait: 10_000 },
  );
}

/**
 * Loads the catalogue under `root` and, if it is valid, writes it: while it compiles when the
 * pool compiles it, otherwise afterwards (applyCatalogue). The summary is there exactly when the
 * catalogue was valid; a write that fails for any other reason throws, and nothing is written.
 */
export async function loadAndApply(db: Db, root: string, load: LoadOptions, apply: ApplyOptions, today: string = isoToday()): Promise<{ loaded: LoadResult; summary?: ImportSummary }> {
  const queue = arrivals();
  let checked!: (ok: boolean) => void;
  const verdict = new Promise<boolean>((resolve) => (checked = resolve));
  let writing: Promise<ImportSummary> | undefined;
  let loaded: LoadResult;
  try {
    loaded = await loadCatalogue(root, {
      ...load,
      stream: {
        start(c, files) {
          writing = writeWhileLoading(db, c, files, queue.batches(), verdict, today, apply);
          // Awaited below, once the compile is done; a failure meanwhile must not go unhandled.
          writing.catch(() => {});
        },
        added: (count, rows) => queue.add(count, rows),
      },
    });
  } catch (error) {
    checked(false);
    queue.close();
    await writing?.catch(() => {});
    throw error;
  }
  checked(loaded.ok);
  queue.close();
  if (!writing) return { loaded, summary: loaded.ok ? await applyCatalogue(db, loaded.catalogue, today, apply) : undefined };
  try {
    return { loaded, summary: await writing };
  } catch (error) {
    // Rolled back. Problems explain it (an entry that fails a check may also fail its write).
    if (!loaded.ok) return { loaded };
    // Another writer took the lock first: the usual path, which retries, writes it now.
    if (isRetryableWriteError(error)) return { loaded, summary: await applyCatalogue(db, loaded.catalogue, today, apply) };
    throw error;
  }
}
