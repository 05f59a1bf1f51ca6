import { describe, expect, it } from "vitest";
import { bm25, phraseFrequency, phraseIdf } from "./fts5-bm25.ts";

describe("FTS5 bm25 replica", () => {
  it("floors the idf of a phrase found in most documents, as FTS5 does", () => {
    expect(phraseIdf(100, 80)).toBe(1e-6);
    expect(phraseIdf(100, 1)).toBeCloseTo(Math.log(99.5 / 1.5));
  });

  it("counts phrase occurrences by field weight", () => {
    const positions = new Map([
      ["low", new Map([[1, 4], [10, 1]])],
      ["rank", new Map([[2, 4], [11, 1], [20, 1]])],
    ]);
    expect(phraseFrequency(positions, ["low", "rank"])).toBe(5);
    expect(phraseFrequency(positions, ["rank", "low"])).toBe(0);
  });

  it("scores more occurrences and shorter documents higher", () => {
    const stats = { documents: 1000, tokens: 200_000, phraseDocuments: [10] };
    expect(bm25(stats, 200, [2])).toBeGreaterThan(bm25(stats, 200, [1]));
    expect(bm25(stats, 100, [1])).toBeGreaterThan(bm25(stats, 400, [1]));
  });
});
