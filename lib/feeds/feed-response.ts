import { apiError } from "../api/responses.ts";
import type { Translator } from "../i18n/get-translator.ts";
import type { Locale } from "../i18n/locales.ts";
import { paperPath } from "../routes.ts";
import type { FeedPaper } from "./feed-papers.ts";
import { FEED_FORMATS, renderFeed, type FeedFormat } from "./render-feed.ts";

/** The format a feed URL asks for: ?format=atom|json, RSS without one; null for anything else. */
export function feedFormat(request: Request): FeedFormat | null {
  const raw = new URL(request.url).searchParams.get("format") ?? "rss";
  return (FEED_FORMATS as readonly string[]).includes(raw) ? (raw as FeedFormat) : null;
}

export const invalidFormat = () =>
  apiError(400, "invalid_format", 'format must be "rss" (the default), "atom" or "json"');

/**
 * The address readers reach the app at: the Host header (and a proxy's X-Forwarded-Host and
 * -Proto), not the address the server listens on.
 */
function publicOrigin(request: Request): string {
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

/**
 * A feed's response: the papers in the asked format, cacheable for a while (the store changes
 * once a day).
 */
export function feedResponse(
  request: Request,
  format: FeedFormat,
  feed: { locale: Locale; t: Translator; title: string; description: string; pagePath: string },
  papers: FeedPaper[],
): Response {
  const url = new URL(request.url);
  const origin = publicOrigin(request);
  const feedUrl = new URL(url.pathname, origin);
  const q = url.searchParams.get("q");
  if (q !== null) feedUrl.searchParams.set("q", q);
  const { body, type } = renderFeed(
    {
      locale: feed.locale,
      title: feed.title,
      description: feed.description,
      pageUrl: new URL(feed.pagePath, origin).toString(),
      feedUrl: feedUrl.toString(),
      paperUrl: (paper) => new URL(paperPath(feed.locale, paper), origin).toString(),
      copyright: feed.t("footer.source"),
    },
    papers,
    format,
  );
  return new Response(body, {
    headers: { "Content-Type": type, "Cache-Control": "public, max-age=600" },
  });
}
