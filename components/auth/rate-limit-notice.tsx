// How a page says that a limit was reached and when to try again: the same words as the 429
// page that route handlers send (lib/rate-limit/response.ts).
import { describeRetry } from "@/lib/rate-limit/retry-time";

type Props = {
  /** e.g. "Too many new proposals." */
  title: string;
  retryAt: Date;
  now?: Date;
};

export function RateLimitNotice({ title, retryAt, now }: Props) {
  const retry = describeRetry(retryAt, now);
  return (
    <div className="notice" role="alert">
      <p>
        <strong>{title}</strong> Try again after <time dateTime={retry.iso}>{retry.clock}</time> ({retry.relative}).
      </p>
    </div>
  );
}
