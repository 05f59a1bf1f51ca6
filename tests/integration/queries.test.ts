import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/create-db.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { getDigest, latestDigestDate } from "../../lib/queries/get-digest.ts";
import { getDigestMonth } from "../../lib/queries/get-digest-month.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { listDigests } from "../../lib/queries/list-digests.ts";
import { sitemapFileCount, sitemapFilePages } from "../../lib/queries/sitemap-pages.ts";
import { syntheticPaper, tempDir, writeDigestFile } from "../support/digest-fixtures.ts";
import { countingDb, type CountingDb } from "../support/counting-db.ts";
import { testDialects } from "../support/test-databases.ts";

describe.each(testDialects())("read side on $dialect", ({ freshUrl }) => {
  let db: Db;
  let countQueries: CountingDb["countQueries"];

  beforeAll(async () => {
    ({ db, countQueries } = await countingDb(await freshUrl()));
    const dir = tempDir();
    writeDigestFile(dir, "2025-07-30", [syntheticPaper(1, "2025-07-30"), syntheticPaper(2, "2025-07-30"), syntheticPaper(3, "2025-07-30")]);
    writeDigestFile(dir, "2025-08-05", Array.from({ length: 30 }, (_, i) => syntheticPaper(100 + i, "2025-08-05")));
    writeDigestFile(dir, "2025-08-19", [syntheticPaper(5, "2025-08-19"), syntheticPaper(2, "2025-07-30")]);
    const summary = await ingest(db, { paths: [dir] });
    expect(summary.issues).toEqual([]);
  });
  afterAll(() => db.$disconnect());

  it("lists digests newest first with paper counts", async () => {
    expect(await listDigests(db)).toEqual([
      { date: "2025-08-19", paperCount: 2 },
      { date: "2025-08-05", paperCount: 30 },
      { date: "2025-07-30", paperCount: 3 },
    ]);
    expect(await latestDigestDate(db)).toBe("2025-08-19");
  });

  it("returns a digest's papers in file order with its neighbours", async () => {
    const digest = await getDigest(db, "2025-08-05");
    expect(digest?.papers.map((p) => p.title)).toEqual(Array.from({ length: 30 }, (_, i) => syntheticPaper(100 + i, "2025-08-05").title));
    expect([digest?.previous, digest?.next]).toEqual(["2025-07-30", "2025-08-19"]);
    expect(digest?.papers[0]?.authors).toEqual(["Author 100 A", "Author 100 B", "Shared Author"]);
    expect(digest?.papers[0]?.links).toEqual({ abs: "https://arxiv.org/abs/2508.90100", pdf: "https://arxiv.org/pdf/2508.90100" });
    expect(await getDigest(db, "2025-08-06")).toBeNull();
  });

  it("finds a paper by id and by arXiv id, with every digest it appeared in", async () => {
    const byArxiv = await getPaper(db, { arxivId: "2507.90002" });
    expect(byArxiv?.digests).toEqual(["2025-08-19", "2025-07-30"]);
    const byId = await getPaper(db, { id: byArxiv!.id });
    expect(byId).toEqual(byArxiv);
    expect(await getPaper(db, { id: 999_999 })).toBeNull();
  });

  it("builds a month of the calendar with links to the nearest months that have digests", async () => {
    expect(await getDigestMonth(db, "2025-08")).toEqual({
      month: "2025-08",
      days: { "2025-08-05": 30, "2025-08-19": 2 },
      previousMonth: "2025-07",
      nextMonth: null,
    });
    expect((await getDigestMonth(db, "2025-03")).nextMonth).toBe("2025-07");
  });

  it("splits the sitemap's pages into files: fixed pages first, then every paper, oldest first", async () => {
    const size = 10;
    const files = await sitemapFileCount(db, size);
    const pages = [];
    for (let file = 1; file <= files; file++) {
      const filePages = await sitemapFilePages(db, file, size);
      expect(filePages.length).toBeGreaterThan(0);
      expect(filePages.length).toBeLessThanOrEqual(size);
      pages.push(...filePages);
    }
    expect(await sitemapFilePages(db, files + 1, size)).toEqual([]);
    const paths = pages.map((p) => p.path);
    const papers = paths.filter((path) => path.startsWith("/papers/"));
    const concepts = await db.concept.count();
    expect(paths.slice(0, 5)).toEqual(["", "/concepts", "/digests/2025-08-19", "/digests/2025-08-05", "/digests/2025-07-30"]);
    expect(paths.length).toBe(5 + concepts + 34);
    expect(files).toBe(Math.ceil(paths.length / size));
    expect(new Set(paths).size).toBe(paths.length);
    expect(papers.slice(0, 3)).toEqual(["/papers/2507.90001", "/papers/2507.90002", "/papers/2507.90003"]);
    expect(pages.filter((p) => p.path.startsWith("/papers/")).every((p) => p.modified instanceof Date)).toBe(true);
  });

  it("issues the same small number of queries for a digest of 3 papers and of 30", async () => {
    const small = await countQueries(() => getDigest(db, "2025-07-30"));
    const large = await countQueries(() => getDigest(db, "2025-08-05"));
    expect(large).toBe(small);
    // One query per relation the paper view reads, the translation's provenance and checks included.
    expect(large).toBeLessThanOrEqual(11);
    const paper = await countQueries(() => getPaper(db, { arxivId: "2508.90100" }));
    expect(paper).toBeLessThanOrEqual(9);
  });
});
