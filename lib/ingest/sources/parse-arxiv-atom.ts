import { parseAnnouncement, splitCreators } from "./arxiv-announcement.ts";
import type { SourceItem } from "./source-item.ts";
import { SourceFormatError } from "./source-format-error.ts";
import { parseXml, xmlText, type XmlNode } from "./xml.ts";

export interface ArxivAtomFeed {
  items: SourceItem[];
  totalResults: number | null;
  startIndex: number | null;
}

/**
 * Parses an arXiv API response (export.arxiv.org/api/query) or the Atom form of the listing
 * feed (rss.arxiv.org/atom/...); an API error feed throws SourceFormatError.
 */
export function parseArxivAtom(xml: string): ArxivAtomFeed {
  const feed = parseXml(xml, ["entry", "author", "category", "link"]).feed as XmlNode | undefined;
  if (!feed) throw new SourceFormatError("is not an Atom feed (no <feed> element)");
  const entries = (feed.entry as XmlNode[] | undefined) ?? [];
  const apiError = entries.find((e) => xmlText(e.id)?.includes("/api/errors"));
  if (apiError) throw new SourceFormatError(`is an arXiv API error: ${xmlText(apiError.summary)?.trim()}`);

  const items = entries.map((entry, i): SourceItem => {
    const summary = xmlText(entry.summary);
    const announcement = parseAnnouncement(summary);
    const id = xmlText(entry.id)?.replace(/^(https?:\/\/arxiv\.org\/abs\/|oai:arXiv\.org:)/, "").trim();
    const authors = ((entry.author as XmlNode[] | undefined) ?? []).map((a) => xmlText(a.name));
    const primary = (entry.primary_category as XmlNode | undefined)?.term as string | undefined;
    const categories = ((entry.category as XmlNode[] | undefined) ?? []).map((c) => String(c.term));
    const published = xmlText(entry.published)?.slice(0, 10);
    return {
      label: `entry ${i + 1}${id ? ` (${id})` : ""}`,
      date: published ?? null,
      announced: announcement?.type,
      fields: {
        arxivId: id ?? null,
        title: xmlText(entry.title),
        authors: authors.length > 0 ? authors : splitCreators(xmlText(entry.creator)),
        categories: primary ? [primary, ...categories.filter((c) => c !== primary)] : categories,
        published,
        comment: xmlText(entry.comment),
        abstractEn: announcement?.abstract ?? summary,
      },
    };
  });
  const count = (value: unknown) => (xmlText(value) === undefined ? null : Number(xmlText(value)));
  return { items, totalResults: count(feed.totalResults), startIndex: count(feed.startIndex) };
}
