import { describe, expect, it } from "vitest";
import { learnedConcept } from "../../tests/support/about-model-fixture.ts";
import { compileTagger } from "./compile-tagger.ts";
import { compileAboutModel, type AboutModelFile } from "./learned/about-model.ts";
import { loadTaxonomy } from "./load-taxonomy.ts";
import { aboutConcepts, tagPaper } from "./tag-paper.ts";

const taxonomy = loadTaxonomy();
if (!taxonomy.ok) throw new Error(JSON.stringify(taxonomy.issues));

// A learned layer small enough to reason about: the word "suite" and a mention of MMLU make a
// paper about benchmarks; "grpo" makes it about rlhf; lora is lexical.
const file: AboutModelFile = {
  format: 1,
  training: {},
  vocabulary: { documents: 100, words: ["grpo", "suite", "weather"], documentCounts: [5, 5, 5] },
  concepts: [
    learnedConcept("benchmarks", -3, { "w:suite": 6, "c:mmlu": 2 }),
    learnedConcept("rlhf", -3, { "w:grpo": 8 }),
    { slug: "lora", method: "lexical", reason: "test" },
  ],
};
const tagger = compileTagger(taxonomy.concepts, compileAboutModel(file, "test"));
const tag = (abstractEn: string, title = "A study") => tagPaper(tagger, { title, abstractEn });
const find = (tags: ReturnType<typeof tag>, slug: string) => tags.find((t) => t.slug === slug);

describe("tagPaper with the learned layer", () => {
  it("decides a learned concept from the words, named or not, and says which weighed most", () => {
    const tags = tag("We post-train a reasoning model with GRPO on math problems.");
    expect(find(tags, "rlhf")).toMatchObject({
      about: true,
      method: "learned",
      implied: false,
      evidence: [],
    });
    expect(find(tags, "rlhf")!.features).toEqual([
      { kind: "word", text: "grpo", weight: expect.any(Number) },
    ]);
    expect(find(tags, "rlhf")!.score).toBeGreaterThan(0.5);
  });

  it("keeps a learned concept the paper only names as a mention, with its evidence", () => {
    const tags = tag("Unlike RLHF, our weather model needs no feedback.");
    expect(find(tags, "rlhf")).toMatchObject({ about: false, method: "learned", features: [] });
    expect(find(tags, "rlhf")!.evidence.map((e) => e.text)).toEqual(["RLHF"]);
    expect(
      aboutConcepts(tagger, {
        title: "A study",
        abstractEn: "Unlike RLHF, our weather model needs no feedback.",
      }),
    ).not.toContain("rlhf");
  });

  it("lets a narrower concept be about only inside a learned concept the paper is about", () => {
    // MMLU named in the title scores 3 for mmlu, but the paper is not about benchmarks.
    const evaluated = tag(
      "We report accuracy on the weather questions of MMLU.",
      "MMLU results of a weather model",
    );
    expect(find(evaluated, "mmlu")).toMatchObject({ about: false, method: "lexical" });
    const built = tag(
      "We release a suite of weather questions extending MMLU.",
      "MMLU-Weather: a test suite",
    );
    expect(find(built, "benchmarks")).toMatchObject({ about: true, method: "learned" });
    expect(find(built, "mmlu")).toMatchObject({ about: true, method: "lexical" });
    expect(
      find(built, "benchmarks")!.features.map((f) => (f.kind === "word" ? f.text : f.slug)),
    ).toEqual(["suite", "mmlu"]);
  });

  it("lets a concept outside the core be about only inside the core concepts above it", () => {
    // encoder-only is under transformer, a core concept this model leaves lexical.
    const uses = tag("We fine-tune an encoder-only model to forecast rain.", "Encoder-only rain");
    expect(find(uses, "encoder-only")).toMatchObject({ about: false, method: "lexical" });
    expect(find(uses, "transformer")).toBeUndefined();
    const changes = tag(
      "We propose a new attention for encoder-only models.",
      "A Transformer with better attention for encoder-only models",
    );
    expect(find(changes, "transformer")).toMatchObject({ about: true, method: "lexical" });
    expect(find(changes, "encoder-only")).toMatchObject({ about: true, method: "lexical" });
    // The tagger without a model (the earlier lexical tagger) keeps its old rule.
    const names = tagPaper(compileTagger(taxonomy.concepts), {
      title: "Encoder-only rain",
      abstractEn: "We fine-tune an encoder-only model to forecast rain.",
    });
    expect(find(names, "transformer")).toMatchObject({ about: true, method: "implied" });
  });

  it("decides the model's lexical concepts by their score and implies broader ones", () => {
    const tags = tag("We propose a LoRA variant for fine-tuning.", "Better LoRA");
    expect(find(tags, "lora")).toMatchObject({ about: true, method: "lexical" });
    // peft is neither learned nor lexical in this model's list, and follows from lora.
    expect(find(tags, "peft")).toMatchObject({ about: true, method: "implied", implied: true });
  });

  it("orders decided concepts, then implied ones, then mentions", () => {
    const tags = tag(
      "We post-train with GRPO. Unlike RAG, we use no retrieval. We propose a LoRA variant.",
      "Better LoRA",
    );
    const rank = (t: (typeof tags)[number]) => (t.about ? (t.implied ? 1 : 0) : 2);
    expect(tags.map(rank)).toEqual([...tags.map(rank)].sort());
    expect(find(tags, "rag")).toMatchObject({ about: false });
  });
});
