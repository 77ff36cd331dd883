// Types for postgres.mjs.
export function postgresBinDir(base?: string): string | null;
export function freePort(): Promise<number>;
export function startThrowawayCluster(options: { dataDir: string; port?: number; binDir?: string | null }): Promise<{ url: string; port: number; stop: () => Promise<void> }>;
