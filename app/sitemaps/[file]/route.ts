// GET /sitemaps/{n}.xml – one file of the sitemap (/sitemap.xml lists them): up to 5,000 pages
// in both languages, kept once per change of the database.
import { apiError } from "@/lib/api/responses";
import { cachedResponse } from "@/lib/cache/cached-response";
import { readEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/server-db";
import { sitemapFilesData } from "@/lib/queries/cached-queries";
import { sitemapFilePages } from "@/lib/queries/sitemap-pages";
import { sitemapFileXml } from "@/lib/sitemap/sitemap-xml";
import { siteUrl } from "@/app/page-metadata";

const FILE = /^([1-9]\d{0,5})\.xml$/;

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const number = Number(FILE.exec((await params).file)?.[1] ?? 0);
  const files = await sitemapFilesData();
  if (number < 1 || number > files)
    return apiError(404, "not_found", "no sitemap file at this address");
  const site = await siteUrl();
  return cachedResponse(request, {
    databaseUrl: readEnv().databaseUrl,
    key: `sitemap ${number} ${site}`,
    contentType: "application/xml; charset=utf-8",
    render: async () => ({
      status: 200,
      body: sitemapFileXml(site, await sitemapFilePages(getDb(), number)),
    }),
  });
}
