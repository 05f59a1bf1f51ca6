import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { tempDir } from "../support/digest-fixtures.ts";
import { migratedDatabases, testDialects } from "../support/test-databases.ts";

const migrated = migratedDatabases();

const row = (id: string, more: Record<string, unknown> = {}) =>
  JSON.stringify({
    arxiv_id: id,
    title: `Paper ${id.replace(/v\d+$/, "")}`,
    authors: ["A. Author"],
    categories: ["cs.CL"],
    abstract: `About ${id}.`,
    date: "2025-02-03",
    ...more,
  });

function write(lines: string[]): string {
  const file = path.join(tempDir(), "listing.jsonl");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

describe.each(testDialects())(
  "records that repeat a paper within one input, on $dialect",
  (dialect) => {
    it("merge when identical, keep the first when they conflict, and report each conflict with what differs", async () => {
      const db = await migrated(dialect);
      const file = write([
        row("2502.00001"),
        row("2502.00002"),
        row("2502.00001"),
        row("2502.00002", { title: "Another title" }),
        row("2502.00001"),
      ]);
      const summary = await ingest(db, { paths: [file] });
      expect([summary.added, summary.failed, summary.issues]).toEqual([2, 0, []]);
      expect(summary.notes.map((n) => `${n.line ?? "-"} ${n.record ?? ""}: ${n.message}`)).toEqual([
        "- : 2 records repeated an earlier record of this input exactly and were merged into it",
        "4 record 4 (2502.00002): repeats record 2 of this input with a different title; record 2 was kept",
      ]);
      expect((await getPaper(db, { arxivId: "2502.00002" }))?.title).toBe("Paper 2502.00002");
      expect((await db.ingestRun.findFirstOrThrow()).status).toBe("succeeded");

      const again = await ingest(db, { paths: [file] });
      expect([again.added, again.updated, again.unchanged]).toEqual([0, 0, 2]);
    });

    it("a later, newer version replaces the earlier one, inside one batch of the store and across batches", async () => {
      const db = await migrated(dialect);
      // 600 papers lie between the two versions of 2502.00900, so the first is stored before the second is read.
      const filler = Array.from({ length: 600 }, (_, i) =>
        row(`2502.1${String(i).padStart(4, "0")}`),
      );
      const file = write([
        row("2502.00800v1"),
        row("2502.00800v2", { abstract: "Revised." }),
        row("2502.00900v1"),
        ...filler,
        row("2502.00900v3", { abstract: "Third version." }),
      ]);
      const summary = await ingest(db, { paths: [file] });
      expect(summary.issues).toEqual([]);
      expect(summary.notes.map((n) => n.message)).toEqual([
        "repeats record 1 of this input with a different version, abstract; this newer version was kept",
        "repeats record 3 of this input with a different version, abstract; this newer version was kept",
      ]);
      expect(await getPaper(db, { arxivId: "2502.00800" })).toMatchObject({
        arxivVersion: 2,
        abstractEn: "Revised.",
      });
      expect(await getPaper(db, { arxivId: "2502.00900" })).toMatchObject({
        arxivVersion: 3,
        abstractEn: "Third version.",
        digests: ["2025-02-03"],
      });
      expect(await db.paper.count()).toBe(602);

      const again = await ingest(db, { paths: [file] });
      expect([again.added, again.updated]).toEqual([0, 0]);
    });
  },
);

describe.each(testDialects())(
  "a listing that knows less than the stored paper, on $dialect",
  (dialect) => {
    it("keeps the categories, version and comment it does not give, and adds its upvotes and links", async () => {
      const db = await migrated(dialect);
      await ingest(db, {
        paths: [
          write([row("2502.00001v2", { categories: ["cs.CL", "I.2.7"], comment: "12 pages" })]),
        ],
      });
      const hf = write([
        JSON.stringify({
          arxiv_id: "2502.00001",
          title: "Paper 2502.00001",
          authors: ["A. Author"],
          abstract: "About 2502.00001v2.",
          upvotes: 41,
          github_repo: "https://github.com/a/b",
        }),
      ]);
      expect((await ingest(db, { paths: [hf] })).updated).toBe(1);
      expect(await getPaper(db, { arxivId: "2502.00001" })).toMatchObject({
        arxivVersion: 2,
        categories: ["cs.CL"],
        classes: ["I.2.7"],
        comment: "12 pages",
        codeUrl: "https://github.com/a/b",
        huggingFace: { url: "https://huggingface.co/papers/2502.00001", upvotes: 41 },
      });
      expect((await ingest(db, { paths: [hf] })).unchanged).toBe(1);
    });
  },
);
