import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { getDigest } from "../../lib/queries/get-digest.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { tempDir } from "../support/digest-fixtures.ts";
import { migratedDatabases, testDialects } from "../support/test-databases.ts";

const fixture = (name: string) => path.join("tests", "fixtures", "sources", name);
const migrated = migratedDatabases();

describe.each(testDialects())("ingesting real sources on $dialect", (dialect) => {
  const freshDb = () => migrated(dialect);

  it("detects every format and groups papers into the digest of their day", async () => {
    const db = await freshDb();
    const summary = await ingest(db, {
      paths: [fixture("arxiv-api-query-10.xml"), fixture("arxiv-rss-cs.SD+eess.AS-2025-08-07.xml"), fixture("hf-daily_papers_2025-10-10.json"), fixture("arxiv-csCL-listing.jsonl"), fixture("translations.csv")],
    });
    expect(summary.issues).toEqual([]);
    expect(summary.added).toBe(10 + 11 + 46 + 5 + 2);
    expect((await getDigest(db, "2025-08-07"))?.papers).toHaveLength(11);
    expect((await getDigest(db, "2025-10-10"))?.papers[0]?.title).toBe("Agent Learning via Early Experience");
    expect((await getPaper(db, { arxivId: "2510.08558" }))?.publishedAt).toBe("2025-10-09");
    expect((await getDigest(db, "2025-04-15"))?.papers).toHaveLength(5);
    expect((await getDigest(db, "2022-02-24"))?.papers[0]?.arxivId).toBe("2202.12139");
    const run = await db.ingestRun.findFirstOrThrow();
    expect(run).toMatchObject({ status: "succeeded", format: "arxiv,rss,hf,jsonl,csv", added: 74 });

    const again = await ingest(db, { paths: [fixture("arxiv-api-query-10.xml"), fixture("arxiv-rss-cs.SD+eess.AS-2025-08-07.xml"), fixture("hf-daily_papers_2025-10-10.json")] });
    expect([again.added, again.updated, again.unchanged, again.digestsChanged]).toEqual([0, 0, 67, 0]);
  });

  it("--date puts every record of the run into one digest, after the papers already there", async () => {
    const db = await freshDb();
    await ingest(db, { paths: [fixture("arxiv-api-2104.12255v1.xml")], date: "2025-01-02" });
    await ingest(db, { paths: [fixture("arxiv-api-legacy-1111.2011v2.xml")], date: "2025-01-02" });
    expect((await getDigest(db, "2025-01-02"))?.papers.map((p) => p.arxivId)).toEqual(["2104.12255", "1111.2011"]);
  });

  it("a blog post's papers without ids merge into the arXiv records that come later, keeping their Korean", async () => {
    const db = await freshDb();
    const post = await ingest(db, { paths: [fixture("korean-digest-post-2025-08-19.txt")] });
    expect(post.added).toBe(2);
    const before = (await getDigest(db, "2025-08-19"))!.papers[0]!;
    expect([before.arxivId, before.titleKo]).toEqual([null, null]);
    expect(before.abstractKo).toMatch(/^LLM 기반 멀티 에이전트 시스템은/);

    const arxiv = await ingest(db, { paths: [fixture("arxiv-daily-crawl-2025-08-19.jsonl")], date: "2025-08-19" });
    expect(arxiv.issues).toEqual([]);
    const merged = await getPaper(db, { arxivId: "2508.11733" });
    expect(merged?.id).toBe(before.id);
    expect(merged?.abstractKo).toBe(before.abstractKo);
    expect(merged?.translation?.stale).toBe(true);
    expect(merged?.abstractEn).toMatch(/0-extension clustering/);
    expect((await getDigest(db, "2025-08-19"))?.papers.filter((p) => p.id === before.id)).toHaveLength(1);
  });

  it("a blog's Korean never replaces an existing translation", async () => {
    const db = await freshDb();
    await ingest(db, { paths: [path.join("content", "digests", "2025-08-19.yaml")] });
    const stored = await getPaper(db, { arxivId: "2508.11758" });
    const post = await ingest(db, { paths: [fixture("korean-digest-post-2025-08-19.txt")] });
    expect(post.issues).toEqual([]);
    expect((await getPaper(db, { arxivId: "2508.11758" }))?.abstractKo).toBe(stored?.abstractKo);
  });

  it("stores hostile text as text: HTML, control characters, decomposed Hangul", async () => {
    const db = await freshDb();
    const dir = tempDir();
    const file = path.join(dir, "hostile.jsonl");
    writeFileSync(
      file,
      `${JSON.stringify({
        arxiv_id: "2501.00001",
        title: "<script>alert('x')</script> Attention\u0007 Sinks",
        authors: ["A. Author"],
        abstract: "We show <img src=x onerror=alert(1)> that $O(n^2)$ holds.",
        title_ko: "어텐션 싱크".normalize("NFD"),
        abstract_ko: "우리는 $O(n^2)$가 성립함을 보인다.".normalize("NFD"),
        date: "2025-01-03",
      })}\n`,
    );
    expect((await ingest(db, { paths: [file] })).issues).toEqual([]);
    const paper = await getPaper(db, { arxivId: "2501.00001" });
    expect(paper?.title).toBe("<script>alert('x')</script> Attention Sinks");
    expect(paper?.abstractEn).toBe("We show <img src=x onerror=alert(1)> that $O(n^2)$ holds.");
    expect(paper?.titleKo).toBe("어텐션 싱크");
    expect(paper?.abstractKo).toBe("우리는 $O(n^2)$가 성립함을 보인다.");
  });

  it("rejects a file with a bad record whole by default, and stores the rest with --skip-invalid", async () => {
    const db = await freshDb();
    const dir = tempDir();
    const file = path.join(dir, "mixed.jsonl");
    const good = (n: number) => JSON.stringify({ arxiv_id: `2501.0000${n}`, title: `Paper ${n}`, authors: ["A"], abstract: "Text.", date: "2025-01-05" });
    writeFileSync(file, [good(1), JSON.stringify({ arxiv_id: "2501.00002", title: "No abstract", authors: ["B"] }), good(1), good(3), `{"title": "${"x".repeat(10)}", "abstract": "${"y".repeat(20_001)}", "authors": ["C"]}`].join("\n"));

    const strict = await ingest(db, { paths: [file] });
    expect(strict.failed).toBe(5);
    expect(strict.issues.map((i) => `${i.line} ${i.record} ${i.field ?? ""}: ${i.message}`)).toEqual([
      "2 record 2 (2501.00002) abstractEn: is required",
      "5 record 5 abstractEn: is longer than 20000 characters",
    ]);
    expect(await db.paper.count()).toBe(0);

    const lenient = await ingest(db, { paths: [file], skipInvalid: true });
    expect([lenient.added, lenient.failed, lenient.issues.length]).toEqual([2, 2, 2]);
    expect((await getDigest(db, "2025-01-05"))?.papers.map((p) => p.arxivId)).toEqual(["2501.00001", "2501.00003"]);
    expect((await db.ingestRun.findFirstOrThrow({ orderBy: { id: "desc" } })).status).toBe("partial");
  });

  it("rejects a 10 MB abstract by field, in a streamed and in a whole-file format", async () => {
    const db = await freshDb();
    const dir = tempDir();
    const huge = "word ".repeat(2 * 1024 * 1024);
    const atom = readFileSync(fixture("arxiv-api-2104.12255v1.xml"), "utf8").replace(/<summary>[\s\S]*?<\/summary>/, `<summary>${huge}</summary>`);
    writeFileSync(path.join(dir, "huge.xml"), atom);
    writeFileSync(path.join(dir, "huge.jsonl"), `${JSON.stringify({ title: "Huge", abstract: huge, authors: ["A"] })}\n`);
    const summary = await ingest(db, { paths: [dir] });
    expect(summary.issues.map((i) => `${path.basename(i.file)} ${i.record} ${i.field ?? "-"}: ${i.message}`)).toEqual([
      "huge.jsonl record 1 -: is longer than 1,000,000 characters",
      "huge.xml entry 1 (2104.12255v1) abstractEn: is longer than 20000 characters",
    ]);
    expect(await db.paper.count()).toBe(0);
  });

  it("refuses a whole-file format above its size limit without reading it", async () => {
    const db = await freshDb();
    const dir = tempDir();
    const big = path.join(dir, "big.xml");
    writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 0x20));
    const summary = await ingest(db, { paths: [big], format: "arxiv" });
    expect(summary.issues[0]?.message).toMatch(/^is 51.0 MB; files of this format may be at most 50.0 MB/);
  });

  it("names files it cannot recognise", async () => {
    const db = await freshDb();
    const dir = tempDir();
    copyFileSync(fixture("translations.csv"), path.join(dir, "data.bin"));
    const summary = await ingest(db, { paths: [path.join(dir, "data.bin")] });
    expect(summary.issues).toEqual([]);
    const unknown = path.join(dir, "notes.dat");
    writeFileSync(unknown, "hello");
    expect((await ingest(db, { paths: [unknown] })).issues[0]?.message).toMatch(/^is in no format PaperBridge recognises/);
  });
});
