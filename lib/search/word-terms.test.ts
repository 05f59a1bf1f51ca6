import { describe, expect, it } from "vitest";
import { parseQuery } from "./parse-query.ts";
import { searchTokens } from "./search-tokens.ts";
import { wordTerms } from "./word-terms.ts";

const phrases = (q: string) => {
  const parsed = parseQuery(q);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query.phrases;
};
const names = (...written: string[]) => written.map((w) => searchTokens(w));

describe("wordTerms", () => {
  it("lets words that name a concept match its names in either language, one term per concept", () => {
    const lora = { conceptId: 1, slug: "lora", from: 0, to: 1, whole: true, names: names("LoRA", "low-rank adaptation", "LoRA adapters", "저랭크 적응", "로라") };
    const quantization = { conceptId: 2, slug: "quantization", from: 1, to: 2, whole: true, names: names("양자화", "quantization", "4-bit") };
    const terms = wordTerms(phrases("로라 양자화를"), [lora, quantization]);
    expect(terms.map((t) => [t.tokens, t.alternatives])).toEqual([
      // "LoRA adapters" adds nothing that "LoRA" does not find; 로라 is what was typed.
      [["로라"], [["lora"], ["low", "rank", "adaptation"], ["저랭", "랭크", "크적", "적응"]]],
      [["양자", "자화"], [["quantization"], ["4", "bit"]]],
    ]);
  });

  it("makes several words naming one concept one adjacent phrase, and leaves quoted words and parts of words alone", () => {
    const rag = { conceptId: 3, slug: "rag", from: 0, to: 3, whole: true, names: names("RAG", "retrieval-augmented generation") };
    const [term] = wordTerms(phrases("검색 증강 생성"), [rag]);
    expect(term).toMatchObject({ from: 0, to: 3, tokens: searchTokens("검색증강생성"), alternatives: [["rag"], ["retrieval", "augmented", "generation"]] });
    expect(wordTerms(phrases('"LoRA"'), [{ conceptId: 1, slug: "lora", from: 0, to: 1, whole: true, names: names("low-rank adaptation") }])[0]!.alternatives).toEqual([]);
    expect(wordTerms(phrases("LLaMA-2"), [{ conceptId: 4, slug: "llama", from: 0, to: 1, whole: false, names: names("Llama") }])[0]!.alternatives).toEqual([]);
  });
});
