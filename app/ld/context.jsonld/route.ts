// The JSON-LD context every JSON-LD document of the portal embeds, published for reuse.
import { jsonLdContext } from "@/lib/linked-data/serialise";

export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify({ "@context": jsonLdContext }, null, 2), {
    headers: { "Content-Type": "application/ld+json; charset=utf-8", "Cache-Control": "public, max-age=86400", "Access-Control-Allow-Origin": "*" },
  });
}
