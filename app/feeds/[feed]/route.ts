// GET /feeds/catalogue.atom and /feeds/<kind-path>.atom: Atom feeds of changes (lib/feeds).
import { parseCollectionFeed } from "@/lib/feeds/schema";
import { feedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ feed: string }> }) {
  return feedResponse(request, parseCollectionFeed((await params).feed));
}
