import "server-only";
import { readEnv } from "../config/env.ts";
import { createDb, type Db } from "./create-db.ts";

const cache = globalThis as { paperbridgeDb?: Db };

/** The app's one database client, created from DATABASE_URL on first use. */
export function getDb(): Db {
  cache.paperbridgeDb ??= createDb(readEnv().databaseUrl);
  return cache.paperbridgeDb;
}
