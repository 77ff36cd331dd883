// What a handler needs from outside: the database (Prisma for reads, its address for the
// database-specific reads: a SQLite file path or a PostgreSQL URL) and the rate limiter. Route files pass the process-wide ones; tests
// pass a migrated test database and a limiter of their own.
import type { Db } from "@/lib/db";
import type { RoutedRequests } from "./routed-requests";
import type { ApiRateLimiter } from "./rate-limit";

export type ApiContext = {
  db: Db;
  database: string;
  limiter: ApiRateLimiter;
  /** Requests routed and parsed successfully, which may skip Next's routing next time. */
  routed: RoutedRequests;
};
