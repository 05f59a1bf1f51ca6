import { describe, expect, it } from "vitest";
import { learnedConcept } from "../../../tests/support/about-model-fixture.ts";
import { compileTagger } from "../compile-tagger.ts";
import { findMentions } from "../find-mentions.ts";
import { loadTaxonomy } from "../load-taxonomy.ts";
import { compileAboutModel, type AboutModelFile } from "./about-model.ts";
import { scoreAbout, strongestFeatures } from "./score-about.ts";

const taxonomy = loadTaxonomy();
if (!taxonomy.ok) throw new Error(JSON.stringify(taxonomy.issues));
const lexical = compileTagger(taxonomy.concepts);

// One concept per kind of feature: a pair of words, a title word, MMLU named in the title.
const file: AboutModelFile = {
  format: 1,
  training: {},
  vocabulary: {
    documents: 100,
    words: ["reward", "model", "reward model", "survey"],
    documentCounts: [10, 10, 10, 10],
  },
  concepts: [
    learnedConcept("reward-model", -4, { "w:reward model": 8 }),
    learnedConcept("benchmarks", -4, { "t:survey": 8 }),
    learnedConcept("llama", -4, { "ct:mmlu": 8 }),
  ],
};
const model = compileAboutModel(file, "test");
const score = (title: string, abstractEn: string) => {
  const read = findMentions(lexical, { title, abstractEn });
  const scores = scoreAbout(model, read);
  const [reward, survey, mmlu] = scores.probabilities;
  return { reward: reward! > 0.5, survey: survey! > 0.5, mmlu: mmlu! > 0.5, read, scores };
};

describe("scoreAbout", () => {
  it("counts a pair of words only when they are adjacent, within one text", () => {
    expect(score("A study", "We train a reward model.").reward).toBe(true);
    expect(score("A study", "A model of the reward.").reward).toBe(false);
    expect(score("A reward", "Model results.").reward).toBe(false);
  });

  it("weighs a title's words apart from the abstract's", () => {
    expect(score("A survey of weather", "Rain.").survey).toBe(true);
    expect(score("Weather", "This survey covers rain.").survey).toBe(false);
  });

  it("knows whether the title names a concept", () => {
    expect(score("MMLU in weather", "Rain.").mmlu).toBe(true);
    expect(score("Weather", "Results on MMLU.").mmlu).toBe(false);
  });

  it("explains a decision by the pair or the title word that made it", () => {
    const { read, scores } = score("A survey", "We train a reward model.");
    expect(strongestFeatures(model, 0, scores, read.concepts)).toEqual([
      { kind: "word", text: "reward model", weight: expect.any(Number) },
    ]);
    expect(strongestFeatures(model, 1, scores, read.concepts)).toEqual([
      { kind: "word", text: "survey", weight: expect.any(Number) },
    ]);
  });
});
