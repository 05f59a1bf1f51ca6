import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
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
