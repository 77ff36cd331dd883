// AUTH_SECRET for `npm start` when none is configured: generated once into a file readable only
// by its owner, like the Meilisearch master key (scripts/lib/meili.mjs). scripts/start.mjs puts
// it in the server's environment, never on a command line, where `ps` would show it. Auth.js
// uses it to hash sign-in tokens and sign its CSRF and state cookies.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The secret in `file`, created (mode 0600) if missing; a looser mode is tightened first. */
export function ensureAuthSecret(file: string, warn: (message: string) => void = console.warn): string {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // "wx": two servers starting at once must not overwrite each other's secret.
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077) {
    fs.chmodSync(file, 0o600);
    warn(`› ${file} was readable by others (mode ${mode.toString(8)}); changed it to 600.`);
  }
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret (fewer than 32 characters): delete it and start again`);
  return secret;
}
