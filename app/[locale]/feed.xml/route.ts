// GET /{locale}/feed.xml[?format=atom|json] – the highlights of the newest daily digests.
import { apiError } from "@/lib/api/responses";
import { readEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/server-db";
import { dailyFeedPapers } from "@/lib/feeds/feed-papers";
import { feedQuery, feedResponse } from "@/lib/feeds/feed-response";
import { getTranslator } from "@/lib/i18n/get-translator";
import { isLocale } from "@/lib/i18n/locales";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return apiError(404, "not_found", "no feed at this address");
  const query = feedQuery(request);
  if (query instanceof Response) return query;
  return feedResponse(request, query, async () => {
    const t = getTranslator(locale);
    return {
      locale,
      t,
      title: t("feeds.dailyTitle"),
      description: t("feeds.dailyDescription"),
      pagePath: `/${locale}`,
      papers: await dailyFeedPapers(getDb(), readEnv().daily.highlights),
    };
  });
}
