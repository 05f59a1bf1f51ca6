import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Prisma as PrismaTypes } from "../db/create-db.ts";
import type { SearchPlan } from "./search-plan.ts";

type Sql = PrismaTypes.Sql;

/**
 * The filters of a plan as conditions on a paper id: concepts, categories, digest days and
 * exclusions, each a set the id must (not) be in. `matching` is the dialect's query of the
 * ids that match one phrase.
 */
export function planFilters(plan: SearchPlan, id: Sql, matching: (phrase: string[]) => Sql): Sql {
  const clauses: Sql[] = [Prisma.sql`1 = 1`];
  for (const conceptId of plan.conceptIds) clauses.push(Prisma.sql`${id} IN (SELECT "paperId" FROM "PaperConcept" WHERE "conceptId" = ${conceptId})`);
  if (plan.categories.length) clauses.push(Prisma.sql`${id} IN (SELECT "paperId" FROM "PaperCategory" WHERE "category" IN (${Prisma.join(plan.categories)}))`);
  if (plan.from || plan.to) {
    const bounds = [Prisma.sql`"listedOn" IS NOT NULL`];
    if (plan.from) bounds.push(Prisma.sql`"listedOn" >= ${plan.from}`);
    if (plan.to) bounds.push(Prisma.sql`"listedOn" <= ${plan.to}`);
    clauses.push(Prisma.sql`${id} IN (SELECT "id" FROM "Paper" WHERE ${Prisma.join(bounds, " AND ")})`);
  }
  for (const phrase of plan.excludes) clauses.push(Prisma.sql`${id} NOT IN (${matching(phrase)})`);
  return Prisma.join(clauses, " AND ");
}
