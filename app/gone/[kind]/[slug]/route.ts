// 410 Gone for an archived entry (proxy.ts rewrites its page here): the entry left the catalogue,
// but its address keeps answering with what it last said and where its history is. A route
// handler, because only a handler can choose the status; it therefore builds its own small page.
import { z } from "zod";
import { EntryKind, kindLabel, kindPath } from "@/lib/catalogue/schema";
import { getArchivedEntry } from "@/lib/catalogue/archived-queries";
import { goneHtml } from "@/lib/catalogue/gone-page";

const Params = z.object({ kind: z.enum(Object.values(kindPath).map((p) => p.slice(1)) as [string, ...string[]]), slug: z.string().regex(/^[a-z0-9-]{1,120}$/) });
const kindOfPath = Object.fromEntries(Object.entries(kindPath).map(([kind, path]) => [path.slice(1), kind])) as Record<string, EntryKind>;

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; slug: string }> }) {
  const parsed = Params.safeParse(await params);
  const entry = parsed.success ? await getArchivedEntry(kindOfPath[parsed.data.kind], parsed.data.slug) : null;
  if (!entry) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(goneHtml(entry, kindLabel[entry.kind]), {
    status: 410,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
