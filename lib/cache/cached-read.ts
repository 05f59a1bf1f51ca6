import { readEnv } from "../config/env.ts";
import { changeVersionReader } from "../db/change-version.ts";
import { VersionedCache } from "./versioned-cache.ts";

// What pages and the API read of the database, kept while its change version stays the same: a
// paper's page in Korean, in English and its API answer read the paper once. Values are shared
// between requests, so nothing that receives one may change it.

const values = new VersionedCache<unknown>({
  // Small: most pages come from the page store (lib/http/page-store.ts) without a read.
  maxBytes: 8 * 1024 * 1024,
  // As JSON, about what the value holds; measured once, when it is kept.
  sizeOf: (value) => (JSON.stringify(value) ?? "").length * 2,
});

/** `read()`, or what it gave under the database's current change version for the same `key`. */
export async function cachedRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  const version = await changeVersionReader(readEnv().databaseUrl).read();
  return values.get(key, version, read) as Promise<T>;
}
