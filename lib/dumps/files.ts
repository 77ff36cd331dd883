// Durable, atomic file writes for the dumps: a download must never see half a file. Each file is
// written under a temporary name, flushed to disk, then renamed over its real name (rename is
// atomic on one file system); the folder is flushed too, so the rename survives a crash.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

export type WrittenFile = { bytes: number; sha256: string };

/** Writes `data` to `dir/name` atomically and returns its size and SHA-256. */
export async function writeFileAtomically(dir: string, name: string, data: Buffer | string): Promise<WrittenFile> {
  const buffer = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const temporary = path.join(dir, `.${name}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await fs.open(temporary, "wx", 0o644);
  try {
    await handle.writeFile(buffer);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, path.join(dir, name));
  return { bytes: buffer.byteLength, sha256: createHash("sha256").update(buffer).digest("hex") };
}

/** Flushes a folder's entries (new names, renames) to disk. */
export async function syncFolder(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Points the symbolic link `link` at `target` atomically: readers see the old or the new target, never none. */
export async function swapLink(link: string, target: string): Promise<void> {
  const temporary = `${link}.${randomBytes(6).toString("hex")}.tmp`;
  await fs.symlink(target, temporary);
  await fs.rename(temporary, link);
  await syncFolder(path.dirname(link));
}
