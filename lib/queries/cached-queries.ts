import { cachedRead } from "../cache/cached-read.ts";
import { getDb } from "../db/server-db.ts";
import { getConcept } from "./get-concept.ts";
import { getDigest } from "./get-digest.ts";
import { getDigestPage, type DigestPageOptions } from "./get-digest-page.ts";
import { getPaper } from "./get-paper.ts";
import type { PaperKey } from "./paper-key.ts";
import { sitemapFileCount } from "./sitemap-pages.ts";

// The reads pages and the API share, each kept per change of the database (cached-read.ts).

export function paperData(key: PaperKey) {
  return cachedRead(`paper ${JSON.stringify(key)}`, () => getPaper(getDb(), key));
}

export function digestData(date: string) {
  return cachedRead(`digest ${date}`, () => getDigest(getDb(), date));
}

export function digestPageData(date: string, options: DigestPageOptions) {
  return cachedRead(`digest page ${date} ${JSON.stringify(options)}`, () =>
    getDigestPage(getDb(), date, options),
  );
}

export function conceptData(slug: string, page: number, mentionsPage: number) {
  return cachedRead(`concept ${slug} ${page} ${mentionsPage}`, () =>
    getConcept(getDb(), slug, page, mentionsPage),
  );
}

export function sitemapFilesData() {
  return cachedRead("sitemap files", () => sitemapFileCount(getDb()));
}
