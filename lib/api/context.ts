// What a handler needs from outside: the database (Prisma for reads, its file path for the
// SQLite-specific probes) and the rate limiter. Route files pass the process-wide ones; tests
// pass a migrated test database and a limiter of their own.
import type { Db } from "@/lib/db";
import type { ApiRateLimiter } from "./rate-limit";

export type ApiContext = {
  db: Db;
  databasePath: string;
  limiter: ApiRateLimiter;
};
