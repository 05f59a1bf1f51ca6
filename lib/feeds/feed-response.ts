import { z } from "zod";
import { ApiFailure, failureBody } from "../api/cached-api.ts";
import { apiError } from "../api/responses.ts";
import { cachedResponse } from "../cache/cached-response.ts";
import { readEnv } from "../config/env.ts";
import type { Translator } from "../i18n/get-translator.ts";
import type { Locale } from "../i18n/locales.ts";
import { paperPath } from "../routes.ts";
import { MAX_QUERY_LENGTH } from "../search/parse-query.ts";
import { firstProblem, urlText } from "../validation/request-params.ts";
import type { FeedPaper } from "./feed-papers.ts";
import { FEED_FORMATS, FEED_TYPES, renderFeed, type FeedFormat } from "./render-feed.ts";

/** Feeds follow data that changes about once a day: readers may keep one for 10 minutes. */
const FEED_CACHE_CONTROL = "public, max-age=600";

const FeedQuery = z.object({
  format: z.enum(FEED_FORMATS, { error: 'must be "rss" (the default), "atom" or "json"' }),
  q: urlText(MAX_QUERY_LENGTH).nullable(),
});

export interface FeedQuery {
  format: FeedFormat;
  /** The search of a search feed; null elsewhere. */
  q: string | null;
}

/**
 * The format (?format=atom|json, RSS without one) and search (?q=) a feed URL asks for, checked
 * before anything reads the database; a 400 in the API's error shape when they are not valid.
 */
export function feedQuery(request: Request): FeedQuery | Response {
  const params = new URL(request.url).searchParams;
  const parsed = FeedQuery.safeParse({
    format: params.get("format") ?? "rss",
    q: params.get("q"),
  });
  if (parsed.success) return parsed.data;
  const code = parsed.error.issues[0]!.path[0] === "format" ? "invalid_format" : "invalid_query";
  return apiError(400, code, firstProblem(parsed.error));
}

/**
 * The address readers reach the app at: SITE_URL, else the Host header (and a proxy's
 * X-Forwarded-Host and -Proto), not the address the server listens on.
 */
function publicOrigin(request: Request): string {
  const configured = readEnv().siteUrl;
  if (configured) return new URL(configured).origin;
  const url = new URL(request.url);
  const host =
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ||
    request.headers.get("host") ||
    url.host;
  const proto =
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ||
    url.protocol.replace(/:$/, "");
  return new URL(`${proto === "https" ? "https" : "http"}://${host}`).origin;
}

/** What a feed route reads: the feed's titles and the page it follows, and its papers. */
export interface FeedContent {
  locale: Locale;
  t: Translator;
  title: string;
  description: string;
  pagePath: string;
  papers: FeedPaper[];
}

/**
 * A feed's response, rendered once per database change, address and query (as the API's are),
 * with ETag, Cache-Control and 304s; a failure keeps the API's error shape.
 */
export function feedResponse(
  request: Request,
  query: FeedQuery,
  read: () => Promise<FeedContent | ApiFailure>,
): Promise<Response> {
  const url = new URL(request.url);
  const origin = publicOrigin(request);
  return cachedResponse(request, {
    databaseUrl: readEnv().databaseUrl,
    key: `feed ${origin}${url.pathname} ${query.format} ${query.q ?? ""}`,
    contentType: `${FEED_TYPES[query.format]}; charset=utf-8`,
    cacheControl: FEED_CACHE_CONTROL,
    render: async () => {
      const content = await read();
      if (content instanceof ApiFailure) return failureBody(content);
      const feedUrl = new URL(url.pathname, origin);
      if (query.q !== null) feedUrl.searchParams.set("q", query.q);
      const { locale } = content;
      const { body } = renderFeed(
        {
          locale,
          title: content.title,
          description: content.description,
          pageUrl: new URL(content.pagePath, origin).toString(),
          feedUrl: feedUrl.toString(),
          paperUrl: (paper) => new URL(paperPath(locale, paper), origin).toString(),
          copyright: content.t("footer.source"),
        },
        content.papers,
        query.format,
      );
      return { status: 200, body };
    },
  });
}
