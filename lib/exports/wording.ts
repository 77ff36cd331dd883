// Sentences every format shares, so a CSV, a spreadsheet and a printed PDF describe a list in
// the same words (and a test can look for the same words in each).
import { opennessLabel } from "@/lib/catalogue/schema";
import type { ListExport, ListExportItem } from "./schema";

export const NOT_FROZEN =
  "Not frozen: this list follows the current catalogue and is not pinned to a release, so its entries may change.";
export const EMPTY_LIST = "This list has no items.";
export const PORTAL_NAME = "DS4SSCC Catalogue of Specifications";

/** An ISO timestamp as "2026-11-29 20:15 UTC": the same on every machine, whatever its time zone. */
export function utcMinute(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function utcDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

/** "Catalogue release 2026.1 (published 2026-11-20)" or the not-frozen warning. */
export function releaseStatement(release: ListExport["release"]): string {
  return release ? `Catalogue release ${release.name} (published ${utcDay(release.publishedAt)})` : NOT_FROZEN;
}

export function opennessText(openness: ListExportItem["openness"]): string | null {
  return openness ? opennessLabel[openness] : null;
}

/** Several values in one cell or line. */
export const joinList = (values: readonly string[]): string => values.join("; ");
