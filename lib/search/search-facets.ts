import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Db } from "../db/create-db.ts";
import { readRows } from "../db/read-rows.ts";
import type { SearchBackend } from "./search-plan.ts";

export interface Facets {
  concepts: { conceptId: number; count: number }[];
  months: { month: string; count: number }[];
}

/**
 * How many of the given papers (the first RERANK_DEPTH results) are about each concept, and
 * were listed in each month.
 */
export async function facetsOf(db: Db, backend: SearchBackend, paperIds: number[], limits: { concepts: number; months: number }): Promise<Facets> {
  if (paperIds.length === 0) return { concepts: [], months: [] };
  const ids = backend.idSet(paperIds);
  const [concepts, months] = await Promise.all([
    readRows<{ conceptId: number | bigint; count: number | bigint }>(db, Prisma.sql`
      SELECT pc."conceptId" AS "conceptId", COUNT(*) AS "count" FROM "PaperConcept" pc JOIN "Concept" c ON c."id" = pc."conceptId"
      WHERE c."parentId" IS NOT NULL AND pc."about" = TRUE AND pc."paperId" IN (${ids})
      GROUP BY pc."conceptId" ORDER BY COUNT(*) DESC, pc."conceptId" LIMIT ${limits.concepts}`),
    readRows<{ month: string; count: number | bigint }>(db, Prisma.sql`
      SELECT SUBSTR("listedOn", 1, 7) AS "month", COUNT(*) AS "count" FROM "Paper"
      WHERE "id" IN (${ids}) AND "listedOn" IS NOT NULL GROUP BY SUBSTR("listedOn", 1, 7) ORDER BY SUBSTR("listedOn", 1, 7) DESC LIMIT ${limits.months}`),
  ]);
  return {
    concepts: concepts.map((c) => ({ conceptId: Number(c.conceptId), count: Number(c.count) })),
    months: months.map((m) => ({ month: m.month, count: Number(m.count) })),
  };
}
