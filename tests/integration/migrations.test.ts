import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { sqlitePath } from "../../lib/db/dialect.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { migrationsDir, readMigrations } from "../../lib/db/migrations/read-migrations.ts";
import { testDialects } from "../support/test-databases.ts";

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  if (url.startsWith("file:")) {
    const db = new Database(sqlitePath(url));
    try {
      const statement = db.prepare(sql);
      if (!statement.reader) {
        statement.run();
        return [];
      }
      return statement.all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.each(testDialects())("migrations on $dialect", ({ dialect, freshUrl }) => {
  it("creates every table and records each migration as Prisma does", async () => {
    const url = await freshUrl();
    const report = await applyMigrations(url);
    const files = readMigrations(migrationsDir(dialect));
    expect(report.applied).toEqual(files.map((f) => f.name));

    const recorded = await query(url, `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(recorded).toEqual(files.map((f) => ({ migration_name: f.name, checksum: f.checksum, applied_steps_count: 1 })));
    const papers = await query(url, `SELECT COUNT(*) AS n FROM "Paper"`);
    expect(Number(papers[0]?.n)).toBe(0);
  });

  it("applies nothing the second time, also when two starts race", async () => {
    const url = await freshUrl();
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect(a.applied.length + b.applied.length).toBe(readMigrations(migrationsDir(dialect)).length);
    const again = await applyMigrations(url);
    expect(again.applied).toEqual([]);
    const rows = await query(url, `SELECT COUNT(*) AS n FROM "_prisma_migrations"`);
    expect(Number(rows[0]?.n)).toBe(readMigrations(migrationsDir(dialect)).length);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const url = await freshUrl();
    await applyMigrations(url);
    await query(url, `UPDATE "_prisma_migrations" SET checksum = 'edited'`);
    await expect(applyMigrations(url)).rejects.toThrow(/was changed after it was applied/);
  });
});

describe.each(testDialects())("a migration that rebuilds a table on $dialect", ({ dialect, freshUrl }) => {
  it("keeps the rows of child tables", async () => {
    const url = await freshUrl();
    const [first] = readMigrations(migrationsDir(dialect));
    // Bring the database to the first migration only, as an older release would have left it.
    const dir = await import("node:fs").then((fs) => fs.mkdtempSync(path.join(os.tmpdir(), "pb-migrations-")));
    const target = path.join(dir, "prisma", dialect === "sqlite" ? "migrations" : path.join("postgresql", "migrations"), first!.name);
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, "migration.sql"), first!.sql);
    await applyMigrations(url, dir);
    await query(url, `INSERT INTO "Paper" ("title", "titleKey", "abstractEn", "contentHash", "englishHash", "updatedAt") VALUES ('T', 't', 'A', 'h', 'e', CURRENT_TIMESTAMP)`);
    await query(url, `INSERT INTO "Concept" ("slug", "nameEn", "nameKo") VALUES ('lora', 'LoRA', 'LoRA')`);
    await query(url, `INSERT INTO "PaperConcept" ("paperId", "conceptId", "score", "method", "evidence") VALUES (1, 1, 1.0, 'lexical', '[]')`);

    await applyMigrations(url);
    expect(await query(url, `SELECT "paperId", "conceptId", "method" FROM "PaperConcept"`)).toEqual([{ paperId: 1, conceptId: 1, method: "lexical" }]);
  });
});
