// GET /{locale}/search/feed.xml?q=...[&format=atom|json] – the newest papers a search finds.
import { ApiFailure } from "@/lib/api/cached-api";
import { apiError } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { searchFeedPapers } from "@/lib/feeds/feed-papers";
import { feedQuery, feedResponse } from "@/lib/feeds/feed-response";
import { getTranslator } from "@/lib/i18n/get-translator";
import { isLocale } from "@/lib/i18n/locales";
import { searchPath } from "@/lib/routes";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return apiError(404, "not_found", "no feed at this address");
  const query = feedQuery(request);
  if (query instanceof Response) return query;
  const q = query.q ?? "";
  return feedResponse(request, query, async () => {
    const found = await searchFeedPapers(getDb(), q);
    if (!found.ok) return new ApiFailure(400, found.code, found.message);
    const t = getTranslator(locale);
    return {
      locale,
      t,
      title: t("feeds.searchTitle", { q }),
      description: t("feeds.searchDescription", { q }),
      pagePath: searchPath(locale, { q }),
      papers: found.papers,
    };
  });
}
