// GET /api/v1/{collection}/{slug}/revisions/{number}: one revision with its content.
import { revisionEndpoint } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { processContext } from "@/lib/api/process-context";

export const dynamic = "force-dynamic";

// One handler per method (405 with Allow for the writes): Next reads these named exports.
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(processContext, revisionEndpoint);
