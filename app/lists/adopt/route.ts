// POST /lists/adopt: the browser's draft list, saved to the signed-in user's account as a new
// list. JSON in and out (the header's account code calls it right after sign-in); every slug
// that could not be added comes back with the reason, so nothing disappears silently.
import { z } from "zod";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/permissions";
import { isSameOrigin } from "@/lib/http/form-post";
import { adoptDraftList } from "@/lib/lists/mutations";
import { DraftItems } from "@/lib/lists/schema";

const Body = z.object({ items: DraftItems.min(1, "The draft list is empty") });
const headers = { "Cache-Control": "no-store" };

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ error: "forbidden", message: "Only the catalogue's own pages may send this." }, { status: 403, headers });
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated", message: "Sign in to save the draft list." }, { status: 401, headers });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "invalid", message: "The request body must be JSON: {\"items\":[{\"slug\":\"…\"}]}." }, { status: 400, headers });
  }
  const input = Body.safeParse(body);
  if (!input.success) {
    const issue = input.error.issues[0];
    return Response.json({ error: "invalid", message: `${issue.path.join(".") || "body"}: ${issue.message}` }, { status: 400, headers });
  }
  const adopted = await adoptDraftList(db, user.id, input.data.items.map((i) => i.slug));
  return Response.json(adopted, { status: adopted.id ? 201 : 200, headers });
}
