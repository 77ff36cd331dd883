// Small process helpers shared by the start, test and bench scripts.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** Runs a command to completion with inherited output; rejects with a one-line message. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(cmd)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/**
 * Starts a long-running child and stops it when this process is told to stop; then runs
 * `cleanup` (e.g. stopping Meilisearch) and exits with the child's status.
 */
export function serve(cmd, args, options = {}, cleanup = async () => {}) {
  const child = spawn(cmd, args, { cwd: root, stdio: "inherit", ...options });
  const stop = (signal) => child.kill(signal);
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code, signal) => {
    await cleanup();
    process.exit(code ?? (signal ? 1 : 0));
  });
  return child;
}
