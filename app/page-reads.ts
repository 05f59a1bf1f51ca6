import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/server-db";
import { conceptData, digestData, paperData } from "@/lib/queries/cached-queries";
import { latestDigestDate } from "@/lib/queries/get-digest";
import { parsePaperKey } from "@/lib/queries/paper-key";

// The reads a page and its metadata share: each runs once per request (React's cache), not
// once for the title and again for the page (a digest of 200 papers, twice), and the data of
// papers, digests and concepts is kept per change of the database for the other language's page
// and the API (lib/queries/cached-queries.ts).

export const readPaper = cache(async (raw: string) => {
  const key = parsePaperKey(raw);
  return key ? paperData(key) : null;
});

export const readDigest = cache(digestData);

export const readLatestDigestDate = cache(() => latestDigestDate(getDb()));

export const readConcept = cache(conceptData);
