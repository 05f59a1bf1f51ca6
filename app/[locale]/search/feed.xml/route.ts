// GET /{locale}/search/feed.xml?q=...[&format=atom|json] – the newest papers a search finds.
import { apiError } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { searchFeedPapers } from "@/lib/feeds/feed-papers";
import { feedFormat, feedResponse, invalidFormat } from "@/lib/feeds/feed-response";
import { getTranslator } from "@/lib/i18n/get-translator";
import { isLocale } from "@/lib/i18n/locales";
import { searchPath } from "@/lib/routes";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return apiError(404, "not_found", "no feed at this address");
  const format = feedFormat(request);
  if (!format) return invalidFormat();
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 500);
  const found = await searchFeedPapers(getDb(), q);
  if (!found.ok) return apiError(400, found.code, found.message);
  const t = getTranslator(locale);
  return feedResponse(
    request,
    format,
    {
      locale,
      t,
      title: t("feeds.searchTitle", { q }),
      description: t("feeds.searchDescription", { q }),
      pagePath: searchPath(locale, { q }),
    },
    found.papers,
  );
}
