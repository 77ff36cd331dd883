// "Try again after 18:42 UTC (in 12 minutes)": when a limited person may try again, in words.
// The clock time is rounded up to the next minute so that "after 18:42" is always true.

export type RetryDescription = {
  /** e.g. "18:42 UTC", or "18:42 UTC on 3 March" when that is not today (UTC). */
  clock: string;
  /** e.g. "in 12 minutes", "in 1 hour and 5 minutes", "in less than a minute". */
  relative: string;
  /** e.g. "Try again after 18:42 UTC (in 12 minutes)." */
  sentence: string;
  /** ISO 8601, for <time dateTime>. */
  iso: string;
};

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const two = (n: number) => String(n).padStart(2, "0");
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function relativeTime(seconds: number): string {
  if (seconds < 60) return "in less than a minute";
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `in ${plural(minutes, "minute")}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `in ${plural(hours, "hour")}` : `in ${plural(hours, "hour")} and ${plural(rest, "minute")}`;
}

/** Describes `retryAt` as seen at `now`. */
export function describeRetry(retryAt: Date, now: Date = new Date()): RetryDescription {
  const minute = 60_000;
  const shown = new Date(Math.ceil(retryAt.getTime() / minute) * minute);
  const sameDay = shown.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  const day = sameDay ? "" : ` on ${shown.getUTCDate()} ${months[shown.getUTCMonth()]}`;
  const clock = `${two(shown.getUTCHours())}:${two(shown.getUTCMinutes())} UTC${day}`;
  const relative = relativeTime(Math.max(0, (retryAt.getTime() - now.getTime()) / 1000));
  return { clock, relative, sentence: `Try again after ${clock} (${relative}).`, iso: shown.toISOString() };
}
