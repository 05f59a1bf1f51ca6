import { dialectOfClient } from "../db/dialect.ts";
import { postgresSearch } from "./postgres-search.ts";
import { sqliteSearch } from "./sqlite-search.ts";

/** The search backend for the database behind a client or transaction. */
export function searchBackend(client: object) {
  return dialectOfClient(client) === "sqlite" ? sqliteSearch : postgresSearch;
}
