// XLSX and DOCX are zip files, and both writers stamp every zip entry with the time of writing.
// An export must be byte-identical when its list and release are, so we re-pack the archive
// with one fixed time on every entry (the export's own timestamp), keeping the writer's entry
// order and contents. fflate writes DOS times from a Date's local fields, so the Date is built
// from the UTC fields: the bytes are the same on a server in any time zone.
import { unzipSync, zipSync, type Zippable } from "fflate";

/** `prepare` may rewrite entries (same names) before the archive is packed again. */
export function withFixedZipDates(zip: Uint8Array, iso: string, prepare?: (entries: Record<string, Uint8Array>) => void): Buffer {
  const at = new Date(iso);
  const mtime = new Date(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds());
  const entries = unzipSync(zip);
  prepare?.(entries);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) files[name] = [data, { mtime, level: 6 }];
  return Buffer.from(zipSync(files, { mtime, level: 6 }));
}
