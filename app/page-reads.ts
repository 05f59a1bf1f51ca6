import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/server-db";
import { getConcept } from "@/lib/queries/get-concept";
import { getDigest, latestDigestDate } from "@/lib/queries/get-digest";
import { getPaper } from "@/lib/queries/get-paper";
import { parsePaperKey } from "@/lib/queries/paper-key";

// The reads a page and its metadata share: each runs once per request (React's cache), not
// once for the title and again for the page (a digest of 200 papers, twice).

export const readPaper = cache((key: string) => {
  const parsed = parsePaperKey(key);
  return parsed ? getPaper(getDb(), parsed) : null;
});

export const readDigest = cache((date: string) => getDigest(getDb(), date));

export const readLatestDigestDate = cache(() => latestDigestDate(getDb()));

export const readConcept = cache((slug: string, page: number) => getConcept(getDb(), slug, page));
