// GET /lists/<id>/export/<format>: the owner's download of their list.
import { getCurrentUser } from "@/lib/auth/permissions";
import { exportResponse, listExportOf } from "@/lib/lists/export";
import { getOwnList } from "@/lib/lists/queries";
import { ListId } from "@/lib/lists/schema";
import { errorPage } from "@/lib/http/form-post";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format } = await params;
  const user = await getCurrentUser();
  if (!user) return errorPage(401, "Sign in to continue", "Sign in to download your list, or open its share link.", { href: `/account/sign-in?callbackUrl=${encodeURIComponent(`/lists/${id}`)}`, label: "Sign in" });
  const listId = ListId.safeParse(id);
  const list = listId.success ? await getOwnList(user.id, listId.data) : null;
  if (!list) return errorPage(404, "Not found", "That reference list does not exist, or it is not yours.", { href: "/lists", label: "Your lists" });
  return exportResponse(format, listExportOf(list));
}
