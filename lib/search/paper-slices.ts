import { Prisma } from "../db/generated/sqlite/client.ts";
import type { Db } from "../db/create-db.ts";
import { dialectOfClient } from "../db/dialect.ts";
import { ReaderThreadFailure, readPoolOf, readThreads } from "../db/sqlite-read-pool.ts";
import type { RankedMatch } from "./search-plan.ts";

/**
 * Runs a search query once per core, side by side, each over its own range of paper ids, and
 * returns each range's rows. On SQLite each range goes to a reader thread (SQLite runs a statement
 * on one core); on PostgreSQL to a connection of the pool (each its own server process). Null
 * where that cannot be done: one core, no papers, or SQLite reader threads that failed; the
 * caller then runs the query whole. BM25's statistics are whole-index on both databases
 * whatever the range, so every score is the one a single query gives. `build` gets the range as
 * a condition on `id`; on PostgreSQL `run` runs each part (by default as it is).
 */
export async function inSlices<T>(db: Db, id: Prisma.Sql, build: (range: Prisma.Sql) => Prisma.Sql, run: (query: Prisma.Sql) => Promise<T[]> = (query) => db.$queryRaw<T[]>(query)): Promise<T[][] | null> {
  const pool = dialectOfClient(db) === "sqlite" ? await readPoolOf(db) : undefined;
  const parts = pool === undefined ? readThreads() : (pool?.size ?? 1);
  if (parts < 2) return null;
  // Apart, each is one step down the primary key; together SQLite would read every row.
  const [span] = await db.$queryRaw<{ low: number | bigint | null; high: number | bigint | null }[]>`
    SELECT (SELECT MIN("id") FROM "Paper") AS "low", (SELECT MAX("id") FROM "Paper") AS "high"`;
  if (span?.low == null || span.high == null) return null;
  const low = Number(span.low) - 1;
  const width = Number(span.high) - low;
  // As integers: a bound given to SQLite as a JS number arrives as a REAL and costs FTS5 twice the time.
  const bound = (part: number) => BigInt(low + Math.round((width * part) / parts));
  const queries = Array.from({ length: parts }, (_, part) => build(Prisma.sql`${id} > ${bound(part)} AND ${id} <= ${bound(part + 1)}`));
  if (!pool) return Promise.all(queries.map(run));
  try {
    return await Promise.all(queries.map((query) => pool.all<T>(query.sql, query.values)));
  } catch (error) {
    if (error instanceof ReaderThreadFailure) return null;
    throw error;
  }
}

/** The best `limit` of the parts' matches, in the order one query gives: relevance, then higher id. */
export function bestOf(parts: RankedMatch[][], limit: number): RankedMatch[] {
  return parts.flat().sort((a, b) => b.relevance - a.relevance || b.paperId - a.paperId).slice(0, limit);
}
