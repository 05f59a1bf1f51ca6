import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { learnedConcept } from "../../../tests/support/about-model-fixture.ts";
import { tempDir } from "../../../tests/support/digest-fixtures.ts";
import { CORE_CONCEPTS } from "../core-concepts.ts";
import {
  AboutModelError,
  compileAboutModel,
  loadAboutModel,
  parseAboutModel,
  type AboutModelFile,
} from "./about-model.ts";

const small: AboutModelFile = {
  format: 1,
  training: {},
  vocabulary: { documents: 10, words: ["benchmark", "weather"], documentCounts: [2, 5] },
  concepts: [
    learnedConcept("benchmarks", -2, { "w:benchmark": 4, "c:mmlu": 1 }),
    { slug: "llama", method: "lexical", reason: "too few training examples" },
  ],
};

describe("the learned model's file", () => {
  it("compiles into weights by feature and a method per concept", () => {
    const model = compileAboutModel(small, "f");
    expect(model.methods).toEqual(
      new Map([
        ["benchmarks", "learned"],
        ["llama", "lexical"],
      ]),
    );
    expect(model.learned).toEqual([{ slug: "benchmarks", threshold: 0.5, bias: -2 }]);
    const [benchmark, weather] = ["benchmark", "weather"].map((w) => model.terms.words.get(w)!);
    expect(model.wordWeights[benchmark!]!.weights[0]).toBe(4);
    expect(model.wordWeights[weather!]).toBeNull();
    // benchmark is in fewer documents than weather: it says more.
    expect(model.terms.idf[benchmark!]).toBeGreaterThan(model.terms.idf[weather!]!);
    expect(model.mentions.get("mmlu")!.concepts[0]).toBe(0);
  });

  it("names the file and field of what is wrong", () => {
    const broken = { ...small, concepts: [{ ...small.concepts[0], weights: [4] }] };
    expect(() => parseAboutModel(JSON.stringify(broken), "m.json")).toThrow(
      'm.json: field "concepts[0].weights": features and weights differ in length',
    );
    expect(() => parseAboutModel("{", "m.json")).toThrow(/^m\.json: is not JSON/);
    const unknown = {
      ...small,
      concepts: [{ ...small.concepts[0], features: ["w:rain", "c:mmlu"] }],
    };
    expect(() => compileAboutModel(unknown as AboutModelFile, "f", "m.json")).toThrow(
      'm.json: field "concepts[0].features[0]": "w:rain" is not in the vocabulary',
    );
  });

  it("says how to get a missing file back", () => {
    const missing = path.join(tempDir(), "none.json");
    expect(() => loadAboutModel(missing)).toThrow(AboutModelError);
    expect(() => loadAboutModel(missing)).toThrow(
      /cannot be read \(ENOENT\); restore it .* npm run train:concepts/,
    );
  });

  it("reads a file once and fingerprints its content", () => {
    const file = path.join(tempDir(), "model.json");
    writeFileSync(file, JSON.stringify(small));
    const model = loadAboutModel(file);
    expect(loadAboutModel(file)).toBe(model);
    expect(model.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it("ships a model that decides every core concept, learned or lexical", () => {
    const model = loadAboutModel();
    expect([...model.methods.keys()].sort()).toEqual([...CORE_CONCEPTS].sort());
    expect(model.learned.length).toBeGreaterThan(10);
    for (const concept of model.learned) expect(concept.threshold).toBeGreaterThan(0);
  });
});
