// Next calls register() once when a server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startSearchWorker } = await import("@/lib/search/worker");
  startSearchWorker();
  // Bulk dumps under /downloads follow approved changes, debounced (lib/dumps/worker.ts).
  const { startDumpWorker } = await import("@/lib/dumps/worker");
  startDumpWorker();
  // Cached pages follow changes made through any instance (lib/page-cache/worker.ts).
  const { startPageCacheWorker } = await import("@/lib/page-cache/worker");
  startPageCacheWorker();
  // Repeat API requests skip Next's routing (scripts/serve.mjs, lib/api/early-answer.ts).
  const { installEarlyAnswers } = await import("@/lib/api/early-answer");
  installEarlyAnswers();
  // Repeat page requests are answered from a shared HTTP cache in front of Next (decision 0020).
  const [{ installFrontCache }, { env }] = await Promise.all([import("@/lib/page-cache/front-cache"), import("@/env")]);
  installFrontCache(env.PAGE_CACHE_MB * 1024 * 1024);
}
