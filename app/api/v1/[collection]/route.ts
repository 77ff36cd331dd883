// GET /api/v1/{collection}: a page of specifications, datasets, use cases, organisations, building blocks or MIMs.
import { listEndpoint } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { processContext } from "@/lib/api/process-context";

export const dynamic = "force-dynamic";

const route = apiRoute(processContext, listEndpoint);
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const POST = route.POST;
export const PUT = route.PUT;
export const PATCH = route.PATCH;
export const DELETE = route.DELETE;
