import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LABELS_DIR, loadFirstReadings, loadLabelledSet } from "./labelled-set.ts";

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

describe("loadLabelledSet on a broken copy", () => {
  const copy = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "labels-"));
    cpSync(LABELS_DIR, dir, { recursive: true });
    return dir;
  };
  const edit = (file: string, change: (lines: string[]) => string[]) => {
    const lines = readFileSync(file, "utf8").split("\n");
    writeFileSync(file, change(lines).join("\n"));
  };

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
    const message = (() => {
      try {
        loadLabelledSet({ dir });
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/has no labels for this paper/);
    expect(message).toMatch(/field "split": is test, .* says (train|dev)/);
  });
});
