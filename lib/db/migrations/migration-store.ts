import type { MigrationFile } from "./read-migrations.ts";

export interface AppliedMigration {
  name: string;
  checksum: string;
}

/** One database's view of Prisma's _prisma_migrations table. */
export interface MigrationStore {
  /** Runs `fn` while holding a lock that other starting instances wait for. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  ensureTable(): Promise<void>;
  applied(): Promise<AppliedMigration[]>;
  /** Runs the migration's SQL and records it, in one transaction; false when another process already had. */
  apply(migration: MigrationFile): Promise<boolean>;
  close(): Promise<void>;
}
