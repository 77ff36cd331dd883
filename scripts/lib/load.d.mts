export type LoadResult = { requests: number; rps: number; p50: number; p95: number; p99: number; bytes: number };
export function measure(
  url: string,
  options?: { clients?: number; seconds?: number; warmupSeconds?: number; perRequest?: () => import("node:http").RequestOptions },
): Promise<LoadResult>;
