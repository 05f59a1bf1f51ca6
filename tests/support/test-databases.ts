import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, inject } from "vitest";
import { createDb, type Db } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { createDatabase } from "../../scripts/lib/postgres-cluster.ts";
import type { Dialect } from "../../lib/db/dialect.ts";

export interface TestDialect {
  dialect: Dialect;
  /** A fresh, empty database: a SQLite file in a temp dir or a new PostgreSQL database. */
  freshUrl(): Promise<string>;
}

export const sqlite: TestDialect = {
  dialect: "sqlite",
  async freshUrl() {
    return `file:${path.join(mkdtempSync(path.join(os.tmpdir(), "paperbridge-test-")), "test.db")}`;
  },
};

/** The databases integration suites run on: SQLite always, PostgreSQL where a server could start. */
export function testDialects(): TestDialect[] {
  const adminUrl = inject("pgAdminUrl");
  if (!adminUrl) return [sqlite];
  return [sqlite, { dialect: "postgresql", freshUrl: () => createDatabase(adminUrl, `test_${randomUUID().replace(/-/g, "")}`) }];
}

/**
 * For a test file: a function giving a fresh, migrated database of a dialect; every database it
 * gave is disconnected after each test.
 */
export function migratedDatabases(): (dialect: TestDialect) => Promise<Db> {
  const open: Db[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.$disconnect()));
  });
  return async ({ freshUrl }) => {
    const url = await freshUrl();
    await applyMigrations(url);
    const db = createDb(url);
    open.push(db);
    return db;
  };
}
