import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { alignSentences } from "./align-sentences.ts";
import { splitSentences } from "./split-sentences.ts";

describe("alignSentences", () => {
  it("pairs sentences one to one when the translation keeps them", () => {
    const en = ["Speculative decoding reduces the latency of LLMs.", "We introduce SD$^2$, built on self-distillation.", "On Llama-3.1-70B it gives 1.59 times longer accepted drafts."];
    const ko = ["추측 디코딩은 LLM의 지연 시간을 줄인다.", "우리는 자기 증류에 기반한 SD$^2$를 소개한다.", "Llama-3.1-70B에서 수락 길이가 1.59배 길어진다."];
    expect(alignSentences(en, ko)).toEqual([{ en: [0], ko: [0] }, { en: [1], ko: [1] }, { en: [2], ko: [2] }]);
  });

  it("finds a split and a merge by lengths and shared anchors", () => {
    const en = [
      "Experiments on multiple benchmarks demonstrate that our method consistently enhances the quality of seed data and boosts LLM's performance with improving accuracy by 7.15% on average while maintaining the original dataset scale.",
      "Code is public.",
      "Models are public too.",
    ];
    const ko = ["여러 벤치마크 실험에서 제안 방법은 시드 데이터의 품질을 일관되게 높였다.", "원래 데이터셋 규모를 유지하면서 LLM의 정확도를 평균 7.15% 높였다.", "코드와 모델을 모두 공개한다."];
    expect(alignSentences(en, ko)).toEqual([{ en: [0], ko: [0, 1] }, { en: [1, 2], ko: [2] }]);
  });

  it("leaves every sentence unmatched when one side is missing", () => {
    expect(alignSentences(["One.", "Two."], [])).toEqual([{ en: [0], ko: [] }, { en: [1], ko: [] }]);
    expect(alignSentences([], ["하나.", "둘."])).toEqual([{ en: [], ko: [0] }, { en: [], ko: [1] }]);
  });

  it("keeps pairs inside paragraphs when both sides have as many", () => {
    const en = ["We apply LoRA to 4-bit models and recover most of the accuracy on Llama-2 with 7B parameters.", "Code is released."];
    const ko = ["4비트 모델에 LoRA를 적용한다.", "7B 매개변수의 Llama-2에서 정확도를 대부분 회복하며, 코드를 공개한다."];
    // By lengths and anchors alone the second Korean sentence (7B, Llama-2) joins the first
    // English one across the Korean paragraph break, and "Code is released." is left alone.
    const acrossBreak = [{ en: [0], ko: [0, 1] }, { en: [1], ko: [] }];
    expect(alignSentences(en, ko)).toEqual(acrossBreak);
    expect(alignSentences(en, ko, { en: [0, 1], ko: [0, 1] })).toEqual([{ en: [0], ko: [0] }, { en: [1], ko: [1] }]);
    // With different numbers of paragraphs the breaks say nothing about the pairs.
    expect(alignSentences(en, ko, { en: [0, 1], ko: [0, 0] })).toEqual(acrossBreak);
  });

  it("leaves an English sentence unmatched when an older translation lacks it, by the numbers it carries", () => {
    const fixture = (name: string) => JSON.parse(readFileSync(path.join("tests", "fixtures", "reader", name), "utf8"));
    const translated = fixture("allreduce-v1-translated.jsonl");
    const revised = fixture("allreduce-v2.jsonl");
    const en = splitSentences(revised.abstract, "en").map((s) => s.text);
    const ko = splitSentences(translated.abstract_ko, "ko").map((s) => s.text);
    expect(en.at(-1)).toMatch(/^Finally, the approach is extended/);
    expect(alignSentences(en, ko).slice(-3)).toEqual([{ en: [3], ko: [3, 4] }, { en: [4], ko: [5] }, { en: [5], ko: [] }]);
  });

  it("pairs an English list sentence with the three or four Korean sentences its items became", () => {
    const gold = readFileSync("content/eval/alignment-gold.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
    for (const id of ["2505.12763", "2508.21589", "2505.12244"]) {
      const paper = gold.find((g: { arxivId: string }) => g.arxivId === id);
      expect(paper.alignment.some((p: { ko: number[] }) => p.ko.length >= 3), id).toBe(true);
      expect(alignSentences(paper.sentencesEn, paper.sentencesKo), id).toEqual(paper.alignment);
    }
  });
});

