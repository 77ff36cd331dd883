// Where dump sets live. Per database (so each test or benchmark database has its own):
//   <data>/dumps/<database name>/current            -> generations/<id> (a symbolic link)
//   <data>/dumps/<database name>/generations/<id>/  one complete set of the current dumps
//   <data>/dumps/<database name>/releases/<name>/   a release's dumps, written once, never changed
// A set is written into a hidden ".partial-*" folder and renamed into place only when complete.
import path from "node:path";
import { env } from "@/env";

/** The dumps folder of the configured database (beside a SQLite file; under data/ for PostgreSQL). */
export function defaultDumpsRoot(): string {
  // turbopackIgnore: a literal "data" here makes the build trace every file under data/ as an asset.
  return path.join(env.databasePath ? path.dirname(env.databasePath) : path.join(/*turbopackIgnore: true*/ process.cwd(), "data"), "dumps", env.databaseName);
}

export const dumpPaths = (root: string) => ({
  root,
  current: path.join(root, "current"),
  generations: path.join(root, "generations"),
  releases: path.join(root, "releases"),
  release: (name: string) => path.join(root, "releases", name),
});

export const MANIFEST = "manifest.json";
