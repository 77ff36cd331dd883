// Progress of a long import. On a terminal: one bar per phase, redrawn in place, with counts and
// an estimate of the time left. Anywhere else (CI logs, npm start's output): a plain line at every
// tenth of the way and at least every few seconds. Short phases print nothing at all.

export type ImportPhase = "compile" | "write" | "relations" | "search";
export type ImportProgressEvent = { phase: ImportPhase; done: number; total: number };
export type ImportProgress = (event: ImportProgressEvent) => void;

export type ProgressStream = { isTTY?: boolean; columns?: number; write(text: string): unknown };

export type ProgressOptions = {
  now?: () => number;
  /** A phase shows up only once it has run this long (ms). */
  delayMs?: number;
  /** Without a terminal, the longest silence between two lines (ms). */
  everyMs?: number;
};

const labels: Record<ImportPhase, string> = {
  compile: "Checking and compiling",
  write: "Writing to the database",
  relations: "Linking related entries",
  search: "Updating search documents",
};
const count = new Intl.NumberFormat("en");
const TTY_REDRAW_MS = 100;

export function formatSeconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

type PhaseState = { startedAt: number; shown: boolean; lastAt: number; lastTenth: number; finished: boolean };

/** A progress callback that writes to `stream` (process.stdout in the CLI). */
export function progressReporter(stream: ProgressStream, options: ProgressOptions = {}): ImportProgress {
  const now = options.now ?? (() => performance.now());
  const delayMs = options.delayMs ?? 1000;
  const everyMs = options.everyMs ?? 5000;
  const phases = new Map<ImportPhase, PhaseState>();

  const eta = (state: PhaseState, done: number, total: number, at: number) => {
    if (done >= total) return `in ${formatSeconds(at - state.startedAt)}`;
    if (done === 0) return "estimating time left";
    return `about ${formatSeconds(((at - state.startedAt) / done) * (total - done))} left`;
  };

  const line = (phase: ImportPhase, state: PhaseState, done: number, total: number, at: number) => {
    const pct = Math.floor((done / total) * 100);
    const unit = phase === "search" ? "documents" : "entries";
    return `${labels[phase]}: ${count.format(done)}/${count.format(total)} ${unit} (${pct}%), ${eta(state, done, total, at)}`;
  };

  const bar = (phase: ImportPhase, state: PhaseState, done: number, total: number, at: number) => {
    const text = line(phase, state, done, total, at);
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - text.length - 4));
    const filled = Math.round((done / total) * width);
    return `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${text}\x1b[K`;
  };

  return ({ phase, done, total }) => {
    if (total <= 0) return;
    const at = now();
    let state = phases.get(phase);
    if (!state || (state.finished && done < total)) {
      state = { startedAt: at, shown: false, lastAt: at, lastTenth: 0, finished: false };
      phases.set(phase, state);
    }
    if (state.finished) return;
    const finished = done >= total;
    state.finished = finished;
    if (!state.shown && at - state.startedAt < delayMs) return;
    const tenth = Math.floor((done / total) * 10);
    if (stream.isTTY) {
      if (!finished && state.shown && at - state.lastAt < TTY_REDRAW_MS) return;
      stream.write(bar(phase, state, done, total, at) + (finished ? "\n" : ""));
    } else {
      if (!finished && state.shown && tenth <= state.lastTenth && at - state.lastAt < everyMs) return;
      stream.write(line(phase, state, done, total, at) + "\n");
    }
    state.shown = true;
    state.lastAt = at;
    state.lastTenth = tenth;
  };
}
