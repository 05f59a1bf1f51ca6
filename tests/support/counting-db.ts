import { createDb, type Db } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";

export interface CountingDb {
  db: Db;
  /** How many SQL statements `fn` sent to the database. */
  countQueries(fn: () => Promise<unknown>): Promise<number>;
}

/** A migrated database whose client counts the statements it sends. */
export async function countingDb(url: string): Promise<CountingDb> {
  await applyMigrations(url);
  let queries = 0;
  const db = createDb(url, { onQuery: () => void queries++ });
  return {
    db,
    async countQueries(fn) {
      queries = 0;
      await fn();
      return queries;
    },
  };
}
