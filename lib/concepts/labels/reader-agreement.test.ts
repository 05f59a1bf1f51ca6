import { describe, expect, it } from "vitest";
import type { LabelledPaper, Readings } from "./labelled-set.ts";
import { readerAgreement } from "./reader-agreement.ts";

const paper = (arxivId: string, readers: string[], concepts: string[]): LabelledPaper => ({
  arxivId,
  source: "test",
  title: "t",
  abstractEn: "a",
  split: "train",
  readers,
  concepts,
});
const PARENTS: Record<string, string> = { lora: "peft" };
const close = (slugs: string[]) =>
  new Set(slugs.flatMap((s) => (PARENTS[s] ? [s, PARENTS[s]!] : [s])));

describe("readerAgreement", () => {
  const papers = [
    paper("1", ["R1", "R2", "R3"], ["lora", "peft"]),
    paper("2", ["R1", "R2"], ["rag"]),
    paper("3", ["R3"], []),
  ];
  const readings = new Map<string, Readings>([
    [
      "R1",
      new Map([
        ["1", ["lora"]],
        ["2", ["rag"]],
      ]),
    ],
    [
      "R2",
      new Map([
        ["1", ["lora", "peft"]],
        ["2", ["rag", "agents"]],
      ]),
    ],
    [
      "R3",
      new Map([
        ["1", ["peft"]],
        ["3", []],
      ]),
    ],
  ]);

  it("compares every pair of readings of the papers read more than once, parents closed", () => {
    const result = readerAgreement(papers, readings, close);
    expect(result).toMatchObject({ papers: 2, pairs: 4 });
    // Paper 1: R1-R2 agree on lora+peft (2); R1-R3 and R2-R3 agree on peft and differ on lora.
    // Paper 2: R1-R2 agree on rag and differ on agents.
    expect(result.between).toMatchObject({ tp: 5, fp: 1, fn: 2 });
    expect(result.between.f1).toBeCloseTo(10 / 13);
    // Paper 2 alone was read by exactly two readers.
    expect(result.betweenTwo).toMatchObject({ papers: 1, tp: 1, fp: 1, fn: 0 });
    expect(result.disagreements[0]).toEqual({ slug: "lora", agreed: 1, disagreed: 2 });
    expect(result.disagreements.find((d) => d.slug === "agents")).toEqual({
      slug: "agents",
      agreed: 0,
      disagreed: 1,
    });
  });

  it("scores each reader against the reviewed labels of the papers they read", () => {
    const byReader = new Map(
      readerAgreement(papers, readings, close).readers.map((r) => [r.reader, r]),
    );
    expect(byReader.get("R1")).toMatchObject({ papers: 2, tp: 3, fp: 0, fn: 0 });
    expect(byReader.get("R2")).toMatchObject({ papers: 2, tp: 3, fp: 1, fn: 0 });
    expect(byReader.get("R3")).toMatchObject({ papers: 2, tp: 1, fp: 0, fn: 1 });
  });

  it("names a reader who lacks a reading assigned to them", () => {
    const missing = new Map(readings).set("R3", new Map([["3", []]]));
    expect(() => readerAgreement(papers, missing, close)).toThrow("reader R3 has no reading of 1");
  });
});
