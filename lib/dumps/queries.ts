import "server-only";
// What /downloads lists: the current dump set and each release's, as plain rows with labels.
import { kindLabel } from "@/lib/catalogue/schema";
import { defaultDumpsRoot } from "./layout";
import { listReleaseDumps, readCurrentDumps, type DumpSet } from "./store";
import type { ManifestFile } from "./schema";

export type DownloadFile = { href: string; name: string; format: string; bytes: number; size: string; sha256: string };
export type DownloadSet = { name: string; release: boolean; generatedAt: Date; lastChange: Date | null; entryCount: number; files: DownloadFile[] };

const formatLabel = (f: ManifestFile) =>
  ({ json: "JSON (whole catalogue)", csv: `CSV: ${f.kind ? kindLabel[f.kind].toLowerCase() : "entries"}s`, turtle: "RDF Turtle, gzip", "n-triples": "RDF N-Triples, gzip" })[f.format];

const units = ["bytes", "KB", "MB", "GB"];
/** 1,234,567 → "1.2 MB" (powers of 1000, as file managers show). */
export function humanSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

function toDownloadSet(set: DumpSet): DownloadSet {
  const base = set.release ? `/downloads/releases/${set.name}` : "/downloads/current";
  return {
    name: set.name,
    release: set.release,
    generatedAt: new Date(set.manifest.generatedAt),
    lastChange: set.manifest.lastChange ? new Date(set.manifest.lastChange) : null,
    entryCount: set.manifest.entryCount,
    files: set.manifest.files.map((f) => ({ href: `${base}/${f.file}`, name: f.file, format: formatLabel(f), bytes: f.bytes, size: humanSize(f.bytes), sha256: f.sha256 })),
  };
}

/** The current dumps (null before the first generation) and the releases' dumps, newest first. */
export async function listDownloads(root: string = defaultDumpsRoot()): Promise<{ current: DownloadSet | null; releases: DownloadSet[] }> {
  const [current, releases] = await Promise.all([readCurrentDumps(root), listReleaseDumps(root)]);
  return { current: current ? toDownloadSet(current) : null, releases: releases.map(toDownloadSet) };
}
