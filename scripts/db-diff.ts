// npm run db:diff -- --name <name>: writes the next migration for SQLite and PostgreSQL from a
// change to prisma/schema.prisma, using Prisma's own schema engine (as WebAssembly).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { migrationsDir, readMigrations } from "../lib/db/migrations/read-migrations.ts";
import { startPostgresCluster } from "./lib/postgres-cluster.ts";
import { POSTGRES_MIGRATED_SCHEMA_PATH, POSTGRES_SCHEMA_PATH, postgresSchemaFrom, readSchema } from "./lib/postgres-schema.ts";
import { datamodelTarget, diffScript, loadSchemaEngine, migrationsTarget } from "./lib/schema-engine.ts";
import { sqliteShadowFactory } from "./lib/sqlite-shadow-factory.ts";

const { values } = parseArgs({ options: { name: { type: "string" } } });
const name = values.name?.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:diff -- --name <what_changed>");
  process.exit(2);
}

const schema = readSchema();
const pgSchema = postgresSchemaFrom(schema);

// SQLite: replay the migration history on an in-memory shadow database and diff it with the schema.
const sqliteDir = migrationsDir("sqlite");
const sqliteEngine = await loadSchemaEngine(schema, sqliteShadowFactory(new PrismaBetterSqlite3({ url: ":memory:" })));
const sqliteHistory = readMigrations(sqliteDir);
const sqliteFrom = sqliteHistory.length > 0 ? migrationsTarget(sqliteDir, sqliteHistory, "sqlite") : ({ tag: "empty" } as const);
const sqliteSql = await diffScript(sqliteEngine, sqliteFrom, datamodelTarget(schema));

// PostgreSQL: the engine cannot introspect through the pg adapter, so diff the schema as of the
// last migration against the current one. The engine still needs a live connection to start.
const started = await startPostgresCluster();
if ("skipped" in started) {
  console.error(`cannot write the PostgreSQL migration: ${started.skipped}`);
  process.exit(1);
}
let pgSql: string;
try {
  const url = await started.cluster.createDatabase("paperbridge_diff");
  const pgEngine = await loadSchemaEngine(pgSchema, new PrismaPg({ connectionString: url }) as SqlMigrationAwareDriverAdapterFactory);
  const from = existsSync(POSTGRES_MIGRATED_SCHEMA_PATH) ? datamodelTarget(readFileSync(POSTGRES_MIGRATED_SCHEMA_PATH, "utf8")) : ({ tag: "empty" } as const);
  pgSql = await diffScript(pgEngine, from, datamodelTarget(pgSchema));
} finally {
  started.cluster.stop();
}

if (!sqliteSql && !pgSql) {
  console.log("No schema changes: prisma/schema.prisma matches the migrations.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
for (const [dir, sql, provider] of [[sqliteDir, sqliteSql, "sqlite"], [migrationsDir("postgresql"), pgSql, "postgresql"]] as const) {
  mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, folder, "migration.sql"), sql || "-- This change needs no SQL on this database.\n");
  writeFileSync(path.join(dir, "migration_lock.toml"), `# Written by npm run db:diff\nprovider = "${provider}"\n`);
  console.log(`wrote ${path.relative(process.cwd(), path.join(dir, folder, "migration.sql"))}`);
}
writeFileSync(POSTGRES_SCHEMA_PATH, pgSchema);
writeFileSync(POSTGRES_MIGRATED_SCHEMA_PATH, pgSchema);
