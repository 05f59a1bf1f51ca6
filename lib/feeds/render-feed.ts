import { Feed } from "feed";
import type { Locale } from "../i18n/locales.ts";
import type { FeedPaper } from "./feed-papers.ts";

export const FEED_FORMATS = ["rss", "atom", "json"] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

export interface FeedDescription {
  locale: Locale;
  title: string;
  description: string;
  /** Absolute URLs of the page the feed follows and of the feed itself (in RSS form). */
  pageUrl: string;
  feedUrl: string;
  /** Absolute URL of a paper's page. */
  paperUrl: (paper: FeedPaper) => string;
  copyright: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function paragraphs(text: string, lang: string): string {
  return text
    .split("\n\n")
    .map((p) => `<p lang="${lang}">${escapeHtml(p)}</p>`)
    .join("");
}

/**
 * A paper in the feed's language: that language's title (the other one leads the content), the
 * abstract in that language (English when there is no Korean yet), and the concepts as categories.
 */
function item(paper: FeedPaper, feed: FeedDescription, format: FeedFormat) {
  const ko = feed.locale === "ko";
  const title =
    ko && paper.titleKo ? { text: paper.titleKo, lang: "ko" } : { text: paper.title, lang: "en" };
  const other =
    title.lang === "ko"
      ? { text: paper.title, lang: "en" }
      : paper.titleKo
        ? { text: paper.titleKo, lang: "ko" }
        : null;
  const abstract =
    ko && paper.abstractKo
      ? { text: paper.abstractKo, lang: "ko" }
      : { text: paper.abstractEn, lang: "en" };
  // Atom's title and summary are HTML, JSON Feed's text; RSS readers take descriptions as HTML.
  const asText = (text: string, html: boolean) => (html ? escapeHtml(text) : text);
  const url = feed.paperUrl(paper);
  const otherTitle = other
    ? `<p lang="${other.lang}"><strong>${escapeHtml(other.text)}</strong></p>`
    : "";
  return {
    title: asText(title.text, format === "atom"),
    id: url,
    guid: url,
    link: url,
    date: new Date(`${paper.day ?? "1970-01-01"}T00:00:00Z`),
    description: asText(abstract.text, format !== "json"),
    content: `${otherTitle}${paragraphs(abstract.text, abstract.lang)}`,
    // RSS wants an e-mail address as an item's author; there the authors are in the content.
    author: format === "rss" ? undefined : paper.authors.slice(0, 30).map((name) => ({ name })),
    category: paper.concepts
      .filter((c) => !c.implied)
      .slice(0, 6)
      .map((c) => ({ name: ko ? c.nameKo : c.nameEn })),
  };
}

/** The feed in RSS 2.0, Atom 1.0 or JSON Feed, with its content type. */
export function renderFeed(
  feed: FeedDescription,
  papers: FeedPaper[],
  format: FeedFormat,
): { body: string; type: string } {
  const newest = papers.reduce<string | null>(
    (latest, p) => (p.day && (!latest || p.day > latest) ? p.day : latest),
    null,
  );
  const out = new Feed({
    title: feed.title,
    description: feed.description,
    id: feed.pageUrl,
    link: feed.pageUrl,
    language: feed.locale,
    copyright: feed.copyright,
    // The newest item's day: the same papers give the same feed, byte for byte.
    updated: new Date(`${newest ?? "1970-01-01"}T00:00:00Z`),
    generator: "PaperBridge",
    feedLinks: {
      rss: feed.feedUrl,
      atom: `${feed.feedUrl}${feed.feedUrl.includes("?") ? "&" : "?"}format=atom`,
      json: `${feed.feedUrl}${feed.feedUrl.includes("?") ? "&" : "?"}format=json`,
    },
  });
  for (const paper of papers) out.addItem(item(paper, feed, format));
  const body = format === "rss" ? out.rss2() : format === "atom" ? out.atom1() : out.json1();
  return { body, type: `${FEED_TYPES[format]}; charset=utf-8` };
}
