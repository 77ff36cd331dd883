// GET /api/v1/releases/{name}: one release.
import { releaseEndpoint } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { processContext } from "@/lib/api/process-context";

export const dynamic = "force-dynamic";

const route = apiRoute(processContext, releaseEndpoint);
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const POST = route.POST;
export const PUT = route.PUT;
export const PATCH = route.PATCH;
export const DELETE = route.DELETE;
