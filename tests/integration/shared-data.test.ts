import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { describeSharedData, SHARED_DATA } from "../support/shared-data.ts";
import { migratedDatabases, sqlite } from "../support/test-databases.ts";

const migrated = migratedDatabases();
const file = (name: string) => path.join(SHARED_DATA, name);

// The one file of ../shared/data that is not paper input: an arXiv API error response.
const ERROR_FEED = "arxiv-api/arxivpy_idlist_abc_http400_error.xml";

describeSharedData("every file of ../shared/data that holds papers loads as it is", () => {
  it("stores every paper of every file; only the API error feed is refused, with arXiv's message", async () => {
    const db = await migrated(sqlite);
    const files = readdirSync(SHARED_DATA, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== "README.md")
      .map((entry) => path.relative(SHARED_DATA, path.join(entry.parentPath, entry.name)))
      .sort();
    expect(files.length).toBe(15);
    for (const name of files) {
      const summary = await ingest(db, { paths: [file(name)] });
      const [outcome] = summary.outcomes;
      if (name === ERROR_FEED) {
        expect(summary.issues.map((i) => i.message)).toEqual([
          "is an arXiv API error: incorrect id format for abc; nothing from it was written",
        ]);
        continue;
      }
      expect([name, summary.issues]).toEqual([name, []]);
      expect([name, outcome!.failed]).toEqual([name, 0]);
      const again = await ingest(db, { paths: [file(name)] });
      expect([name, again.added, again.updated]).toEqual([name, 0, 0]);
    }
  });

  it("a daily crawl that lists papers twice and mixes ACM and MSC classes into the categories loses none of its 430 papers", async () => {
    const db = await migrated(sqlite);
    const summary = await ingest(db, {
      paths: [file("arxiv-2025-08-19.jsonl")],
      date: "2025-08-19",
    });
    expect(summary.issues).toEqual([]);
    expect([summary.outcomes[0]!.records, summary.added, summary.failed]).toEqual([654, 430, 0]);
    expect(summary.notes.map((n) => n.message)).toEqual([
      "224 records repeated an earlier record of this input exactly and were merged into it",
    ]);
    const run = await db.ingestRun.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(run.status).toBe("succeeded");
    expect(run.notes).toEqual([expect.objectContaining({ message: summary.notes[0]!.message })]);

    // The file gives its categories as ["cs.CV", "cs.AI", "I.5.1"] (line 16).
    const mixed = await getPaper(db, { arxivId: "2508.11697" });
    expect(mixed?.categories.every((c) => /^[a-z-]+\.[A-Za-z-]+$/.test(c))).toBe(true);
    expect(mixed?.classes.length).toBeGreaterThan(0);
    expect(mixed?.classes.every((c) => !mixed.categories.includes(c))).toBe(true);
  });

  it("OAI-PMH records and the feedparser capture of two listing feeds load with their days and classes", async () => {
    const db = await migrated(sqlite);
    const oai = await ingest(db, { paths: [file("arxiv-api/oai-pmh")] });
    expect([oai.added, oai.issues]).toEqual([2, []]);
    const record = await getPaper(db, { arxivId: "1305.0014" });
    expect(record).toMatchObject({
      authors: ["S. Gardner", "B. Plaster"],
      categories: ["hep-ph", "hep-lat", "nucl-ex", "nucl-th"],
      publishedAt: "2013-04-30",
    });
    expect((await getPaper(db, { arxivId: "physics/0112006" }))?.comment).toBe("2 pages");

    const feeds = await ingest(db, {
      paths: [file("arxiv-api/rss/rss.arxiv.org_feedparser_cache_2025-08-07.json")],
    });
    expect(feeds.issues).toEqual([]);
    expect(feeds.outcomes[0]!.records).toBe(639);
    expect(feeds.outcomes[0]!.digests).toEqual([{ date: "2025-08-07", change: "created" }]);
    const coughViT = await getPaper(db, { arxivId: "2508.03764" });
    expect(coughViT).toMatchObject({
      arxivVersion: 1,
      authors: ["Justin Luong", "Hao Xue", "Flora D. Salim"],
      digests: ["2025-08-07"],
    });
  });
});
