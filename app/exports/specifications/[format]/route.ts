// GET /exports/specifications/<format>?<filters>: the specification list as filtered and sorted
// on /specifications, exported like a reference list (current catalogue, not frozen).
import { db } from "@/lib/db";
import { paramsRecord, parseListParams, listQuery } from "@/lib/catalogue/list-params";
import { listEntryIds } from "@/lib/catalogue/list-queries";
import { extractExportOf, exportResponse } from "@/lib/lists/export";
import { resolveListItems } from "@/lib/lists/items";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  const state = parseListParams("specification", paramsRecord(new URL(request.url).searchParams));
  const ids = await listEntryIds("specification", state);
  const entries = await db.entry.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, title: true, headRevision: true, archivedAt: true, verification: true },
  });
  const byId = new Map(entries.map((e) => [e.id, e]));
  const items = await resolveListItems(
    db,
    ids.flatMap((id, i) => {
      const entry = byId.get(id);
      return entry ? [{ entryId: id, position: i + 1, level: "mandatory", note: "", orEquivalent: true, entry }] : [];
    }),
    null,
  );
  const query = listQuery("specification", state);
  const title = Object.keys(state.filters).length > 0 ? "Specifications (filtered)" : "Specifications";
  return exportResponse(format, extractExportOf(title, `/specifications${query}`, items), "public");
}
