// Reading the dumps back: the manifests for /downloads, and the one file a download URL names.
// A download is resolved only through a manifest: the URL picks a set ("current" or a release
// name checked against ReleaseName) and a file name that must be listed in that set's manifest,
// so no part of the URL is ever used as a path by itself.
import fs from "node:fs/promises";
import path from "node:path";
import { dumpPaths, MANIFEST } from "./layout";
import { DumpManifest, ReleaseName, type ManifestFile } from "./schema";

export type DumpSet = { name: string; release: boolean; dir: string; manifest: DumpManifest };

async function readSet(dir: string, name: string, release: boolean): Promise<DumpSet | null> {
  try {
    const real = await fs.realpath(dir);
    const manifest = DumpManifest.parse(JSON.parse(await fs.readFile(path.join(real, MANIFEST), "utf8")));
    return { name, release, dir: real, manifest };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The current dumps, or null before the first generation. */
export function readCurrentDumps(root: string): Promise<DumpSet | null> {
  return readSet(dumpPaths(root).current, "current", false);
}

/** Every release's dumps, newest first. */
export async function listReleaseDumps(root: string): Promise<DumpSet[]> {
  const paths = dumpPaths(root);
  const names = await fs.readdir(paths.releases).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  const sets = await Promise.all(names.filter((n) => ReleaseName.safeParse(n).success).map((n) => readSet(paths.release(n), n, true)));
  return sets.filter((s): s is DumpSet => s !== null).sort((a, b) => b.manifest.generatedAt.localeCompare(a.manifest.generatedAt));
}

export type ResolvedDump = { path: string; file: ManifestFile; release: boolean; set: string };
export type DumpLookup = { ok: true; dump: ResolvedDump } | { ok: false; detail: string };

/** The file that /downloads/<segments…> names: current/<file> or releases/<name>/<file>. */
export async function resolveDumpFile(root: string, segments: string[]): Promise<DumpLookup> {
  let set: DumpSet | null = null;
  let fileName: string | undefined;
  if (segments.length === 2 && segments[0] === "current") {
    set = await readCurrentDumps(root);
    fileName = segments[1];
  } else if (segments.length === 3 && segments[0] === "releases") {
    const name = ReleaseName.safeParse(segments[1]);
    if (!name.success) return { ok: false, detail: `"${segments[1]}" is not a release name.` };
    set = await readSet(dumpPaths(root).release(name.data), name.data, true);
    fileName = segments[2];
  } else {
    return { ok: false, detail: "Download addresses are /downloads/current/<file> or /downloads/releases/<release>/<file>." };
  }
  if (!set) return { ok: false, detail: segments[0] === "current" ? "No dumps have been generated yet." : `The release "${segments[1]}" has no dumps.` };
  const file = set.manifest.files.find((f) => f.file === fileName);
  if (!file) return { ok: false, detail: `"${fileName}" is not one of the files of this dump: ${set.manifest.files.map((f) => f.file).join(", ")}.` };
  return { ok: true, dump: { path: path.join(set.dir, file.file), file, release: set.release, set: set.name } };
}
