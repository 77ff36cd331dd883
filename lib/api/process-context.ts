// The context of the running portal: the process-wide Prisma client, the configured database
// (SQLite file or PostgreSQL URL) and one rate limiter per process (see lib/api/rate-limit.ts
// for why per process).
import "server-only";
import { env } from "@/env";
import { db } from "@/lib/db";
import type { ApiContext } from "./context";
import { RoutedRequests } from "./routed-requests";
import { ApiRateLimiter } from "./rate-limit";

const globalForApi = globalThis as unknown as { apiContext?: ApiContext };

/** The portal's API context, created on first use. */
export function processContext(): ApiContext {
  globalForApi.apiContext ??= { db, database: env.database, limiter: new ApiRateLimiter(), routed: new RoutedRequests() };
  return globalForApi.apiContext;
}
