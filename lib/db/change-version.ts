import Database from "better-sqlite3";
import pg from "pg";
import { dialectOf, sqlitePath } from "./dialect.ts";

/** Reads the database's change version (the ChangeVersion row that triggers move on with every write). */
export interface ChangeVersionReader {
  read(): Promise<number>;
  /** What tells this database from any other: the random id its first migration was recorded with. */
  identity(): Promise<string>;
  close(): Promise<void>;
}

const SQL = 'SELECT "version" FROM "ChangeVersion" WHERE "id" = 1';
const IDENTITY_SQL =
  'SELECT "id" FROM "_prisma_migrations" ORDER BY "started_at", "migration_name" LIMIT 1';

function sqliteReader(url: string): ChangeVersionReader {
  const db = new Database(sqlitePath(url), { readonly: true, fileMustExist: true, timeout: 5_000 });
  const statement = db.prepare<[], { version: number }>(SQL);
  return {
    // A point read on one row: microseconds, so each request reads it itself.
    async read() {
      return statement.get()?.version ?? 0;
    },
    async identity() {
      return String(db.prepare<[], { id: string }>(IDENTITY_SQL).get()?.id ?? "");
    },
    async close() {
      db.close();
    },
  };
}

function postgresReader(url: string): ChangeVersionReader {
  const pool = new pg.Pool({
    connectionString: url,
    max: 2,
    application_name: "paperbridge change version",
  });
  let next: Promise<number> | null = null;
  let inFlight: Promise<number> | null = null;
  const query = async () =>
    Number((await pool.query<{ version: number }>(SQL)).rows[0]?.version ?? 0);
  return {
    // Requests that arrive while a read is out share the one after it, which starts after they
    // arrived: every request sees a version at least as new as the last commit before it.
    read() {
      if (!inFlight) {
        inFlight = query().finally(() => (inFlight = null));
        return inFlight;
      }
      next ??= inFlight
        .catch(() => 0)
        .then(() => {
          next = null;
          inFlight = query().finally(() => (inFlight = null));
          return inFlight;
        });
      return next;
    },
    async identity() {
      return String((await pool.query<{ id: string }>(IDENTITY_SQL)).rows[0]?.id ?? "");
    },
    async close() {
      await pool.end();
    },
  };
}

const readers = globalThis as { paperbridgeVersionReaders?: Map<string, ChangeVersionReader> };

/**
 * The change version reader for a database, one per process (the custom server and the app's
 * routes share it through globalThis: the bundler gives them separate module instances).
 */
export function changeVersionReader(url: string): ChangeVersionReader {
  readers.paperbridgeVersionReaders ??= new Map();
  let reader = readers.paperbridgeVersionReaders.get(url);
  if (!reader) {
    reader = dialectOf(url) === "sqlite" ? sqliteReader(url) : postgresReader(url);
    readers.paperbridgeVersionReaders.set(url, reader);
  }
  return reader;
}
