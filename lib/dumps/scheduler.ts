// When to regenerate the current dumps: after the catalogue changed and then stayed quiet for
// the debounce period, or at start when the dumps are missing or behind the database. Pure
// decisions over injected reads and a clock, so the rule is tested without waiting.

export type DumpSchedulerDeps = {
  /** The catalogue's state now (catalogueState). */
  readState: () => Promise<string>;
  /** The state the current dumps were made from, or null when there are none. */
  readDumpedState: () => Promise<string | null>;
  /** Writes and swaps in a new set; rejects when it failed (the old set then stays). */
  generate: () => Promise<void>;
  debounceMs: number;
  now?: () => number;
};

export type TickOutcome = "generated" | "waiting" | "idle" | "busy" | "failed";

/** A debounced regeneration rule; call tick() on an interval and changed() after a local write. */
export function createDumpScheduler(deps: DumpSchedulerDeps) {
  const now = deps.now ?? Date.now;
  let seen: string | null = null;
  let due: number | undefined;
  let running = false;
  const changed = () => {
    due = now() + deps.debounceMs;
  };

  async function tick(): Promise<TickOutcome> {
    if (running) return "busy";
    running = true;
    try {
      const state = await deps.readState();
      if (seen === null) {
        if ((await deps.readDumpedState()) !== state) due = now();
      } else if (state !== seen) {
        changed();
      }
      seen = state;
      if (due === undefined) return "idle";
      if (now() < due) return "waiting";
      due = undefined;
      await deps.generate();
      return "generated";
    } catch (error) {
      // Try again after another quiet period; the previous dumps stay in place meanwhile.
      changed();
      console.warn(`[dumps] regenerating the dumps failed, will retry: ${(error as Error).message}`);
      return "failed";
    } finally {
      running = false;
    }
  }
  return { tick, changed };
}
