import { describe, expect, it } from "vitest";
import { compileTagger } from "./compile-tagger.ts";
import { evaluateTagger, type GoldPaper } from "./evaluate-tagger.ts";
import { loadLabelledSet } from "./labels/labelled-set.ts";
import { loadTaxonomy } from "./load-taxonomy.ts";

const taxonomy = loadTaxonomy();
if (!taxonomy.ok) throw new Error(JSON.stringify(taxonomy.issues));
const tagger = compileTagger(taxonomy.concepts);

describe("evaluateTagger", () => {
  it("counts a found child as its parents too, and a wrong tag as a false positive", () => {
    const gold: GoldPaper[] = [
      { arxivId: "a", title: "QLoRA for everyone", abstractEn: "We propose a QLoRA recipe.", concepts: ["qlora"] },
      { arxivId: "b", title: "Speculative decoding at scale", abstractEn: "We study speculative decoding.", concepts: ["rag"] },
    ];
    const result = evaluateTagger(tagger, gold);
    const bySlug = new Map(result.perConcept.map((c) => [c.slug, c]));
    for (const slug of ["qlora", "lora", "peft"]) expect(bySlug.get(slug)).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(bySlug.get("speculative-decoding")).toMatchObject({ tp: 0, fp: 1 });
    expect(bySlug.get("rag")).toMatchObject({ tp: 0, fn: 1 });
    expect(result.papers.find((p) => p.arxivId === "b")).toMatchObject({ missed: ["rag"], extra: expect.arrayContaining(["speculative-decoding"]) });
    // Family roots say nothing about the tagger and are not scored.
    expect(result.perConcept.every((c) => tagger.concepts.get(c.slug)!.parent)).toBe(true);
    expect(result.micro.precision).toBeCloseTo(result.micro.tp / (result.micro.tp + result.micro.fp));
  });

  it("knows every concept of the shipped labelled set", () => {
    for (const row of loadLabelledSet()) {
      for (const slug of row.concepts) expect(tagger.concepts.has(slug), `${row.arxivId}: ${slug}`).toBe(true);
    }
  });
});
