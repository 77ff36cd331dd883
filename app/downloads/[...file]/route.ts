// GET/HEAD /downloads/current/<file> and /downloads/releases/<release>/<file>: the bulk dumps
// (lib/dumps). Only files listed in a dump set's manifest are served.
import { defaultDumpsRoot } from "@/lib/dumps/layout";
import { downloadResponse } from "@/lib/dumps/download";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ file: string[] }> };

export async function GET(request: Request, { params }: Params) {
  return downloadResponse(request, defaultDumpsRoot(), (await params).file);
}

export async function HEAD(request: Request, { params }: Params) {
  return downloadResponse(request, defaultDumpsRoot(), (await params).file);
}
