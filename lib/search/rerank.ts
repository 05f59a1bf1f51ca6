import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Db } from "../db/create-db.ts";
import { roundScore, type RankedMatch, type SearchBackend } from "./search-plan.ts";

/** The best matches by bm25 that concept evidence may re-order; deeper pages keep bm25 order. */
export const RERANK_DEPTH = 1000;
/** Per concept the query names, a paper's evidence score (capped) adds up to this much. */
export const CONCEPT_BOOST = 2;
const SCORE_CAP = 3;

export interface ScoredMatch {
  paperId: number;
  score: number;
}

/**
 * Adds the concept boost to the best matches and sorts them again: a paper whose evidence for
 * "LoRA" is strong rises above one that mentions LoRA once. Same arithmetic on both databases.
 */
export async function rerank(db: Db, backend: SearchBackend, matches: RankedMatch[], conceptIds: number[]): Promise<ScoredMatch[]> {
  const boost = new Map<number, number>();
  if (conceptIds.length && matches.length) {
    const rows = await db.$queryRaw<{ paperId: number | bigint; score: number }[]>`
      SELECT "paperId", "score" FROM "PaperConcept" WHERE "conceptId" IN (${Prisma.join(conceptIds)}) AND NOT "implied"
      AND "paperId" IN (${backend.idSet(matches.map((m) => m.paperId))}) ORDER BY "paperId", "conceptId"`;
    for (const row of rows) {
      const paperId = Number(row.paperId);
      boost.set(paperId, (boost.get(paperId) ?? 0) + (Math.min(row.score, SCORE_CAP) * CONCEPT_BOOST) / SCORE_CAP);
    }
  }
  return matches
    .map((m) => ({ paperId: m.paperId, score: roundScore(m.relevance + (boost.get(m.paperId) ?? 0)) }))
    .sort((a, b) => b.score - a.score || b.paperId - a.paperId);
}

export interface Facets {
  concepts: { conceptId: number; count: number }[];
  months: { month: string; count: number }[];
}

/** Concept and month counts over the given papers (the first RERANK_DEPTH results). */
export async function facetsOf(db: Db, backend: SearchBackend, paperIds: number[], limits: { concepts: number; months: number }): Promise<Facets> {
  if (paperIds.length === 0) return { concepts: [], months: [] };
  const ids = backend.idSet(paperIds);
  const [concepts, months] = await Promise.all([
    db.$queryRaw<{ conceptId: number | bigint; count: number | bigint }[]>`
      SELECT pc."conceptId" AS "conceptId", COUNT(*) AS "count" FROM "PaperConcept" pc JOIN "Concept" c ON c."id" = pc."conceptId"
      WHERE c."parentId" IS NOT NULL AND pc."paperId" IN (${ids}) GROUP BY pc."conceptId" ORDER BY COUNT(*) DESC, pc."conceptId" LIMIT ${limits.concepts}`,
    db.$queryRaw<{ month: string; count: number | bigint }[]>`
      SELECT SUBSTR("listedOn", 1, 7) AS "month", COUNT(*) AS "count" FROM "Paper"
      WHERE "id" IN (${ids}) AND "listedOn" IS NOT NULL GROUP BY SUBSTR("listedOn", 1, 7) ORDER BY SUBSTR("listedOn", 1, 7) DESC LIMIT ${limits.months}`,
  ]);
  return {
    concepts: concepts.map((c) => ({ conceptId: Number(c.conceptId), count: Number(c.count) })),
    months: months.map((m) => ({ month: m.month, count: Number(m.count) })),
  };
}
