import type { MetadataRoute } from "next";
import { siteUrl } from "./page-metadata";

// GET /robots.txt – pages for everyone; search results and the API are not for indexing.
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const site = await siteUrl();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/ko/search", "/en/search"] },
    sitemap: new URL("/sitemap.xml", site).toString(),
  };
}
