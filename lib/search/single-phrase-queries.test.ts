import { describe, expect, it } from "vitest";
import { parseQuery } from "./parse-query.ts";
import { singlePhraseQueries } from "./single-phrase-queries.ts";

function queries(q: string) {
  const parsed = parseQuery(q);
  if (!parsed.ok) throw new Error(parsed.message);
  return singlePhraseQueries(parsed.query).map((s) => s.q);
}

describe("singlePhraseQueries", () => {
  it("keeps one phrase at a time with the exclusions and filters", () => {
    expect(queries('LoRA "검색 증강 생성" -vision concept:peft cat:cs.CL from:2024-01 to:2024-02')).toEqual([
      "LoRA -vision concept:peft cat:cs.CL from:2024-01-01 to:2024-02-29",
      '"검색 증강 생성" -vision concept:peft cat:cs.CL from:2024-01-01 to:2024-02-29',
    ]);
  });

  it("gives queries that parse to the phrase they keep", () => {
    for (const q of queries('양자화를 적용한 "low-rank adaptation" -"mixture of experts"')) {
      const parsed = parseQuery(q);
      expect(parsed.ok && parsed.query.phrases).toHaveLength(1);
      expect(parsed.ok && parsed.query.excludes.map((p) => p.text)).toEqual(["mixture of experts"]);
    }
  });
});
