import { readFileSync } from "node:fs";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrationsDir, readMigrations } from "../../lib/db/migrations/read-migrations.ts";
import { POSTGRES_MIGRATED_SCHEMA_PATH, POSTGRES_SCHEMA_PATH, postgresSchemaFrom, readSchema } from "../../scripts/lib/postgres-schema.ts";
import { datamodelTarget, diffScript, loadSchemaEngine, migrationsTarget } from "../../scripts/lib/schema-engine.ts";
import { sqliteShadowFactory } from "../../scripts/lib/sqlite-shadow-factory.ts";

// CI fails here when prisma/schema.prisma and what is derived from it drift apart.
describe("one schema, its copies and its migrations", () => {
  it("the PostgreSQL schema is generated from prisma/schema.prisma (npm run db:schema)", () => {
    expect(readFileSync(POSTGRES_SCHEMA_PATH, "utf8")).toBe(postgresSchemaFrom(readSchema()));
  });

  it("the SQLite migrations produce exactly prisma/schema.prisma (npm run db:diff)", async () => {
    const schema = readSchema();
    const engine = await loadSchemaEngine(schema, sqliteShadowFactory(new PrismaBetterSqlite3({ url: ":memory:" })));
    const dir = migrationsDir("sqlite");
    const pending = await diffScript(engine, migrationsTarget(dir, readMigrations(dir), "sqlite"), datamodelTarget(schema));
    expect(pending).toBe("");
  });

  it("the PostgreSQL migrations were written from the current schema", () => {
    expect(readFileSync(POSTGRES_MIGRATED_SCHEMA_PATH, "utf8")).toBe(readFileSync(POSTGRES_SCHEMA_PATH, "utf8"));
  });

  it("both databases have the same migrations", () => {
    const names = (dialect: "sqlite" | "postgresql") => readMigrations(migrationsDir(dialect)).map((m) => m.name);
    expect(names("postgresql")).toEqual(names("sqlite"));
    expect(names("sqlite").length).toBeGreaterThan(0);
  });
});
