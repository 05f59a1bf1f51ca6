// GET /{locale}/concepts/{slug}/feed.xml[?format=atom|json] – a concept's newest papers.
import { apiError } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { conceptFeedPapers } from "@/lib/feeds/feed-papers";
import { feedFormat, feedResponse, invalidFormat } from "@/lib/feeds/feed-response";
import { getTranslator } from "@/lib/i18n/get-translator";
import { isLocale } from "@/lib/i18n/locales";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return apiError(404, "not_found", "no feed at this address");
  const format = feedFormat(request);
  if (!format) return invalidFormat();
  const found = /^[a-z0-9-]{1,80}$/.test(slug) ? await conceptFeedPapers(getDb(), slug) : null;
  if (!found)
    return apiError(
      404,
      "unknown_concept",
      `There is no concept "${slug.slice(0, 80)}"; see /api/concepts for the list.`,
    );
  const t = getTranslator(locale);
  const name = locale === "ko" ? found.concept.nameKo : found.concept.nameEn;
  return feedResponse(
    request,
    format,
    {
      locale,
      t,
      title: t("feeds.conceptTitle", { name }),
      description: t("feeds.conceptDescription", { name }),
      pagePath: `/${locale}/concepts/${slug}`,
    },
    found.papers,
  );
}
