import type { ChildProcess } from "node:child_process";
export function masterKey(dataDir: string): string;
export function runningMeili(dataDir: string): Promise<{ host: string; key: string } | null>;
export function startMeili(options: { dataDir: string; port?: number; exactPort?: boolean }): Promise<{
  host: string;
  key: string;
  port: number;
  pid: number;
  child: ChildProcess;
  stop: () => Promise<void>;
}>;
