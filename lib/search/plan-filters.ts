import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Prisma as PrismaTypes } from "../db/create-db.ts";
import { CONCEPT_BOOST, CONCEPT_SCORE_CAP, type SearchPlan } from "./search-plan.ts";

type Sql = PrismaTypes.Sql;

/** The clauses every backend shares; `day` and `excluded` are the dialect's own SQL. */
export interface DialectSql {
  /** The paper's day as YYYY-MM-DD text: its newest digest, else its publication date. */
  day: Sql;
  /** True when paper p matches every one of the token phrases. */
  matches(phrases: string[][]): Sql;
}

/** Filters on the alias p (Paper): concepts, categories, dates, exclusions. */
export function planFilters(plan: SearchPlan, dialect: DialectSql): Sql {
  const clauses: Sql[] = [Prisma.sql`1 = 1`];
  for (const conceptId of plan.conceptIds) {
    clauses.push(Prisma.sql`EXISTS (SELECT 1 FROM "PaperConcept" fc WHERE fc."paperId" = p."id" AND fc."conceptId" = ${conceptId})`);
  }
  if (plan.categories.length) {
    clauses.push(Prisma.sql`EXISTS (SELECT 1 FROM "PaperCategory" fk WHERE fk."paperId" = p."id" AND fk."category" IN (${Prisma.join(plan.categories)}))`);
  }
  if (plan.from) clauses.push(Prisma.sql`${dialect.day} >= ${plan.from}`);
  if (plan.to) clauses.push(Prisma.sql`${dialect.day} <= ${plan.to}`);
  for (const phrase of plan.excludes) clauses.push(Prisma.sql`NOT (${dialect.matches([phrase])})`);
  return Prisma.join(clauses, " AND ");
}

/** The concept boost of paper p: evidence scores of the query's concepts, capped and scaled. */
export function conceptBoost(plan: SearchPlan): Sql {
  if (plan.boostConceptIds.length === 0) return Prisma.sql`0`;
  const cap = Prisma.raw(CONCEPT_SCORE_CAP.toFixed(1));
  const perPoint = Prisma.raw(String(CONCEPT_BOOST / CONCEPT_SCORE_CAP));
  return Prisma.sql`(SELECT COALESCE(SUM(CASE WHEN bc."score" > ${cap} THEN ${cap} ELSE bc."score" END), 0) * ${perPoint} FROM "PaperConcept" bc WHERE bc."paperId" = p."id" AND NOT bc."implied" AND bc."conceptId" IN (${Prisma.join(plan.boostConceptIds)}))`;
}

/** Concept and month counts over the papers `matching` selects (a query of ids). */
export function facetQueries(matching: Sql, day: Sql, limits: { concepts: number; months: number }): { concepts: Sql; months: Sql } {
  return {
    concepts: Prisma.sql`SELECT pc."conceptId" AS "conceptId", COUNT(*) AS "count" FROM "PaperConcept" pc JOIN "Concept" c ON c."id" = pc."conceptId" WHERE c."parentId" IS NOT NULL AND pc."paperId" IN (${matching}) GROUP BY pc."conceptId" ORDER BY COUNT(*) DESC, pc."conceptId" LIMIT ${limits.concepts}`,
    months: Prisma.sql`SELECT SUBSTR(${day}, 1, 7) AS "month", COUNT(*) AS "count" FROM "Paper" p WHERE p."id" IN (${matching}) AND ${day} IS NOT NULL GROUP BY SUBSTR(${day}, 1, 7) ORDER BY SUBSTR(${day}, 1, 7) DESC LIMIT ${limits.months}`,
  };
}
