// /sitemap.xml (Next's metadata route). Read per request: it must list an entry as soon as it is
// published and drop it once archived. One file holds up to 50,000 URLs; see decision 0013.
import type { MetadataRoute } from "next";
import { env } from "@/env";
import { listSitemapPages } from "@/lib/sitemap/queries";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await listSitemapPages();
  return pages.map((p) => ({ url: new URL(p.path, env.SITE_URL).toString(), ...(p.lastModified ? { lastModified: p.lastModified } : {}) }));
}
