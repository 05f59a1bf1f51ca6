import { parseAnnouncement, splitCreators } from "./arxiv-announcement.ts";
import type { SourceItem } from "./source-item.ts";
import { SourceFormatError } from "./source-format-error.ts";
import { parseXml, xmlText, type XmlNode } from "./xml.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The calendar day an RFC 822 date names, as written (the feed's own time zone, not UTC). */
export function rfc822Day(value: string | undefined): string | null {
  const match = value && /(\d{1,2})\s+([A-Z][a-z]{2})\s+(\d{4})/.exec(value);
  if (!match) return null;
  const month = MONTHS.indexOf(match[2]!);
  if (month < 0) return null;
  return `${match[3]}-${String(month + 1).padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
}

export interface ArxivListing {
  /** The announcement day the feed is for. */
  date: string | null;
  items: SourceItem[];
}

/**
 * Parses the arXiv new-submission feed (rss.arxiv.org/rss/<categories>, RSS 2.0). Every item is
 * dated with the channel's announcement day; replacements carry their new version.
 */
export function parseArxivRss(xml: string): ArxivListing {
  const channel = (parseXml(xml, ["item", "category"]).rss as XmlNode | undefined)?.channel as XmlNode | undefined;
  if (!channel) throw new SourceFormatError("is not an RSS 2.0 feed (no <rss><channel>)");
  const date = rfc822Day(xmlText(channel.pubDate)) ?? rfc822Day(xmlText(channel.lastBuildDate));
  const items = ((channel.item as XmlNode[] | undefined) ?? []).map((item, i): SourceItem => {
    const description = xmlText(item.description) ?? "";
    const announcement = parseAnnouncement(description);
    const id = announcement?.arxivId ?? xmlText(item.guid)?.replace(/^oai:arXiv\.org:/, "");
    return {
      label: `item ${i + 1}${id ? ` (${id})` : ""}`,
      date: date ?? rfc822Day(xmlText(item.pubDate)),
      announced: announcement?.type,
      fields: {
        arxivId: id ?? null,
        title: xmlText(item.title),
        authors: splitCreators(xmlText(item.creator)),
        categories: ((item.category as unknown[] | undefined) ?? []).map((c) => xmlText(c)),
        abstractEn: announcement?.abstract ?? description,
      },
    };
  });
  return { date, items };
}
