// GET /sitemap.xml – the sitemap index: the files of /sitemaps/{n}.xml, every page in both
// languages, kept once per change of the database.
import { cachedResponse } from "@/lib/cache/cached-response";
import { readEnv } from "@/lib/config/env";
import { sitemapFilesData } from "@/lib/queries/cached-queries";
import { sitemapIndexXml } from "@/lib/sitemap/sitemap-xml";
import { siteUrl } from "@/app/page-metadata";

export async function GET(request: Request) {
  const site = await siteUrl();
  return cachedResponse(request, {
    databaseUrl: readEnv().databaseUrl,
    key: `sitemap index ${site}`,
    contentType: "application/xml; charset=utf-8",
    render: async () => ({
      status: 200,
      body: sitemapIndexXml(site, await sitemapFilesData()),
    }),
  });
}
