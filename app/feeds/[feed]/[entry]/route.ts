// GET /feeds/<kind-path>/<slug>.atom: an Atom feed of one entry's revisions (lib/feeds).
import { parseEntryFeed } from "@/lib/feeds/schema";
import { feedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ feed: string; entry: string }> }) {
  const { feed, entry } = await params;
  return feedResponse(request, parseEntryFeed(feed, entry));
}
