// The arXiv listing feeds (rss.arxiv.org, RSS and Atom) describe an item as
// "arXiv:2508.03764v1 Announce Type: new \nAbstract: Physicians routinely ...".
const ANNOUNCEMENT = /^\s*arXiv:(\S+)\s+Announce Type:\s*(\S+)\s*Abstract:\s*([\s\S]*)$/;

export interface Announcement {
  arxivId: string;
  type: string;
  abstract: string;
}

export function parseAnnouncement(text: string | undefined): Announcement | null {
  const match = text ? ANNOUNCEMENT.exec(text) : null;
  return match ? { arxivId: match[1]!, type: match[2]!, abstract: match[3]! } : null;
}

/** Authors as the listing feeds write them in dc:creator: "A, B, C". */
export function splitCreators(creators: string | undefined): string[] | undefined {
  return creators?.split(/,\s*(?![^()]*\))/).map((name) => name.trim()).filter(Boolean);
}
