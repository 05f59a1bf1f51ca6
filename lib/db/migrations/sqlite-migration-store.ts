import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sqlitePath } from "../dialect.ts";
import type { AppliedMigration, MigrationStore } from "./migration-store.ts";
import type { MigrationFile } from "./read-migrations.ts";

// Same table Prisma Migrate creates, so `prisma migrate deploy` agrees with it.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function openSqliteStore(url: string): MigrationStore {
  const file = sqlitePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 30_000 });
  // WAL lets readers go on while a writer works; the mode is stored in the file.
  db.pragma("journal_mode = WAL");

  return {
    async exclusive(fn) {
      return fn();
    },
    async ensureTable() {
      db.exec(CREATE_TABLE);
    },
    async applied(): Promise<AppliedMigration[]> {
      return db
        .prepare(`SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`)
        .all() as AppliedMigration[];
    },
    async apply(migration) {
      // Prisma's SQLite migrations rebuild tables (create, copy, drop, rename). With foreign keys
      // on, dropping the old table would cascade-delete child rows, and the pragma cannot change
      // inside a transaction: switch it off around the transaction and check integrity instead.
      db.pragma("foreign_keys = OFF");
      try {
        return applyInTransaction(migration);
      } finally {
        db.pragma("foreign_keys = ON");
      }
    },
    async close() {
      db.close();
    },
  };

  function applyInTransaction(migration: MigrationFile): boolean {
    // IMMEDIATE takes the write lock first, so two starting instances cannot both apply it.
    db.exec("BEGIN IMMEDIATE");
    try {
      const done = db.prepare(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL`).get(migration.name);
      if (done) {
        db.exec("COMMIT");
        return false;
      }
      const started = new Date().toISOString();
      db.exec(migration.sql);
      db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
      ).run(randomUUID(), migration.checksum, new Date().toISOString(), migration.name, started);
      const broken = db.prepare("PRAGMA foreign_key_check").all();
      if (broken.length > 0) throw new Error(`it leaves ${broken.length} rows whose foreign keys point nowhere`);
      db.exec("COMMIT");
      return true;
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
  }
}
