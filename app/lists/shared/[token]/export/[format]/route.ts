// GET /lists/shared/<token>/export/<format>: a download for whoever has the share link.
import { exportResponse, listExportOf } from "@/lib/lists/export";
import { getSharedList } from "@/lib/lists/queries";
import { ShareToken } from "@/lib/lists/schema";
import { errorPage } from "@/lib/http/form-post";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string; format: string }> }) {
  const { token, format } = await params;
  const parsed = ShareToken.safeParse(token);
  const list = parsed.success ? await getSharedList(parsed.data) : null;
  if (!list) return errorPage(404, "Not found", "This share link does not open a list: it may have been revoked, or mistyped.", { href: "/lists", label: "Reference lists" });
  return exportResponse(format, listExportOf(list), "public");
}
