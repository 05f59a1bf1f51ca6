import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/server-db";
import { readEnv } from "@/lib/config/env";
import { conceptData, digestPageData, paperData } from "@/lib/queries/cached-queries";
import type { DigestFilters } from "@/lib/queries/get-digest-page";
import { latestDigestDate } from "@/lib/queries/get-digest";
import { parsePaperKey } from "@/lib/queries/paper-key";

// The reads a page and its metadata share: each runs once per request (React's cache), not
// once for the title and again for the page, and the data of papers, digest pages and concepts
// is kept per change of the database for the other language's page and the API
// (lib/queries/cached-queries.ts).

export const readPaper = cache(async (raw: string) => {
  const key = parsePaperKey(raw);
  return key ? paperData(key) : null;
});

// Arguments, not one filters object: React's cache compares them one by one.
export const readDigestPage = cache(
  (
    date: string,
    page: number,
    category: string | null,
    concept: string | null,
    korean: boolean,
  ) => {
    const filters: DigestFilters = { category, concept, korean };
    return digestPageData(date, { page, filters, highlights: readEnv().daily.highlights });
  },
);

export const readLatestDigestDate = cache(() => latestDigestDate(getDb()));

export const readConcept = cache(conceptData);
