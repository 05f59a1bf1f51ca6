// Sitemaps as the protocol writes them (sitemaps.org 0.9): a file of pages, each in every
// language with the others as alternates (hreflang), and the index that lists the files.
import { XMLBuilder } from "fast-xml-parser";
import { LOCALES } from "../i18n/locales.ts";
import type { SitemapPage } from "../queries/sitemap-pages.ts";

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_" });
const DECLARATION = { "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" } };
const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** The sitemap file of `pages` on `site`. */
export function sitemapFileXml(site: URL, pages: SitemapPage[]): string {
  const address = (locale: string, path: string) => new URL(`/${locale}${path}`, site).toString();
  const url = pages.flatMap(({ path, modified }) =>
    LOCALES.map((locale) => ({
      loc: address(locale, path),
      ...(modified ? { lastmod: modified.toISOString() } : {}),
      "xhtml:link": LOCALES.map((other) => ({
        "@_rel": "alternate",
        "@_hreflang": other,
        "@_href": address(other, path),
      })),
    })),
  );
  return builder.build({
    ...DECLARATION,
    urlset: { "@_xmlns": NAMESPACE, "@_xmlns:xhtml": "http://www.w3.org/1999/xhtml", url },
  });
}

/** The sitemap index of `files` sitemap files, /sitemaps/1.xml onwards. */
export function sitemapIndexXml(site: URL, files: number): string {
  const sitemap = Array.from({ length: files }, (_, i) => ({
    loc: new URL(`/sitemaps/${i + 1}.xml`, site).toString(),
  }));
  return builder.build({ ...DECLARATION, sitemapindex: { "@_xmlns": NAMESPACE, sitemap } });
}
