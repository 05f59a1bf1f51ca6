import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTaxonomy } from "./load-taxonomy.ts";

const REQUIRED = ["transformer", "pretraining", "instruction-tuning", "rlhf", "dpo", "reward-model", "peft", "lora", "qlora", "adapters", "prompt-tuning", "quantization", "knowledge-distillation", "pruning", "flash-attention", "mixture-of-experts", "long-context", "kv-cache", "speculative-decoding", "scaling-laws", "in-context-learning", "chain-of-thought", "rag", "agents", "tool-use", "hallucination", "distributed-training", "pipeline-parallelism", "text-to-sql", "continued-pretraining", "data-augmentation", "machine-translation", "multilingual", "korean-llm", "benchmarks", "tokenization", "llama"];

describe("the shipped taxonomy", () => {
  const taxonomy = loadTaxonomy();

  it("is valid, with at least 120 concepts and every core slug", () => {
    if (!taxonomy.ok) throw new Error(JSON.stringify(taxonomy.issues.slice(0, 5)));
    expect(taxonomy.concepts.length).toBeGreaterThanOrEqual(120);
    const slugs = new Set(taxonomy.concepts.map((c) => c.slug));
    expect(REQUIRED.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it("names every concept in both languages and gives it aliases", () => {
    if (!taxonomy.ok) throw new Error(JSON.stringify(taxonomy.issues.slice(0, 5)));
    for (const concept of taxonomy.concepts) {
      expect(concept.name.ko, concept.slug).toMatch(/\S/);
      expect(concept.aliases.en.length + concept.aliases.acronyms.length, concept.slug).toBeGreaterThan(0);
    }
  });
});

describe("loadTaxonomy", () => {
  it("names file, concept and field of each problem", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pb-taxonomy-"));
    writeFileSync(
      path.join(dir, "bad.yaml"),
      `- slug: Bad Slug
  name: { en: Bad, ko: 나쁨 }
  description: { en: One sentence only., ko: 두 문장이다. 정말이다. }
- slug: orphan
  parent: missing
  name: { en: Orphan, ko: 고아 }
  description: { en: First. Second., ko: 첫째다. 둘째다. }
  related: [nowhere]
`,
    );
    const result = loadTaxonomy(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${path.basename(i.file)} ${i.record} ${i.field}: ${i.message}`)).toEqual([
      "bad.yaml concept 1 (Bad Slug) slug: must be lowercase kebab-case, e.g. low-rank-adaptation",
      "bad.yaml concept 1 (Bad Slug) description.en: must be at least two sentences in English",
      'bad.yaml orphan parent: names "missing", which is not a concept',
      'bad.yaml orphan related: names "nowhere", which is not a concept',
    ]);
  });
});
