import { describe, expect, it } from "vitest";
import { searchTokens, singular, tokenSpans } from "./search-tokens.ts";

describe("searchTokens", () => {
  it("indexes Hangul as overlapping bigrams, a one-syllable word as itself, and bridges words across a space", () => {
    expect(searchTokens("양자화를 적용한 수")).toEqual(["양자", "자화", "화를", "를적", "적용", "용한", "한수", "수"]);
    // Compound nouns with and without spaces give the same sequence.
    expect(searchTokens("검색 증강 생성")).toEqual(searchTokens("검색증강생성"));
    expect(searchTokens("긴 컨텍스트")).toEqual(["긴", "긴컨", "컨텍", "텍스", "스트"]);
    // No bridge across punctuation; a particle after a Latin word is no word of its own (but bridges on).
    expect(searchTokens("한다. 이 LoRA를 쓴다")).toEqual(["한다", "이", "lora", "를쓴", "쓴다"]);
  });

  it("lower-cases, splits letters from digits and reduces plurals", () => {
    expect(searchTokens("LLaMA-2 adapters, Qwen2.5 and LLMs")).toEqual(["llama", "2", "adapter", "qwen", "2", "5", "and", "llm"]);
    expect(searchTokens("llama2")).toEqual(searchTokens("LLaMA-2"));
  });

  it("separates Latin terms inside Korean text and ignores symbols, emoji and zero-width spaces", () => {
    expect(searchTokens("LoRA를 🙂 쓴다")).toEqual(["lora", "쓴다"]);
    expect(searchTokens("양자\u200b화")).toEqual(["양자", "화"]);
  });

  it("folds compatibility forms (NFKC) so full-width Latin matches", () => {
    expect(searchTokens("ＬｏＲＡ")).toEqual(["lora"]);
  });

  it("treats letters and digits of every script alike, astral ones included", () => {
    expect(searchTokens("café naïve ١٢٣ x² 𝐋𝐨𝐑𝐀 ㄱㄴ")).toEqual(["café", "naïve", "١٢٣", "x", "2", "lora", "\u1100\u1102"]);
    expect(searchTokens(`${"a".repeat(100)} ok`)).toEqual(["a".repeat(60), "ok"]);
  });

  it("caps the tokens of an enormous field", () => {
    expect(searchTokens("word ".repeat(10_000))).toHaveLength(4000);
  });
});

describe("singular", () => {
  it("follows Harman's S-stemmer", () => {
    expect(["adapters", "queries", "processes", "laws", "corpus", "class", "llms", "status"].map(singular)).toEqual(["adapter", "query", "processe", "law", "corpus", "class", "llm", "status"]);
  });
});

describe("tokenSpans", () => {
  it("points each token at its text", () => {
    const text = "검색 증강 LoRA-2";
    expect(tokenSpans(text).map((s) => [s.token, text.slice(s.start, s.end)])).toEqual([["검색", "검색"], ["색증", "색 증"], ["증강", "증강"], ["lora", "LoRA"], ["2", "2"]]);
  });
});
