import { fetchArxivQuery } from "../ingest/arxiv-api-client.ts";
import { arxivRssClient } from "../ingest/arxiv-rss-client.ts";
import { hfDailyClient } from "../ingest/hf-daily-client.ts";
import type { PoliteOptions } from "../ingest/polite-fetch.ts";
import type { SourceItem } from "../ingest/sources/source-item.ts";
import { submissionWindow } from "./listing-days.ts";

export interface ListingEndpoints {
  arxivRssUrl: string;
  arxivApiUrl: string;
  huggingFaceUrl: string;
  /** Overrides each service's spacing and retries (tests make them short). */
  politeness?: PoliteOptions;
}

export interface FetchedListings {
  /** "rss" when the feeds carried the day (arXiv's newest listing), "api" for an earlier day. */
  via: "rss" | "api";
  arxiv: SourceItem[];
  huggingFace: SourceItem[];
}

const labelled = (prefix: string, items: SourceItem[]) =>
  items.map((item) => ({ ...item, label: `${prefix} ${item.label}` }));

/**
 * Fetches a listing day: arXiv's new submissions in the categories (the RSS feeds while the day
 * is their newest listing, else the API's submissions of the day's window) and Hugging Face's
 * daily papers of the same day.
 */
export async function fetchListings(
  date: string,
  categories: string[],
  endpoints: ListingEndpoints,
  log: (line: string) => void = () => {},
): Promise<FetchedListings> {
  const rss = arxivRssClient({ ...endpoints.politeness, baseUrl: endpoints.arxivRssUrl });
  const arxiv: SourceItem[] = [];
  let via: FetchedListings["via"] = "rss";
  for (const category of categories) {
    const listing = await rss(category);
    if (listing.date !== date) {
      via = "api";
      arxiv.length = 0;
      break;
    }
    log(`arXiv ${category} feed: ${listing.items.length} entries`);
    arxiv.push(...labelled(`${category} feed`, listing.items));
  }
  if (via === "api") {
    const { from, to } = submissionWindow(date);
    const anyCategory = categories.map((c) => `cat:${c}`).join(" OR ");
    const query = `(${anyCategory}) AND submittedDate:[${from} TO ${to}]`;
    for await (const page of fetchArxivQuery(query, {
      ...endpoints.politeness,
      baseUrl: endpoints.arxivApiUrl,
    })) {
      arxiv.push(
        ...labelled(
          `API results from ${Number(new URL(page.url).searchParams.get("start")) + 1}:`,
          page.items,
        ).map((item) => ({ ...item, announced: "new" })),
      );
    }
    log(`arXiv API, submissions of ${from}-${to} UTC: ${arxiv.length} entries`);
  }
  const huggingFace = labelled(
    "Hugging Face",
    await hfDailyClient({ ...endpoints.politeness, baseUrl: endpoints.huggingFaceUrl })(date),
  );
  log(`Hugging Face daily papers: ${huggingFace.length} entries`);
  return { via, arxiv, huggingFace };
}
