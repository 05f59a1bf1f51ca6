import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  EXTENSION_DIR,
  LABELS_DIR,
  loadFirstReadings,
  loadLabelledSet,
  loadTrainingExtension,
} from "./labelled-set.ts";

describe("the shipped labelled set", () => {
  it("holds 1,524 papers split once by paper, each with reviewed labels", () => {
    const papers = loadLabelledSet();
    expect(papers).toHaveLength(1524);
    expect(new Set(papers.map((p) => p.arxivId)).size).toBe(1524);
    const count = (split: string) => papers.filter((p) => p.split === split).length;
    expect([count("train"), count("dev"), count("test")]).toEqual([915, 305, 304]);
    expect(papers.filter((p) => p.concepts.length === 0)).toHaveLength(596);
    expect(loadLabelledSet({ splits: ["train", "dev"] })).toHaveLength(1220);
  });

  it("has a first reading by every reader a paper names", () => {
    const readings = loadFirstReadings();
    expect([...readings.keys()]).toEqual(["R1", "R2", "R3", "R4", "R5", "R6"]);
    for (const paper of loadLabelledSet()) {
      for (const reader of paper.readers)
        expect(readings.get(reader)!.has(paper.arxivId)).toBe(true);
    }
  });
});

const copy = (from = LABELS_DIR) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "labels-"));
  cpSync(from, dir, { recursive: true });
  return dir;
};
const edit = (file: string, change: (lines: string[]) => string[]) => {
  const lines = readFileSync(file, "utf8").split("\n");
  writeFileSync(file, change(lines).join("\n"));
};
const failure = (load: () => unknown) => {
  try {
    load();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("loaded without an error");
};

describe("loadLabelledSet on a broken copy", () => {
  it("names file, line, paper and field of an unknown concept", () => {
    const dir = copy();
    const gold = path.join(dir, "gold.jsonl");
    const row = JSON.parse(readFileSync(gold, "utf8").split("\n")[2]!);
    edit(gold, (lines) =>
      lines.map((l, i) => (i === 2 ? JSON.stringify({ ...row, concepts: ["lora-ish"] }) : l)),
    );
    const id = row.arxivId;
    expect(() => loadLabelledSet({ dir })).toThrow(
      new RegExp(`gold.jsonl:3: ${id}, field "concepts\\[0\\]"`),
    );
  });

  it("refuses a paper without labels and labels of a split other than the paper's", () => {
    const dir = copy();
    edit(path.join(dir, "gold.jsonl"), (lines) =>
      lines.slice(1).map((l, i) => (i === 0 ? l.replace(/"split": "\w+"/, '"split": "test"') : l)),
    );
    const message = failure(() => loadLabelledSet({ dir }));
    expect(message).toMatch(/has no labels for this paper/);
    expect(message).toMatch(/field "split": is test, .* says (train|dev)/);
  });
});

describe("the training extension", () => {
  const labelled = loadLabelledSet();

  it("holds 2,000 train papers, each read once by the reader it names, none in the set", () => {
    const papers = loadTrainingExtension(EXTENSION_DIR, labelled);
    expect(papers).toHaveLength(2000);
    expect(papers.every((p) => p.split === "train" && /^E[1-6]$/.test(p.readers[0]!))).toBe(true);
    const ids = new Set(papers.map((p) => p.arxivId));
    expect(ids.size).toBe(2000);
    expect(labelled.filter((p) => ids.has(p.arxivId))).toEqual([]);
    const readings = loadFirstReadings(EXTENSION_DIR, "E");
    const paper = papers[0]!;
    expect(paper.concepts).toEqual(readings.get(paper.readers[0]!)!.get(paper.arxivId));
  });

  it("refuses a paper of the labelled set, naming file, line and paper", () => {
    const dir = copy(EXTENSION_DIR);
    const file = path.join(dir, "papers.jsonl");
    const row = JSON.parse(readFileSync(file, "utf8").split("\n")[4]!);
    const taken = labelled.find((p) => p.split === "test")!.arxivId;
    edit(file, (lines) =>
      lines.map((l, i) => (i === 4 ? JSON.stringify({ ...row, arxivId: taken }) : l)),
    );
    const message = failure(() => loadTrainingExtension(dir, labelled));
    expect(message).toContain(`papers.jsonl:5: ${taken}: is a paper of the labelled set`);
    // Its reading is left over, and the reading of the id it replaced is missing.
    expect(message).toContain(`papers.jsonl:5: ${taken}, field "readers[0]"`);
    expect(message).toMatch(new RegExp(`E\\d\\.jsonl: ${row.arxivId}: is not a paper of`));
  });

  it("refuses a dev or test split and a second reader", () => {
    const dir = copy(EXTENSION_DIR);
    const file = path.join(dir, "papers.jsonl");
    edit(file, (lines) =>
      lines.map((l, i) => {
        if (i === 0) return l.replace('"split":"train"', '"split":"dev"');
        if (i === 1) return l.replace(/"readers":\["(E\d)"\]/, '"readers":["$1","E1"]');
        return l;
      }),
    );
    const message = failure(() => loadTrainingExtension(dir, labelled));
    expect(message).toMatch(/papers\.jsonl:1: [\d.]+, field "split": /);
    expect(message).toMatch(/papers\.jsonl:2: [\d.]+, field "readers": /);
  });

  it("names the reader's file, line, paper and field of an unknown concept", () => {
    const dir = copy(EXTENSION_DIR);
    edit(path.join(dir, "raw", "E2.jsonl"), (lines) =>
      lines.map((l, i) => (i === 3 ? l.replace(/"concepts": \[/, '"concepts": ["rl", ') : l)),
    );
    expect(failure(() => loadTrainingExtension(dir, labelled))).toMatch(
      /E2\.jsonl:4: [\d.]+, field "concepts\[0\]": /,
    );
  });

  it("refuses a paper read twice by its reader", () => {
    const dir = copy(EXTENSION_DIR);
    const raw = path.join(dir, "raw", "E3.jsonl");
    edit(raw, (lines) => [...lines.slice(0, 2), lines[0]!, ...lines.slice(2)]);
    const id = JSON.parse(readFileSync(raw, "utf8").split("\n")[0]!).arxivId;
    expect(failure(() => loadTrainingExtension(dir, labelled))).toContain(
      `E3.jsonl:3: ${id}: is read twice`,
    );
  });
});
