import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Prisma as PrismaTypes } from "../db/create-db.ts";
import type { SearchPlan } from "./search-plan.ts";

type Sql = PrismaTypes.Sql;

/** What the filters need from a dialect. */
export interface FilterDialect {
  /** The query of the ids that match one phrase. */
  matching(phrase: string[]): Sql;
  /** Where a paper's digest day is looked up by its id: a FROM item named d. */
  paperDays: Sql;
}

/** The paper filters apply to: its id, and its day when the query reads the Paper row itself. */
export interface FilteredPaper {
  id: Sql;
  listedOn?: Sql;
}

/** A row of "Paper" p. */
export const PAPER_ROW: FilteredPaper = { id: Prisma.sql`p."id"`, listedOn: Prisma.sql`p."listedOn"` };

/**
 * The filters of a plan as conditions on a paper: the papers a query names, concepts (the papers
 * about them), categories, digest days and exclusions, each a set the id must (not) be in.
 * Without the paper's row at hand its day is looked up by id rather than listed: the papers of
 * two months can be half the corpus.
 */
export function planFilters(plan: SearchPlan, { id, listedOn }: FilteredPaper, dialect: FilterDialect): Sql {
  const clauses: Sql[] = [Prisma.sql`1 = 1`];
  if (plan.paperIds) clauses.push(plan.paperIds.length ? Prisma.sql`${id} IN (${Prisma.join(plan.paperIds)})` : Prisma.sql`1 = 0`);
  for (const conceptId of plan.conceptIds) {
    clauses.push(Prisma.sql`${id} IN (SELECT "paperId" FROM "PaperConcept"
      WHERE "conceptId" = ${conceptId} AND "about" = TRUE)`);
  }
  if (plan.categories.length) clauses.push(Prisma.sql`${id} IN (SELECT "paperId" FROM "PaperCategory" WHERE "category" IN (${Prisma.join(plan.categories)}))`);
  if (plan.from || plan.to) {
    const day = listedOn ?? Prisma.sql`d."listedOn"`;
    const bounds = [Prisma.sql`${day} IS NOT NULL`];
    if (plan.from) bounds.push(Prisma.sql`${day} >= ${plan.from}`);
    if (plan.to) bounds.push(Prisma.sql`${day} <= ${plan.to}`);
    const range = Prisma.join(bounds, " AND ");
    clauses.push(listedOn ? range : Prisma.sql`EXISTS (SELECT 1 FROM ${dialect.paperDays} WHERE d."id" = ${id} AND ${range})`);
  }
  for (const phrase of plan.excludes) clauses.push(Prisma.sql`${id} NOT IN (${dialect.matching(phrase)})`);
  return Prisma.join(clauses, " AND ");
}
