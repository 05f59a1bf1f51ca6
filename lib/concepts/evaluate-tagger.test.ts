import { describe, expect, it } from "vitest";
import { compileTagger } from "./compile-tagger.ts";
import {
  evaluatePredictor,
  taggerPredictor,
  tagsNothing,
  type Predictor,
} from "./evaluate-tagger.ts";
import type { LabelledPaper } from "./labels/labelled-set.ts";
import { loadTaxonomy } from "./load-taxonomy.ts";

const taxonomy = loadTaxonomy();
if (!taxonomy.ok) throw new Error(JSON.stringify(taxonomy.issues));
const lexical = compileTagger(taxonomy.concepts);

const paper = (
  arxivId: string,
  title: string,
  abstractEn: string,
  concepts: string[],
): LabelledPaper => ({
  arxivId,
  source: "test",
  title,
  abstractEn,
  split: "dev",
  readers: ["R1"],
  concepts,
});

describe("evaluatePredictor", () => {
  const papers = [
    paper("a", "QLoRA for everyone", "We propose a QLoRA recipe.", ["qlora", "lora", "peft"]),
    paper("b", "Speculative decoding at scale", "We study speculative decoding.", ["rag"]),
    paper("c", "A survey of bird songs", "We record birds.", []),
  ];

  it("scores the core concepts only, implied parents included, and each method's tags", () => {
    const result = evaluatePredictor(taggerPredictor(lexical), papers);
    const bySlug = new Map(result.perConcept.map((c) => [c.slug, c]));
    for (const slug of ["qlora", "lora", "peft"])
      expect(bySlug.get(slug)).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(bySlug.get("speculative-decoding")).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(bySlug.get("rag")).toMatchObject({ tp: 0, fn: 1 });
    // fine-tuning is implied by qlora but is not a core concept: not scored.
    expect(bySlug.has("fine-tuning")).toBe(false);
    expect(result.micro).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75 });
    expect(result.perMethod).toEqual([
      { method: "implied", tp: 2, fp: 0, precision: 1 },
      { method: "lexical", tp: 1, fp: 1, precision: 0.5 },
    ]);
    expect(result.errors).toEqual([
      { arxivId: "b", missed: ["rag"], extra: ["speculative-decoding"] },
    ]);
  });

  it("averages macro scores over the concepts labelled or predicted", () => {
    const result = evaluatePredictor(taggerPredictor(lexical), papers);
    // qlora, lora, peft score 1; speculative-decoding and rag 0.
    expect(result.macro).toMatchObject({ f1: 3 / 5, concepts: 5 });
  });

  it("gives the trivial baseline no true positives and every label as a miss", () => {
    const result = evaluatePredictor(tagsNothing, papers);
    expect(result.micro).toMatchObject({ tp: 0, fp: 0, fn: 4, precision: 0, recall: 0, f1: 0 });
    expect(result.perMethod).toEqual([]);
  });

  it("takes any predictor, such as one that always says rag", () => {
    const rag: Predictor = () => [{ slug: "rag", method: "learned" }];
    const result = evaluatePredictor(rag, papers);
    expect(result.perConcept.find((c) => c.slug === "rag")).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    expect(result.perMethod).toEqual([{ method: "learned", tp: 1, fp: 2, precision: 1 / 3 }]);
  });
});
