import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Db } from "../db/create-db.ts";
import { readRows } from "../db/read-rows.ts";
import { roundScore, type RankedMatch, type SearchBackend } from "./search-plan.ts";

/** The best matches by bm25 that concept evidence may re-order; deeper pages keep bm25 order. */
export const RERANK_DEPTH = 1000;
/** Per concept the query names, a paper about it gains this much. */
export const CONCEPT_BOOST = 2;

export interface ScoredMatch {
  paperId: number;
  score: number;
}

/**
 * Adds the concept boost to the best matches and sorts them again: a paper about "LoRA" rises
 * above one that only mentions it. Same arithmetic on both databases.
 */
export async function rerank(db: Db, backend: SearchBackend, matches: RankedMatch[], conceptIds: number[]): Promise<ScoredMatch[]> {
  const boost = new Map<number, number>();
  if (conceptIds.length && matches.length) {
    const rows = await readRows<{ paperId: number | bigint }>(db, Prisma.sql`
      SELECT "paperId" FROM "PaperConcept"
      WHERE "conceptId" IN (${Prisma.join(conceptIds)}) AND "about" = TRUE
      AND "paperId" IN (${backend.idSet(matches.map((m) => m.paperId))}) ORDER BY "paperId", "conceptId"`);
    for (const row of rows) {
      const paperId = Number(row.paperId);
      boost.set(paperId, (boost.get(paperId) ?? 0) + CONCEPT_BOOST);
    }
  }
  return matches
    .map((m) => ({ paperId: m.paperId, score: roundScore(m.relevance + (boost.get(m.paperId) ?? 0)) }))
    .sort((a, b) => b.score - a.score || b.paperId - a.paperId);
}
