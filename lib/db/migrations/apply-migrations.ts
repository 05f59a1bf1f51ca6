import { dialectOf } from "../dialect.ts";
import type { MigrationStore } from "./migration-store.ts";
import { openPostgresStore } from "./postgres-migration-store.ts";
import { migrationsDir, readMigrations } from "./read-migrations.ts";
import { openSqliteStore } from "./sqlite-migration-store.ts";

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
  /** Recorded in the database but absent here: a newer release migrated it. */
  unknown: string[];
}

export async function applyMigrations(url: string, root = process.cwd()): Promise<MigrationReport> {
  const dialect = dialectOf(url);
  const migrations = readMigrations(migrationsDir(dialect, root));
  if (migrations.length === 0) throw new Error(`no migrations found in ${migrationsDir(dialect, root)}`);
  const store: MigrationStore = dialect === "sqlite" ? openSqliteStore(url) : await openPostgresStore(url);
  try {
    return await store.exclusive(async () => {
      await store.ensureTable();
      const applied = new Map((await store.applied()).map((m) => [m.name, m.checksum]));
      for (const migration of migrations) {
        const checksum = applied.get(migration.name);
        if (checksum !== undefined && checksum !== migration.checksum) {
          throw new Error(`migration ${migration.name} was changed after it was applied (checksum differs); restore it and write a new migration instead`);
        }
      }
      const pending = migrations.filter((m) => !applied.has(m.name));
      const appliedNow: string[] = [];
      for (const migration of pending) {
        try {
          if (await store.apply(migration)) appliedNow.push(migration.name);
        } catch (error) {
          throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`);
        }
      }
      const known = new Set(migrations.map((m) => m.name));
      return {
        applied: appliedNow,
        alreadyApplied: migrations.length - appliedNow.length,
        unknown: [...applied.keys()].filter((name) => !known.has(name)),
      };
    });
  } finally {
    await store.close();
  }
}
