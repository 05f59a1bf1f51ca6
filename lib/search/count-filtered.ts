import type { Db } from "../db/create-db.ts";
import { Prisma } from "../db/generated/sqlite/client.ts";
import { PAPER_ROW, planFilters, type FilterDialect } from "./plan-filters.ts";
import type { SearchPlan } from "./search-plan.ts";

const ON_CONCEPT_ROW = { id: Prisma.sql`c."paperId"` };

/**
 * The papers that pass a plan without words. With a concept, counting starts from its rows in
 * a narrow index; from Paper it would look each wide row up (40 ms instead of 0.2 ms for 11,000
 * papers of 100,000 on SQLite).
 */
export async function countFiltered(db: Db, plan: SearchPlan, dialect: FilterDialect): Promise<number> {
  const [first, ...rest] = plan.conceptIds;
  const rows =
    first === undefined
      ? await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "Paper" p WHERE ${planFilters(plan, PAPER_ROW, dialect)}`
      : await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "PaperConcept" c
          WHERE c."conceptId" = ${first} AND c."about" = TRUE
          AND ${planFilters({ ...plan, conceptIds: rest }, ON_CONCEPT_ROW, dialect)}`;
  return Number(rows[0]!.n);
}
