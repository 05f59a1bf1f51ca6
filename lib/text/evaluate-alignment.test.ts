import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateAlignment, sameIndexAlignment, type GoldAlignment } from "./evaluate-alignment.ts";

describe("evaluateAlignment", () => {
  it("counts a gold pair as correct only when the aligner produces exactly it", () => {
    const gold: GoldAlignment[] = [
      { arxivId: "x", sentencesEn: ["LoRA uses 4 ranks.", "It is cheap."], sentencesKo: ["LoRA는 랭크 4를 쓴다.", "저렴하다."], alignment: [{ en: [0], ko: [0] }, { en: [1], ko: [1] }] },
      { arxivId: "y", sentencesEn: ["LoRA uses 4 ranks.", "It is cheap."], sentencesKo: ["LoRA는 랭크 4를 쓰고 저렴하다."], alignment: [{ en: [0], ko: [0] }, { en: [1], ko: [] }] },
    ];
    const result = evaluateAlignment(gold);
    expect(result.papers[0]).toMatchObject({ gold: 2, correct: 2 });
    expect(result.papers[1]!.correct).toBeLessThan(2);
    expect(result.total).toBe(4);
  });

  it("scores the same-index baseline, which pairs sentence i with sentence i, the same way", () => {
    expect(sameIndexAlignment(["A.", "B.", "C."], ["가.", "나."])).toEqual([{ en: [0], ko: [0] }, { en: [1], ko: [1] }, { en: [2], ko: [] }]);
    expect(sameIndexAlignment(["A."], ["가.", "나."])).toEqual([{ en: [0], ko: [0] }, { en: [], ko: [1] }]);
    const gold: GoldAlignment[] = [{ arxivId: "x", sentencesEn: ["A long one.", "B."], sentencesKo: ["가.", "나.", "다."], alignment: [{ en: [0], ko: [0, 1] }, { en: [1], ko: [2] }] }];
    expect(evaluateAlignment(gold, sameIndexAlignment)).toMatchObject({ total: 2, correct: 0, precision: 0 });
  });

  it("reads the shipped gold set: at least 30 abstracts, every sentence covered once and in order", () => {
    const gold: GoldAlignment[] = readFileSync("content/eval/alignment-gold.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
    expect(gold.length).toBeGreaterThanOrEqual(30);
    for (const g of gold) {
      expect(g.alignment.flatMap((p) => p.en)).toEqual([...g.sentencesEn.keys()]);
      expect(g.alignment.flatMap((p) => p.ko)).toEqual([...g.sentencesKo.keys()]);
    }
    expect(gold.some((g) => g.alignment.some((p) => p.en.length === 2))).toBe(true);
    expect(gold.some((g) => g.alignment.some((p) => p.ko.length === 2))).toBe(true);
  });
});
