import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/create-db.ts";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { listDigests } from "../../lib/queries/list-digests.ts";
import { syntheticPaper, tempDir, writeDigestFile, type FixturePaper } from "../support/digest-fixtures.ts";
import { testDialects } from "../support/test-databases.ts";

const open: Db[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.$disconnect()));
});

async function freshDb(freshUrl: () => Promise<string>, options: Parameters<typeof createDb>[1] = {}): Promise<{ db: Db; url: string }> {
  const url = await freshUrl();
  await applyMigrations(url);
  const db = createDb(url, options);
  open.push(db);
  return { db, url };
}

const lora: FixturePaper = {
  arxivId: "2506.07621v1",
  title: "LoRMA: Low-Rank Multiplicative Adaptation for LLMs",
  titleKo: "LoRMA: LLM을 위한 저랭크 곱셈 적응",
  authors: ["Harsh Bihany", "Shubham Patel", "Ashutosh Modi"],
  categories: ["cs.CL", "cs.LG"],
  abstractEn: "Large Language Models have shown remarkable capabilities.\nLoRA is additive.\n\nWe propose LoRMA.",
  abstractKo: "대규모 언어 모델(LLM)은 놀라운 능력을 보여 주었다. LoRA는 덧셈 방식이다.\n\n우리는 LoRMA를 제안한다.",
  translation: { method: "manual", by: "PaperBridge" },
};

describe.each(testDialects())("ingesting digest files on $dialect", ({ freshUrl }) => {
  it("loads the shipped sample content: every digest, every paper, in Korean too", async () => {
    const { db } = await freshDb(freshUrl);
    const summary = await ingest(db, { paths: [path.join("content", "digests")] });
    expect(summary.issues).toEqual([]);
    const digests = await listDigests(db);
    expect(digests.length).toBeGreaterThanOrEqual(7);
    expect(summary.added).toBeGreaterThanOrEqual(35);
    expect(digests.reduce((n, d) => n + d.paperCount, 0)).toBe(summary.added);
    expect(await db.paper.count({ where: { OR: [{ titleKo: null }, { abstractKo: null }] } })).toBe(0);
  });

  it("is idempotent: a second run changes nothing and says so", async () => {
    const { db } = await freshDb(freshUrl);
    const dir = tempDir();
    writeDigestFile(dir, "2025-06-10", [lora, syntheticPaper(1, "2025-06-10")]);
    const first = await ingest(db, { paths: [dir] });
    expect([first.added, first.updated, first.unchanged, first.digestsChanged]).toEqual([2, 0, 0, 1]);
    const before = await db.paper.findMany({ orderBy: { id: "asc" } });
    const second = await ingest(db, { paths: [dir] });
    expect([second.added, second.updated, second.unchanged, second.digestsChanged]).toEqual([0, 0, 2, 0]);
    expect(await db.paper.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    const runs = await db.ingestRun.findMany({ orderBy: { id: "asc" } });
    expect(runs.map((r) => [r.status, r.added, r.unchanged])).toEqual([["succeeded", 2, 0], ["succeeded", 0, 2]]);
  });

  it("stores text NFC-normalised with versions split off the arXiv id", async () => {
    const { db } = await freshDb(freshUrl);
    const dir = tempDir();
    writeDigestFile(dir, "2025-06-10", [{ ...lora, titleKo: lora.titleKo!.normalize("NFD"), abstractKo: lora.abstractKo!.normalize("NFD") }]);
    await ingest(db, { paths: [dir] });
    const paper = await getPaper(db, { arxivId: "2506.07621" });
    expect(paper?.titleKo).toBe("LoRMA: LLM을 위한 저랭크 곱셈 적응");
    expect(paper?.abstractKo?.startsWith("대규모 언어 모델(LLM)은")).toBe(true);
    expect(paper?.abstractEn).toBe("Large Language Models have shown remarkable capabilities. LoRA is additive.\n\nWe propose LoRMA.");
    expect(paper?.arxivVersion).toBe(1);
    expect(paper?.authors).toEqual(lora.authors);
    expect(paper?.translation).toEqual({ method: "manual", by: "PaperBridge", stale: false, machine: null, checks: expect.any(Array), tldrKo: null });
  });

  it("marks the Korean translation stale when only the English changed", async () => {
    const { db } = await freshDb(freshUrl);
    const dir = tempDir();
    writeDigestFile(dir, "2025-06-10", [lora]);
    await ingest(db, { paths: [dir] });
    writeDigestFile(dir, "2025-06-10", [{ ...lora, arxivId: "2506.07621v2", abstractEn: `${lora.abstractEn} Code is released.` }]);
    const update = await ingest(db, { paths: [dir] });
    expect(update.updated).toBe(1);
    const stale = await getPaper(db, { arxivId: "2506.07621" });
    expect(stale?.arxivVersion).toBe(2);
    expect(stale?.translation?.stale).toBe(true);

    writeDigestFile(dir, "2025-06-10", [
      { ...lora, arxivId: "2506.07621v2", abstractEn: `${lora.abstractEn} Code is released.`, abstractKo: `${lora.abstractKo} 코드를 공개한다.` },
    ]);
    await ingest(db, { paths: [dir] });
    expect((await getPaper(db, { arxivId: "2506.07621" }))?.translation?.stale).toBe(false);
  });

  it("never lets an older arXiv version overwrite a newer one", async () => {
    const { db } = await freshDb(freshUrl);
    const dir = tempDir();
    writeDigestFile(dir, "2025-06-10", [{ ...lora, arxivId: "2506.07621v3", title: "LoRMA v3" }]);
    await ingest(db, { paths: [dir] });
    writeDigestFile(dir, "2025-06-11", [{ ...lora, arxivId: "2506.07621v1" }]);
    const summary = await ingest(db, { paths: [dir] });
    expect(summary.unchanged).toBe(2);
    expect((await getPaper(db, { arxivId: "2506.07621" }))?.title).toBe("LoRMA v3");
    expect((await getPaper(db, { arxivId: "2506.07621" }))?.digests).toEqual(["2025-06-11", "2025-06-10"]);
  });

  it("rejects a bad file whole, naming file, line, paper and field, and keeps what was stored", async () => {
    const { db } = await freshDb(freshUrl);
    const dir = tempDir();
    const good = writeDigestFile(dir, "2025-06-10", [lora]);
    await ingest(db, { paths: [good] });
    const badDir = tempDir();
    const bad = writeDigestFile(badDir, "2025-06-11", [
      syntheticPaper(7, "2025-06-11"),
      { ...lora, title: "Changed title that must not land" },
      { ...syntheticPaper(8, "2025-06-11"), authors: [] },
    ]);
    const summary = await ingest(db, { paths: [badDir] });
    expect(summary.failed).toBe(3);
    expect(summary.issues).toHaveLength(1);
    expect(summary.issues[0]).toMatchObject({ file: bad, record: expect.stringContaining("paper 3"), field: "authors", message: "must name at least one author" });
    expect(summary.issues[0]?.line).toBeGreaterThan(10);
    expect(await db.paper.count()).toBe(1);
    expect((await getPaper(db, { arxivId: "2506.07621" }))?.title).toBe(lora.title);
    expect(await db.digest.count()).toBe(1);
    const run = await db.ingestRun.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(run.status).toBe("failed");
    expect(JSON.stringify(run.errors)).toContain("must name at least one author");
  });

  it("rolls the whole file back when the database fails half-way", async () => {
    let failOnEntries = false;
    const { db } = await freshDb(freshUrl, {
      onQuery(sql) {
        if (failOnEntries && sql.includes("DigestEntry") && /^\s*INSERT/i.test(sql)) throw new Error("disk full (simulated)");
      },
    });
    const dir = tempDir();
    writeDigestFile(dir, "2025-06-12", [syntheticPaper(1, "2025-06-12"), syntheticPaper(2, "2025-06-12")]);
    failOnEntries = true;
    const summary = await ingest(db, { paths: [dir] });
    expect(summary.issues[0]?.message).toMatch(/nothing from it was written.*disk full/);
    failOnEntries = false;
    expect(await db.paper.count()).toBe(0);
    expect(await db.author.count()).toBe(0);
    expect(await db.digest.count()).toBe(0);
  });

  it("--dry-run reports exact counts and writes no paper", async () => {
    const { db } = await freshDb(freshUrl);
    const dir = tempDir();
    writeDigestFile(dir, "2025-06-10", [lora, syntheticPaper(3, "2025-06-10")]);
    const dry = await ingest(db, { paths: [dir], dryRun: true });
    expect([dry.added, dry.digestsChanged]).toEqual([2, 1]);
    expect(await db.paper.count()).toBe(0);
    expect(await db.digest.count()).toBe(0);
    expect((await db.ingestRun.findFirstOrThrow()).dryRun).toBe(true);
  });

  it("reports a file that is not UTF-8 or not YAML, and a path that does not exist", async () => {
    const { db } = await freshDb(freshUrl);
    const dir = tempDir();
    writeFileSync(path.join(dir, "latin1.yaml"), Buffer.from([0x64, 0x61, 0x74, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
    writeFileSync(path.join(dir, "broken.yaml"), "date: 2025-06-10\n---\ntitle: [unclosed\n");
    const summary = await ingest(db, { paths: [dir, path.join(dir, "missing")] });
    const messages = summary.issues.map((i) => `${path.basename(i.file)}: ${i.message}`);
    expect(messages.some((m) => m.startsWith("latin1.yaml: is not valid UTF-8 text"))).toBe(true);
    expect(messages.some((m) => m.startsWith("broken.yaml: is not valid YAML"))).toBe(true);
    expect(messages).toContain("missing: no such file or folder");
    expect(await db.paper.count()).toBe(0);
  });
});
