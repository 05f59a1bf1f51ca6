import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_RECORD_CHARS, readCsv, readJsonLines } from "./read-bulk.ts";
import type { SourceItem, UnreadableRecord } from "./source-item.ts";

const fixture = (name: string) => `tests/fixtures/sources/${name}`;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const items = (all: (SourceItem | UnreadableRecord)[]) => all.filter((i): i is SourceItem => "fields" in i);

describe("readJsonLines", () => {
  it("maps a daily arXiv crawl's columns", async () => {
    const [first] = items(await collect(readJsonLines(fixture("arxiv-daily-crawl-2025-08-19.jsonl"))));
    expect(first).toMatchObject({ line: 1, label: "record 1 (2508.11706)", date: null });
    expect(first?.fields).toMatchObject({ arxivId: "2508.11706", categories: ["cs.MA", "cs.AI", "cs.LG"], authors: ["Zhuofan Xu", "Benedikt Bollig", "Matthias Függer", "Thomas Nowak", "Vincent Le Dréau"] });
    expect(String(first?.fields.abstractEn)).toMatch(/^The Centralized Training/);
  });

  it("takes a listing's day and puts its primary category first", async () => {
    const [first] = items(await collect(readJsonLines(fixture("arxiv-csCL-listing.jsonl"))));
    expect(first?.date).toBe("2025-04-15");
    expect((first?.fields.categories as string[])[0]).toBe("cs.CL");
  });

  it("reads the Kaggle snapshot's author triples and space-separated categories", async () => {
    const [first] = items(await collect(readJsonLines(fixture("kaggle-arxiv-snapshot.jsonl"))));
    expect(first?.fields.arxivId).toBe("0704.0001");
    expect((first?.fields.authors as string[])[0]).toBe("C. Balázs");
    expect(first?.fields.categories).toEqual(["hep-ph"]);
  });

  it("reports bad lines by number and goes on: invalid JSON, not an object, and an overlong line it never holds whole", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pb-jsonl-"));
    const file = path.join(dir, "bad.jsonl");
    const huge = JSON.stringify({ arxivId: "2501.00001", title: "x", abstract: "y".repeat(MAX_RECORD_CHARS + 10) });
    writeFileSync(file, ['{"arxivId": "2501.00002", "title": "ok"}', "{not json", "[1,2]", "", huge, '{"arxivId": "2501.00003"}'].join("\n"));
    const all = await collect(readJsonLines(file));
    expect(all.map((i) => ("unreadable" in i ? `${i.unreadable.line}: ${i.unreadable.message.split(" (")[0]}` : `${i.line}: ok`))).toEqual([
      "1: ok",
      "2: is not valid JSON",
      "3: must be a JSON object",
      "5: is longer than 1,000,000 characters",
      "6: ok",
    ]);
  });

  it("refuses a file that is not UTF-8", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pb-jsonl-"));
    const file = path.join(dir, "latin1.jsonl");
    writeFileSync(file, Buffer.from('{"title": "Caf\xe9"}\n', "latin1"));
    await expect(collect(readJsonLines(file))).rejects.toThrow(/^is not valid UTF-8 text/);
  });
});

describe("readCsv", () => {
  it("reads Korean columns, ;-separated authors and space-separated categories", async () => {
    const rows = await collect(readCsv(fixture("translations.csv")));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ label: "row 1 (2508.11706)", date: "2025-08-19", line: 2 });
    expect(rows[0]?.fields).toMatchObject({
      titleKo: "협력형 멀티 에이전트 강화학습을 위한 중앙집중식 순열 등변 정책",
      authors: ["Zhuofan Xu", "Benedikt Bollig", "Matthias Függer", "Thomas Nowak", "Vincent Le Dréau"],
      categories: ["cs.MA", "cs.AI", "cs.LG"],
      translation: { method: "post-edited", by: "DeepL, PaperBridge team" },
    });
  });

  it("names the line of a broken quote", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pb-csv-"));
    const file = path.join(dir, "broken.csv");
    writeFileSync(file, 'title,abstract\n"ok",fine\n"unclosed,abstract\n');
    await expect(collect(readCsv(file))).rejects.toThrow(/^is not valid CSV at line \d/);
  });
});
