import { randomUUID } from "node:crypto";
import pg from "pg";
import type { AppliedMigration, MigrationStore } from "./migration-store.ts";

// Same table and advisory lock key that Prisma Migrate uses.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;
const PRISMA_ADVISORY_LOCK = 72707369;

export async function openPostgresStore(url: string): Promise<MigrationStore> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();

  return {
    async exclusive(fn) {
      await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
      try {
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
      }
    },
    async ensureTable() {
      await client.query(CREATE_TABLE);
    },
    async applied(): Promise<AppliedMigration[]> {
      const result = await client.query<AppliedMigration>(
        `SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      );
      return result.rows;
    },
    // Runs under the advisory lock of exclusive(), so no other process can have applied it meanwhile.
    async apply(migration) {
      await client.query("BEGIN");
      try {
        const started = new Date();
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, started],
        );
        await client.query("COMMIT");
        return true;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    async close() {
      await client.end();
    },
  };
}
