import { parseAnnouncement, splitCreators } from "./arxiv-announcement.ts";
import { rfc822Day } from "./parse-arxiv-rss.ts";
import type { SourceItem } from "./source-item.ts";
import { SourceFormatError } from "./source-format-error.ts";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** One parsed feed ({ feed, entries }), or several keyed by their URL as caches save them. */
function feedsOf(data: Json): Json[] {
  if (Array.isArray(data.entries)) return [data];
  const feeds = Object.values(data).filter(
    (value): value is Json => isObject(value) && Array.isArray(value.entries),
  );
  if (feeds.length === 0)
    throw new SourceFormatError(
      "is not an arXiv feed parsed by feedparser (no object with an entries list)",
    );
  return feeds;
}

/**
 * Parses rss.arxiv.org listing feeds as Python's feedparser turns them into JSON ({ feed,
 * entries: [{ id, title, author, published, summary, tags }] }), one feed or several keyed by
 * URL. Each entry is dated with its feed's announcement day.
 */
export function parseFeedparserJson(source: string): SourceItem[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new SourceFormatError(`is not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(data))
    throw new SourceFormatError(
      "is not an arXiv feed parsed by feedparser (expected a JSON object)",
    );
  const feeds = feedsOf(data);
  return feeds.flatMap((feed, f) => {
    const channel = isObject(feed.feed) ? feed.feed : {};
    const day = rfc822Day(text(channel.published)) ?? rfc822Day(text(channel.updated));
    return (feed.entries as unknown[]).map((raw, i): SourceItem => {
      const entry = isObject(raw) ? raw : {};
      const announcement = parseAnnouncement(text(entry.summary));
      const id = announcement?.arxivId ?? text(entry.id)?.replace(/^oai:arXiv\.org:/, "");
      const tags = Array.isArray(entry.tags)
        ? entry.tags.map((tag) => (isObject(tag) ? tag.term : undefined))
        : undefined;
      return {
        label: `${feeds.length > 1 ? `feed ${f + 1} ` : ""}entry ${i + 1}${id ? ` (${id})` : ""}`,
        date: day ?? rfc822Day(text(entry.published)),
        announced: announcement?.type,
        fields: {
          arxivId: id ?? null,
          title: entry.title,
          authors: splitCreators(text(entry.author)),
          categories: tags,
          abstractEn: announcement?.abstract ?? entry.summary,
        },
      };
    });
  });
}
