import "server-only";
// A list (or a filtered specification list) in the export library's one shape, with absolute
// URLs, and the HTTP response that carries the file. The generation time is the only value that
// differs between two downloads of a frozen list (the library writes everything else the same).
import { env } from "@/env";
import { exportList, type ListExport } from "@/lib/exports";
import { appErrorStatus, isAppError } from "@/lib/errors/app-error";
import type { ListItemView } from "./items";
import type { ListView } from "./queries";
import { listPermanentUrl } from "./links";

const absolute = (path: string) => new URL(path, env.SITE_URL).toString();
const nullIfEmpty = (text: string) => (text.trim() === "" ? null : text);

function toExportItem(item: ListItemView, position: number): ListExport["items"][number] {
  return {
    position,
    kind: "specification",
    slug: item.slug,
    url: absolute(item.href),
    title: item.title,
    identifier: item.identifier,
    edition: item.edition,
    editionDate: item.editionDate,
    publishers: item.publishers,
    status: item.status,
    licence: item.licence,
    openness: item.openness,
    officialUrl: item.officialUrl,
    mims: item.mims,
    level: item.level,
    note: nullIfEmpty(item.note),
    orEquivalent: item.orEquivalent,
    warnings: item.warnings,
  };
}

/** List `list` as the export library reads it. */
export function listExportOf(list: ListView, generatedAt: Date = new Date()): ListExport {
  return {
    list: { title: list.title, purpose: nullIfEmpty(list.purpose), buyer: nullIfEmpty(list.buyer), permanentUrl: listPermanentUrl(list) },
    release: list.release,
    generatedAt: generatedAt.toISOString(),
    items: list.items.map((item, i) => toExportItem(item, i + 1)),
  };
}

/** A catalogue extract (no list behind it): items as they are now, each mandatory with "or equivalent". */
export function extractExportOf(title: string, permanentPath: string, items: ListItemView[], generatedAt: Date = new Date()): ListExport {
  return {
    list: { title, purpose: "Specifications matching a filter of the catalogue, as they are now.", buyer: null, permanentUrl: absolute(permanentPath) },
    release: null,
    generatedAt: generatedAt.toISOString(),
    items: items.map((item, i) => toExportItem(item, i + 1)),
  };
}

/** A file name from the list title: letters, digits and hyphens only. */
function fileName(title: string, extension: string) {
  const base = title.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/[\s_]+/g, "-").toLowerCase().slice(0, 60) || "reference-list";
  return `${base}.${extension}`;
}

const problem = (status: number, detail: string) =>
  new Response(JSON.stringify({ type: "about:blank", title: status === 404 ? "Not found" : "Cannot export", status, detail }), { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } });

/** The download for `format`, or a problem response that says what is wrong. */
export async function exportResponse(format: string, doc: ListExport, cache: "private" | "public" = "private"): Promise<Response> {
  try {
    const file = await exportList(format, doc);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${fileName(doc.list.title, file.extension)}"`,
        "Cache-Control": cache === "private" ? "private, no-store" : "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error)) return problem(appErrorStatus[error.code], error.message);
    throw error;
  }
}
