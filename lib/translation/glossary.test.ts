import { describe, expect, it } from "vitest";
import { loadTaxonomy } from "../concepts/load-taxonomy.ts";
import {
  findTerm,
  firstMention,
  loadGlossary,
  parseGlossary,
  rendersTerm,
  termsIn,
} from "./glossary.ts";

const glossary = loadGlossary();
const term = (en: string) => glossary.terms.find((t) => t.en.includes(en))!;

describe("the glossary", () => {
  it("loads content/glossary.yaml, whose concepts all exist in the taxonomy", () => {
    const taxonomy = loadTaxonomy();
    if (!taxonomy.ok) throw new Error("taxonomy");
    const slugs = new Set(taxonomy.concepts.map((c) => c.slug));
    expect(glossary.terms.length).toBeGreaterThan(100);
    expect(
      glossary.terms.filter((t) => t.concept && !slugs.has(t.concept)).map((t) => t.concept),
    ).toEqual([]);
    expect(glossary.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it("names file, term and field of a bad entry", () => {
    expect(() => parseGlossary("- en: [x]\n  annotate: yes\n", "g.yaml")).toThrow(
      'g.yaml: term 1 (x): field "annotate": ',
    );
    expect(() => parseGlossary("- en: [x]\n", "g.yaml")).toThrow(
      'g.yaml: term 1 (x): field "ko": needs ko',
    );
    expect(() => parseGlossary("a: 1", "g.yaml")).toThrow("g.yaml: must be a YAML list of terms");
  });

  it("changes its version with any change of a term", () => {
    const a = parseGlossary("- en: [hallucination]\n  ko: 환각\n");
    const b = parseGlossary("- en: [hallucination]\n  ko: 환각\n  accept: [할루시네이션]\n");
    expect(a.version).not.toBe(b.version);
  });

  it("finds English forms across hyphens, spaces, plurals and case; kept names only as written", () => {
    expect(
      findTerm(
        term("retrieval-augmented generation"),
        "Retrieval augmented generation and RAGs",
      ).map((m) => m.text),
    ).toEqual(["Retrieval augmented generation"]);
    expect(
      findTerm(term("hallucination"), "they hallucinate; hallucinations abound").map((m) => m.text),
    ).toEqual(["hallucinate", "hallucinations"]);
    expect(findTerm(term("LoRA"), "LoRA and lora and QLoRA").map((m) => m.text)).toEqual([
      "LoRA",
      "QLoRA",
    ]);
    expect(termsIn(glossary, ["We reduce hallucinations."]).map((t) => t.ko)).toEqual(["환각"]);
  });

  it("accepts Korean renderings with particles, and English kept as a word but not as an annotation", () => {
    expect(rendersTerm(term("hallucination"), "환각을 줄인다")).toBe(true);
    expect(rendersTerm(term("hallucination"), "할루시네이션이 생긴다")).toBe(true);
    expect(rendersTerm(term("hallucination"), "쇄도(hallucination)를 줄인다")).toBe(false);
    expect(rendersTerm(term("retrieval-augmented generation"), "RAG 시스템")).toBe(true);
    expect(rendersTerm(term("retrieval-augmented generation"), "회수 강화 세대(RAG)")).toBe(false);
    expect(rendersTerm(term("retrieval-augmented generation"), "검색증강생성 방식")).toBe(true);
    expect(rendersTerm(term("question answering"), "OpenDocVQA 데이터")).toBe(false);
    expect(rendersTerm(term("LoRA"), "저랭크 적응(LoRA)의 성능")).toBe(true);
  });

  it("accepts a verb's renderings only where the English uses the term as a verb", () => {
    const benchmark = term("benchmark");
    const verb = "To benchmark performance, we curated MedBench-Hard.";
    expect(rendersTerm(benchmark, "성능을 측정하기 위해 MedBench-Hard를 구축했다.", verb)).toBe(
      true,
    );
    // As a noun, 평가 elsewhere in the sentence is no rendering of it (MT's 의자 표시 is wrong).
    const noun = "We evaluate on two benchmark datasets, POSTURE50K and EURLEX57K.";
    expect(rendersTerm(benchmark, "이 방법을 두 의자 표시 데이터셋에서 평가한다.", noun)).toBe(false);
    expect(rendersTerm(benchmark, "이 방법을 두 벤치마크 데이터셋에서 평가한다.", noun)).toBe(true);
  });

  it("writes first mentions as Korean ML readers do", () => {
    expect(firstMention(term("hallucination"), "Hallucinations")).toBe("환각(hallucinations)");
    expect(
      firstMention(term("retrieval-augmented generation"), "retrieval-augmented generation"),
    ).toBe("검색 증강 생성(RAG)");
    expect(firstMention(term("fine-tuning"), "fine-tuning")).toBeNull();
    expect(firstMention(term("LoRA"), "LoRA")).toBeNull();
  });
});
