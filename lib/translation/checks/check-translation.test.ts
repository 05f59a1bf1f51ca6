import { describe, expect, it } from "vitest";
import { alignAbstracts } from "../../text/sentence-alignment.ts";
import { loadGlossary } from "../glossary.ts";
import { checkTranslation } from "./check-translation.ts";
import { checkTldr } from "./check-tldr.ts";
import { corrupt } from "./corrupt-translation.ts";
import { evaluateChecks } from "./evaluate-checks.ts";
import { loadCheckSet } from "./load-check-set.ts";

const glossary = loadGlossary();
const papers = loadCheckSet();
const SAMKV = papers.find((p) => p.id === "2508.11661")!;
const POINTER = papers.find((p) => p.id === "2508.02631")!;
const LANGFORMERS = papers.find((p) => p.id === "2504.09170")!;

function check(paper: typeof SAMKV, abstractKo = paper.abstractKo, titleKo = paper.titleKo) {
  return checkTranslation(
    {
      title: paper.title,
      abstractEn: paper.abstractEn,
      titleKo,
      abstractKo,
      alignment: alignAbstracts(paper.abstractEn, abstractKo),
    },
    glossary,
  );
}
const kinds = (findings: ReturnType<typeof check>) =>
  findings.map((f) => `${f.kind}#${f.sentence}`);

describe("translation checks", () => {
  it("find nothing in careful human translations", () => {
    for (const paper of [SAMKV, POINTER, LANGFORMERS]) expect(check(paper)).toEqual([]);
  });

  it("find a changed number in the row it is in, from both sides", () => {
    const findings = check(SAMKV, SAMKV.abstractKo.replace("15%", "25%"));
    expect(findings.map((f) => [f.kind, f.evidence])).toEqual([
      ["number", "15"],
      ["number", "25"],
    ]);
    expect(findings.every((f) => f.sentence === findings[0]!.sentence && f.sentence! > 1)).toBe(
      true,
    );
  });

  it("find a number changed into one the English states elsewhere (6 as 1, with \"first\" in another sentence)", () => {
    const paper = papers.find((p) => p.id === "2505.16673")!;
    expect(paper.abstractEn).toMatch(/six widely-used/);
    expect(check(paper)).toEqual([]);
    const findings = check(paper, paper.abstractKo.replace("6개의 추론", "1개의 추론"));
    expect(findings.map((f) => [f.kind, f.evidence, f.message])).toEqual([
      ["number", "1", "1 is not in the English of this sentence"],
    ]);
    // English the translator kept in brackets counts: 3진(ternary) is the sentence's "ternary".
    expect(check(papers.find((p) => p.id === "2506.07900")!)).toEqual([]);
  });

  it("read fractions and Latin prefixes the Korean writes with digits (8분의 1, 3중 모달)", () => {
    const paper = {
      id: "fractions",
      title: "Tri-modal Evaluation",
      titleKo: "3중 모달 평가",
      abstractEn: "Our method matches the baseline using only one-eighth of the training data.",
      abstractKo: "제안 방법은 학습 데이터의 8분의 1만으로 기준선에 필적한다.",
    };
    expect(check(paper)).toEqual([]);
    expect(kinds(check(paper, paper.abstractKo.replace("8분의", "9분의")))).toEqual(["number#1"]);
  });

  it("find a lost formula and a lost URL", () => {
    // Flattened, the formula also loses its number.
    expect(kinds(check(POINTER, POINTER.abstractKo.replace("$O(N^2)$", "O(N2)")))).toEqual([
      "number#2",
      "math#2",
    ]);
    expect(
      kinds(check(LANGFORMERS, LANGFORMERS.abstractKo.replace("https://langformers.com", ""))),
    ).toContain("url#7");
  });

  it("find a glossary term rendered otherwise (hallucination as 쇄도), not one kept in English", () => {
    const paper = papers.find((p) => p.id === "2504.09482")!;
    const wrong = check(paper, paper.abstractKo.replace("환각이라는", "쇄도라는"));
    expect(wrong.map((f) => [f.kind, f.message])).toContainEqual([
      "glossary",
      '"hallucinations" should read 환각',
    ]);
  });

  it("find a truncated tail, a repeated sentence, a decoding loop and English left untranslated", () => {
    const cut = SAMKV.abstractKo.slice(0, Math.floor(SAMKV.abstractKo.length * 0.7));
    expect(check(SAMKV, cut).map((f) => f.kind)).toEqual(
      expect.arrayContaining(["missing-sentence", "length"]),
    );
    const first = SAMKV.abstractKo.split(". ")[0]!;
    expect(
      check(SAMKV, SAMKV.abstractKo.replace(`${first}. `, `${first}. ${first}. `)).map(
        (f) => f.kind,
      ),
    ).toContain("repetition");
    expect(
      check(SAMKV, SAMKV.abstractKo.replace("주류로", "주류로 주류로 주류로 주류로")).map(
        (f) => f.kind,
      ),
    ).toEqual(["repetition"]);
    const english = SAMKV.abstractKo.replace(
      "이 때문에 기존 방법은 효과가 없다.",
      "This renders existing methods ineffective.",
    );
    expect(check(SAMKV, english).map((f) => f.kind)).toContain("untranslated");
  });

  it("have nothing to say about a paper without Korean", () => {
    expect(
      checkTranslation(
        {
          title: "T",
          abstractEn: "A sentence.",
          titleKo: null,
          abstractKo: null,
          alignment: alignAbstracts("A sentence.", null),
        },
        glossary,
      ),
    ).toEqual([]);
  });
});

describe("TL;DR check", () => {
  it("passes a sentence whose facts come from the abstract and names what one does not", () => {
    expect(
      checkTldr(
        "SamKV는 다중 컨텍스트 KV 캐시를 희소화해 정확도 손실 없이 시퀀스 길이를 15%로 줄인다.",
        SAMKV,
        glossary,
      ),
    ).toEqual([]);
    expect(
      checkTldr("SamKV는 시퀀스 길이를 20%로 줄이고 GPT-4보다 낫다.", SAMKV, glossary),
    ).toEqual(["says 20, which the abstract does not", "names GPT-4, which the abstract does not"]);
    expect(checkTldr("SamKV는 환각을 줄인다. 또한 빠르다.", SAMKV, glossary)).toEqual([
      "is not one sentence",
      "speaks of 환각 (hallucination), which the abstract does not",
    ]);
  });
});

describe("the checks' measurement", () => {
  it("corrupts deterministically and counts what the checks catch", () => {
    expect(corrupt(SAMKV, "changed-number", glossary)).toBe(
      corrupt(SAMKV, "changed-number", glossary),
    );
    expect(corrupt(SAMKV, "lost-formula", glossary)).toBeNull();
    const result = evaluateChecks([SAMKV, POINTER], glossary);
    const lost = result.defects.find((d) => d.defect === "lost-formula")!;
    expect(lost.cases).toBe(1);
    expect(result.clean).toMatchObject({ alarmed: 0, rate: 0 });
  });
});
