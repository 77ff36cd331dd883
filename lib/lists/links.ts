import { env } from "@/env";

/** The list's address a document should cite: the share link when there is one, else the owner's page. */
export function listPermanentUrl(list: { id: string; shareToken: string | null }): string {
  return new URL(list.shareToken ? `/lists/shared/${list.shareToken}` : `/lists/${list.id}`, env.SITE_URL).toString();
}

export const shareUrl = (token: string | null) => (token ? new URL(`/lists/shared/${token}`, env.SITE_URL).toString() : null);
