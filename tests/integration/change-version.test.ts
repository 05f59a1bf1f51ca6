import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/create-db.ts";
import { dialectOfClient } from "../../lib/db/dialect.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { migratedDatabases, testDialects } from "../support/test-databases.ts";

// What readers cache is kept while the change version stays the same (lib/cache), so every table
// whose rows reach a page or the API must move it on. Tables readers never see are named here.
const UNSEEN = new Set([
  "ChangeVersion",
  "TranslationRun",
  "_prisma_migrations",
  // The search index is rebuilt from Paper, whose writes move the version already.
  "paper_search",
  "paper_search_meta",
]);

async function tables(db: Db): Promise<{ tables: string[]; watched: Set<string> }> {
  if (dialectOfClient(db) === "sqlite") {
    const rows = await db.$queryRawUnsafe<{ name: string; type: string; tbl_name: string }[]>(
      `SELECT name, type, tbl_name FROM sqlite_master WHERE type IN ('table', 'trigger')`,
    );
    const names = rows.filter((r) => r.type === "table").map((r) => r.name);
    return {
      // FTS5 keeps its data in shadow tables named after the index.
      tables: names.filter((n) => !n.startsWith("sqlite_") && !/^paper_search_/.test(n)),
      watched: new Set(rows.filter((r) => r.type === "trigger").map((r) => r.tbl_name)),
    };
  }
  const names = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`,
  );
  const triggers = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT DISTINCT c.relname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal`,
  );
  return { tables: names.map((r) => r.name), watched: new Set(triggers.map((r) => r.name)) };
}

const version = async (db: Db) =>
  (await db.changeVersion.findUniqueOrThrow({ where: { id: 1 } })).version;

describe.each(testDialects())("the change version on $dialect", (dialect) => {
  const database = migratedDatabases();

  it("is moved on by writes to every table readers see", async () => {
    const db = await database(dialect);
    const { tables: all, watched } = await tables(db);
    expect(all).toContain("PaperTranslation");
    const unwatched = all.filter((name) => !watched.has(name) && !UNSEEN.has(name));
    expect(unwatched).toEqual([]);
  });

  it("moves on when a paper's translation, its checks or its TL;DR change", async () => {
    const db = await database(dialect);
    const digest = path.join("content", "digests", "2025-08-19.yaml");
    const summary = await ingest(db, { paths: [digest] });
    expect(summary.issues).toEqual([]);
    const paper = await db.paper.findFirstOrThrow({ select: { id: true } });
    const where = { paperId: paper.id };
    const moves = async (write: () => Promise<unknown>) => {
      const before = await version(db);
      await write();
      return (await version(db)) - before;
    };
    expect(
      await moves(() =>
        db.paperTranslation.upsert({
          where,
          create: { ...where, checks: [], checkedHash: "a" },
          update: { checks: [], checkedHash: "a" },
        }),
      ),
    ).toBeGreaterThan(0);
    expect(
      await moves(() =>
        db.paperTranslation.update({
          where,
          data: { tldrKo: "이 논문은 LoRA를 4비트 모델에 적용한다.", checkedHash: "b" },
        }),
      ),
    ).toBeGreaterThan(0);
    expect(await moves(() => db.paperTranslation.delete({ where }))).toBeGreaterThan(0);
    expect(
      await moves(() =>
        db.paperTranslation.create({ data: { ...where, checks: [], checkedHash: "c" } }),
      ),
    ).toBeGreaterThan(0);
  });
});
