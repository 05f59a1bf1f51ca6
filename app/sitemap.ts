import type { MetadataRoute } from "next";
import { getDb } from "@/lib/db/server-db";
import { LOCALES } from "@/lib/i18n/locales";
import { sitemapPages } from "@/lib/queries/sitemap-pages";
import { siteUrl } from "./page-metadata";

// GET /sitemap.xml – every page in both languages, each with its other language as an alternate.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = await siteUrl();
  const address = (path: string) => new URL(path || "/", site).toString();
  const pages = await sitemapPages(getDb());
  return pages.flatMap(({ path, modified }) =>
    LOCALES.map((locale) => ({
      url: address(`/${locale}${path}`),
      ...(modified ? { lastModified: modified } : {}),
      alternates: {
        languages: Object.fromEntries(LOCALES.map((l) => [l, address(`/${l}${path}`)])),
      },
    })),
  );
}
