import type { Db, Prisma } from "./create-db.ts";
import { ReaderThreadFailure, readPoolOf } from "./sqlite-read-pool.ts";

/**
 * Runs a read query on one of the SQLite reader threads where there are some, else on the client.
 * Queries awaited together then run side by side, and each skips Prisma's raw-query path (about
 * a millisecond for a query given a thousand ids).
 */
export async function readRows<T>(db: Db, query: Prisma.Sql): Promise<T[]> {
  const pool = await readPoolOf(db);
  if (pool) {
    try {
      return await pool.all<T>(query.sql, query.values);
    } catch (error) {
      if (!(error instanceof ReaderThreadFailure)) throw error;
    }
  }
  return db.$queryRaw<T[]>(query);
}

// Columns as the statements hand them back: SQLite gives booleans as 0/1, JSON as text and times
// as ISO text; PostgreSQL booleans, parsed JSON and Dates.

export const flagColumn = (value: unknown): boolean => value === true || Number(value) === 1;
export const jsonColumn = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;
export const timeColumn = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(value as string | Date);
