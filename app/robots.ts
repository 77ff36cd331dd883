// /robots.txt (Next's metadata route), so that it can name the sitemap with the absolute SITE_URL.
// The catalogue is public; crawl it. Search result pages and the JSON API are endless
// combinations of the same entries, and the signed-in areas are of no use to a crawler.
import type { MetadataRoute } from "next";
import { env } from "@/env";

// Per request, so that the sitemap address follows SITE_URL even without a rebuild.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/search", "/api/", "/account/", "/admin/", "/review", "/proposals/"] },
    sitemap: new URL("/sitemap.xml", env.SITE_URL).toString(),
  };
}
