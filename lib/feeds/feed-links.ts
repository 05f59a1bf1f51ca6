import type { Metadata } from "next";
import type { Translator } from "../i18n/get-translator.ts";
import type { Locale } from "../i18n/locales.ts";
import { FEED_TYPES, type FeedFormat } from "./render-feed.ts";

function dailyFeedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

function conceptFeedPath(locale: Locale, slug: string): string {
  return `/${locale}/concepts/${slug}/feed.xml`;
}

function searchFeedPath(locale: Locale, q: string): string {
  return `/${locale}/search/feed.xml?${new URLSearchParams({ q })}`;
}

/** Autodiscovery <link rel="alternate"> of a feed in its three formats, for a page's metadata. */
function alternates(
  path: string,
  title: string,
): Pick<NonNullable<Metadata["alternates"]>, "types"> {
  const join = path.includes("?") ? "&" : "?";
  const url = (format: FeedFormat) => (format === "rss" ? path : `${path}${join}format=${format}`);
  return {
    types: Object.fromEntries(
      Object.entries(FEED_TYPES).map(([format, type]) => [
        type,
        [{ url: url(format as FeedFormat), title }],
      ]),
    ),
  };
}

export const dailyFeedLinks = (locale: Locale, t: Translator) =>
  alternates(dailyFeedPath(locale), t("feeds.dailyTitle"));
export const conceptFeedLinks = (locale: Locale, slug: string, name: string, t: Translator) =>
  alternates(conceptFeedPath(locale, slug), t("feeds.conceptTitle", { name }));
export const searchFeedLinks = (locale: Locale, q: string, t: Translator) =>
  alternates(searchFeedPath(locale, q), t("feeds.searchTitle", { q }));
