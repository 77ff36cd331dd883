// Bounded concurrency for the import's writes inside one transaction. Prisma spends most of a
// query's time in JavaScript around the database call, so a few entries in flight at once keep
// the single SQLite connection busy; they never share rows, so their order does not matter.

/**
 * Runs `task` for every item, at most `limit` at a time. After the first failure nothing new
 * starts; the ones in flight are awaited (so no write outlives the transaction), then the first
 * error is thrown.
 */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const lane = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        await task(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure) throw (failure as { error: unknown }).error;
}
