// GET /api/v1/releases/{name}/{collection}/{slug}: an entry as pinned in a release.
import { releaseEntryEndpoint } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/handler";
import { processContext } from "@/lib/api/process-context";

export const dynamic = "force-dynamic";

const route = apiRoute(processContext, releaseEntryEndpoint);
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const POST = route.POST;
export const PUT = route.PUT;
export const PATCH = route.PATCH;
export const DELETE = route.DELETE;
