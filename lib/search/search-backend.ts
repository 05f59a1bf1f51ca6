import type { Db } from "../db/create-db.ts";
import { dialectOfClient } from "../db/dialect.ts";
import { postgresSearch } from "./postgres-search.ts";
import { PAPER_ROW } from "./plan-filters.ts";
import type { SearchPlan } from "./search-plan.ts";
import { sqliteSearch } from "./sqlite-search.ts";

/** The search backend for the database behind a client or transaction. */
export function searchBackend(client: object) {
  return dialectOfClient(client) === "sqlite" ? sqliteSearch : postgresSearch;
}

/** Those of the given papers that pass a plan's filters and exclusions (its words aside). */
export async function keptPapers(db: Db, plan: SearchPlan, paperIds: number[]): Promise<Set<number>> {
  if (paperIds.length === 0) return new Set();
  const backend = searchBackend(db);
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT p."id" AS "id" FROM "Paper" p WHERE p."id" IN (${backend.idSet(paperIds)}) AND ${backend.filters(plan, PAPER_ROW)}`;
  return new Set(rows.map((r) => Number(r.id)));
}
