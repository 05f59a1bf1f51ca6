// GET /{locale}/concepts/{slug}/feed.xml[?format=atom|json] – a concept's newest papers.
import { ApiFailure } from "@/lib/api/cached-api";
import { apiError } from "@/lib/api/responses";
import { getDb } from "@/lib/db/server-db";
import { conceptFeedPapers } from "@/lib/feeds/feed-papers";
import { feedQuery, feedResponse } from "@/lib/feeds/feed-response";
import { getTranslator } from "@/lib/i18n/get-translator";
import { isLocale } from "@/lib/i18n/locales";
import { conceptSlug, firstProblem } from "@/lib/validation/request-params";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug: rawSlug } = await params;
  if (!isLocale(locale)) return apiError(404, "not_found", "no feed at this address");
  const slug = conceptSlug.safeParse(rawSlug);
  if (!slug.success)
    return apiError(400, "invalid_slug", `the concept ${firstProblem(slug.error)}`);
  const query = feedQuery(request);
  if (query instanceof Response) return query;
  return feedResponse(request, query, async () => {
    const found = await conceptFeedPapers(getDb(), slug.data);
    if (!found)
      return new ApiFailure(
        404,
        "unknown_concept",
        `There is no concept "${slug.data}"; see /api/concepts for the list.`,
      );
    const t = getTranslator(locale);
    const name = locale === "ko" ? found.concept.nameKo : found.concept.nameEn;
    return {
      locale,
      t,
      title: t("feeds.conceptTitle", { name }),
      description: t("feeds.conceptDescription", { name }),
      pagePath: `/${locale}/concepts/${slug.data}`,
      papers: found.papers,
    };
  });
}
