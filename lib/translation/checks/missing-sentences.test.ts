import { describe, expect, it } from "vitest";
import { alignAbstracts } from "../../text/sentence-alignment.ts";
import { loadGlossary } from "../glossary.ts";
import { loadCheckSet } from "./load-check-set.ts";
import { sentenceChecks } from "./missing-sentences.ts";
import { rowsOf } from "./rows.ts";

const glossary = loadGlossary();
const papers = loadCheckSet();
const paper = (id: string) => papers.find((p) => p.id === id)!;

/** The sentence checks' findings for a paper and a Korean, paired as the reader pairs them. */
function check(id: string, abstractKo = paper(id).abstractKo) {
  const { abstractEn } = paper(id);
  const rows = rowsOf(abstractEn, abstractKo, alignAbstracts(abstractEn, abstractKo));
  return sentenceChecks(rows, glossary).map((f) => `${f.kind}#${f.sentence}: ${f.message}`);
}
const without = (id: string, sentence: string) => {
  const ko = paper(id).abstractKo;
  expect(ko).toContain(sentence);
  return ko.replace(sentence, "").replace(/ {2,}/g, " ");
};

describe("missing sentences", () => {
  it("leave translators' own merges alone", () => {
    for (const id of ["2506.06704", "2506.07541", "2507.10085", "2508.02165"])
      expect(check(id)).toEqual([]);
  });

  it("find a sentence left out of a merge by what it alone says", () => {
    // The aligner pairs the tree-decoding sentence with the next one's Korean; ReEx-SQL is in both.
    const ko = without(
      "2505.12768",
      "또한 ReEx-SQL은 탐색적 추론을 지원하는 트리 기반 디코딩 전략을 채택하여 대안적인 추론 경로를 동적으로 확장할 수 있게 한다. ",
    );
    expect(check("2505.12768", ko)).toEqual([
      "missing-sentence#8: the English sentence " +
        '"Additionally, ReEx-SQL adopts a tree-based decoding strategy…" seems left out: ' +
        "the Korean lacks most of what it says " +
        "(tree-based, decoding, strategy, support, exploratory, …)",
    ]);
  });

  it("find a sentence left out of a merge whose Korean is too short for both", () => {
    // Both sentences say the same things (model, trained, data): only the length tells.
    const enSentences = [
      "The model is trained on data.",
      "The model was then trained again on the same data, for far longer and with much care.",
    ];
    // The paper's other rows set its usual length ratio.
    const usual = ["We study how a model learns from the data it sees.", "모델이 데이터로 학습하는 방식을 연구한다."];
    const rows = (ko: string) => [
      { number: 1, en: usual[0]!, ko: usual[1]!, enSentences: [usual[0]!], koSentences: [usual[1]!] },
      { number: 2, en: enSentences.join(" "), ko, enSentences, koSentences: [ko] },
    ];
    const merged =
      "모델을 데이터로 학습한 뒤, 같은 데이터로 훨씬 더 오랫동안, 아주 세심하게 주의를 기울여 다시 학습한다.";
    expect(sentenceChecks(rows(merged), glossary)).toEqual([]);
    expect(sentenceChecks(rows("모델을 데이터로 학습한다."), glossary).map((f) => f.message)).toEqual([
      'the English sentence "The model is trained on data.…" seems left out: ' +
        "the Korean is hardly longer than the other sentences need",
    ]);
  });

  it("find a sentence left out of a merge, by its own words where they are listed (2505.11550)", () => {
    const ko = without(
      "2505.11550",
      "그러나 이러한 능력은 가짜 뉴스 생성, 스팸 메일 작성, 학업 과제에서의 부정 사용 등 오용될 위험이 있다. ",
    );
    expect(check("2505.11550", ko)).toEqual([
      "missing-sentence#2: the English sentence " +
        '"However, such capabilities are prone to potential misuse, su…" seems left out: ' +
        "the Korean lacks most of what it says (capabilities, news, academic)",
    ]);
  });

  it("find part of a sentence missing: a short row that lacks words of its English", () => {
    // The translator split the sentence in two (a list and what introduces it); the first is gone.
    const ko = without(
      "2505.12763",
      "그 결과 신뢰할 수 있는 벤치마크를 만드는 방법에 관해 세 가지 핵심 발견을 얻었다. ",
    );
    expect(check("2505.12763", ko)).toEqual([
      "missing-sentence#4: the Korean is short and lacks construct, reliable, benchmark: " +
        "part of the English may be missing",
    ]);
  });

  it("find Korean cut off mid-sentence, also where the English ends with a URL", () => {
    const { abstractKo } = paper("2504.09170");
    const cut = abstractKo.replace(
      "문서: https://langformers.com",
      "문서는 https://langformers.com 에서 볼 수",
    );
    expect(check("2504.09170", cut)).toEqual([
      "missing-sentence#7: the Korean stops mid-sentence: its end is missing",
    ]);
  });
});
