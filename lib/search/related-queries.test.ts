import { describe, expect, it } from "vitest";
import { parseQuery } from "./parse-query.ts";
import { conceptQuery, singlePhraseQueries } from "./related-queries.ts";

function parsed(q: string) {
  const result = parseQuery(q);
  if (!result.ok) throw new Error(result.message);
  return result.query;
}

const queries = (q: string) => singlePhraseQueries(parsed(q)).map((s) => s.q);

describe("singlePhraseQueries", () => {
  it("keeps one phrase at a time with the exclusions and filters", () => {
    expect(queries('LoRA "검색 증강 생성" -vision concept:peft cat:cs.CL from:2024-01 to:2024-02')).toEqual([
      "LoRA -vision concept:peft cat:cs.CL from:2024-01-01 to:2024-02-29",
      '"검색 증강 생성" -vision concept:peft cat:cs.CL from:2024-01-01 to:2024-02-29',
    ]);
  });

  it("gives queries that parse to the phrase they keep", () => {
    const kept = queries('양자화를 적용한 "low-rank adaptation" -"mixture of experts"');
    expect(kept.map((q) => parsed(q).phrases.map((p) => p.text))).toEqual([["양자화를"], ["적용한"], ["low-rank adaptation"]]);
    for (const q of kept) {
      expect(parsed(q).phrases).toHaveLength(1);
      expect(parsed(q).excludes.map((p) => p.text)).toEqual(["mixture of experts"]);
    }
  });
});

describe("conceptQuery", () => {
  it("lists the concept's papers in place of the words, keeping the other filters once", () => {
    expect(conceptQuery(parsed("양자화 -vision cat:cs.CL from:2024"), "quantization")).toBe("concept:quantization -vision cat:cs.CL from:2024-01-01");
    expect(conceptQuery(parsed("LoRA concept:lora concept:rag"), "lora")).toBe("concept:lora concept:rag");
    const concept = parsed(conceptQuery(parsed("검색 증강 생성 concept:peft"), "rag"));
    expect(concept.phrases).toEqual([]);
    expect(concept.concepts).toEqual(["rag", "peft"]);
  });
});
