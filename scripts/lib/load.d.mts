export type LoadResult = { requests: number; rps: number; p50: number; p95: number; p99: number; bytes: number };
export function measure(
  url: string | (() => string),
  options?: { clients?: number; seconds?: number; warmupSeconds?: number; perRequest?: (url: string) => import("node:http").RequestOptions; status?: number },
): Promise<LoadResult>;
