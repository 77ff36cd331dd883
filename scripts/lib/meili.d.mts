import type { ChildProcess } from "node:child_process";
export function masterKey(dataDir: string): string;
export function notOurMeili(dataDir: string, host: string): string | null;
export function runningMeili(dataDir: string, options?: { caFile?: string }): Promise<{ host: string; key: string } | null>;
export function startMeili(options: {
  dataDir: string;
  port?: number;
  exactPort?: boolean;
  tls?: { certFile: string; keyFile: string };
  caFile?: string;
}): Promise<{
  host: string;
  key: string;
  port: number;
  pid: number;
  child: ChildProcess;
  dataDir: string;
  stop: () => Promise<void>;
}>;
