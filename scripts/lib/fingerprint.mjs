// A hash of everything a production build depends on: source, config, lockfile, content and
// the database it was prerendered from. Same fingerprint → the existing build is reused.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { root } from "./run.mjs";

// tsconfig.json is left out: `next build` rewrites its include list per build folder.
const inputs = ["app", "components", "lib", "content", "public", "prisma", "env.ts", "next.config.mjs", "proxy.ts", "instrumentation.ts", "package-lock.json"];
const skip = new Set(["generated", "node_modules"]);

function walk(p, hash) {
  if (!fs.existsSync(p)) return;
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) if (!skip.has(name)) walk(path.join(p, name), hash);
  } else {
    hash.update(path.relative(root, p)).update("\0").update(fs.readFileSync(p)).update("\0");
  }
}

export function buildFingerprint(extra) {
  const hash = createHash("sha256");
  for (const input of inputs) walk(path.join(root, input), hash);
  hash.update(JSON.stringify(extra));
  return hash.digest("hex");
}
