// POST /lists/items: "Add to list". A plain form post without JavaScript (303 to the list), or a
// fetch from the button asking for JSON (the answer says which list and how many items). When
// nobody is signed in, the button keeps the item in the browser's draft list instead.
import { z } from "zod";
import { db } from "@/lib/db";
import { Slug } from "@/lib/catalogue/schema";
import { handleFormPost, seeOther, errorPage } from "@/lib/http/form-post";
import { addSpecification } from "@/lib/lists/mutations";
import { ListId } from "@/lib/lists/schema";

const AddInput = z.object({ slug: Slug, listId: ListId.optional() });

const wantsJson = (request: Request) => (request.headers.get("accept") ?? "").includes("application/json");

export async function POST(request: Request) {
  const json = wantsJson(request);
  const response = await handleFormPost(request, async (user, form) => {
    const input = AddInput.safeParse({ slug: form.get("slug") ?? undefined, listId: form.get("listId") || undefined });
    if (!input.success) {
      const message = "Say which specification to add: the form sent no valid specification.";
      return json ? Response.json({ error: "invalid", message }, { status: 422 }) : errorPage(422, "Something is missing", message, { href: "/specifications", label: "Back to the specifications" });
    }
    const added = await addSpecification(db, user.id, input.data.slug, input.data.listId);
    if (json) return Response.json(added, { headers: { "Cache-Control": "no-store" } });
    return seeOther(`/lists/${added.listId}?notice=${added.added ? "added" : "already-listed"}#items`);
  });
  // Refusals come back as small HTML pages; the button wants the same facts as JSON.
  if (!json || response.ok || response.status === 303) return response;
  const message = response.status === 401 ? "Not signed in" : response.status === 429 ? "Too many requests" : await response.text().then((html) => /<p>(.*?)<\/p>/.exec(html)?.[1] ?? "The item was not added.");
  return Response.json({ error: response.status === 401 ? "unauthenticated" : "refused", message }, { status: response.status, headers: { "Cache-Control": "no-store" } });
}
