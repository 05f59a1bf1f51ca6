import { describe, expect, it } from "vitest";
import { canonicalCategory, dayBound, parseQuery } from "./parse-query.ts";

const parsed = (q: string) => {
  const result = parseQuery(q);
  if (!result.ok) throw new Error(result.message);
  return result.query;
};

describe("parseQuery", () => {
  it("makes each word a required phrase and strips a Korean particle from the word", () => {
    const query = parsed("LoRA 양자화를");
    expect(query.phrases.map((p) => p.tokens)).toEqual([["lora"], ["양자", "자화"]]);
    expect(parsed("LoRA를 검색증강생성은").phrases.map((p) => p.tokens)).toEqual([["lora"], ["검색", "색증", "증강", "강생", "생성"]]);
  });

  it("keeps one-syllable Korean words, alone and beside others, and tokenises quoted Korean as the index does", () => {
    expect(parsed("긴").phrases.map((p) => p.tokens)).toEqual([["긴"]]);
    expect(parsed("긴 컨텍스트").phrases.map((p) => p.tokens)).toEqual([["긴"], ["컨텍", "텍스", "스트"]]);
    expect(parsed('"검색 증강 생성"').phrases.map((p) => [p.tokens, p.quoted])).toEqual([[["검색", "색증", "증강", "강생", "생성"], true]]);
  });

  it("keeps quoted phrases whole, closes an unbalanced quote and reads -exclusions", () => {
    expect(parsed('"low-rank adaptation" -vision -"image generation"')).toMatchObject({
      phrases: [{ tokens: ["low", "rank", "adaptation"] }],
      excludes: [{ tokens: ["vision"] }, { tokens: ["image", "generation"] }],
    });
    expect(parsed('"scaling laws').phrases.map((p) => p.tokens)).toEqual([["scaling", "law"]]);
  });

  it("reads concept:, cat: and date filters, and a bare year beside other words", () => {
    expect(parsed("concept:LoRA cat:cs.cl from:2023-12 to:2024-01 rank")).toMatchObject({ concepts: ["lora"], categories: ["cs.CL"], from: "2023-12-01", to: "2024-01-31" });
    expect(parsed("scaling laws 2023")).toMatchObject({ phrases: [{ text: "scaling" }, { text: "laws" }], from: "2023-01-01", to: "2023-12-31" });
    expect(parsed("2023").phrases.map((p) => p.text)).toEqual(["2023"]);
  });

  it("drops English stop words from plain terms only", () => {
    expect(parsed("the scaling of models").phrases.map((p) => p.text)).toEqual(["scaling", "models"]);
    expect(parsed('"the pile"').phrases[0]!.tokens).toEqual(["the", "pile"]);
  });

  it("refuses impossible dates, reversed ranges and overlong queries with a message", () => {
    expect(parseQuery("from:2024-02-30")).toMatchObject({ ok: false, message: expect.stringContaining("from:2024-02-30") });
    expect(parseQuery("from:2024-05 to:2024-01")).toMatchObject({ ok: false });
    expect(parseQuery("x".repeat(1001))).toMatchObject({ ok: false, message: expect.stringContaining("1000") });
  });

  it("survives FTS syntax, SQL and broken Unicode as plain words", () => {
    for (const q of ['a OR b NEAR(c) *', "'; DROP TABLE x; --", "\ud800x", "^$()[]{}"]) expect(parseQuery(q).ok).toBe(true);
  });
});

describe("date and category helpers", () => {
  it("expands months and years to their first and last days", () => {
    expect([dayBound("2024-02", "last"), dayBound("2023", "first"), dayBound("2024-13", "first")]).toEqual(["2024-02-29", "2023-01-01", null]);
  });

  it("writes categories as arXiv does", () => {
    expect(["CS.cl", "stat.ml", "cond-mat.Mes-Hall", "hep-th"].map(canonicalCategory)).toEqual(["cs.CL", "stat.ML", "cond-mat.mes-hall", "hep-th"]);
  });
});
