import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { dialectOf, sqlitePath } from "./dialect.ts";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.ts";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { observedAdapterFactory, type QueryListener } from "./observed-adapter.ts";

export type { Prisma } from "./generated/sqlite/client.ts";

/**
 * Both generated clients come from one schema and expose the same API; the SQLite client's type
 * stands for both so that lib/ code is written once.
 */
export type Db = SqliteClient;

// Prisma's SQLite adapter opens the file without these; foreign keys are off by default in SQLite.
const SQLITE_SETUP = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;";

export function createDb(url: string, options: { onQuery?: QueryListener } = {}): Db {
  if (dialectOf(url) === "sqlite") {
    const factory = new PrismaBetterSqlite3({ url: sqlitePath(url), timeout: 30_000 });
    return new SqliteClient({ adapter: observedAdapterFactory(factory, { setup: SQLITE_SETUP, onQuery: options.onQuery }) });
  }
  const factory = new PrismaPg({ connectionString: url, max: 10 });
  const client = new PostgresClient({ adapter: observedAdapterFactory(factory, { onQuery: options.onQuery }) });
  return client as unknown as Db;
}
