import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fieldPath, formatIssue } from "../../ingest/ingest-issue.ts";
import {
  CONCEPT_FEATURE,
  indexTerms,
  inverseDocumentFrequency,
  TITLE_CONCEPT_FEATURE,
  TITLE_FEATURE,
  WORD_FEATURE,
  type Terms,
} from "./feature-values.ts";

/** The shipped model: written by `npm run train:concepts`, read when the tagger is built. */
export const ABOUT_MODEL_FILE = path.join("content", "concept-model.json");

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const rate = z.number().min(0).max(1);
const count = z.number().int().nonnegative();

const LearnedConcept = z
  .object({
    slug,
    method: z.literal("learned"),
    /** The paper is about the concept when the model's probability reaches this. */
    threshold: rate,
    /** The regularisation chosen for it on dev. */
    l2: z.number().positive().optional(),
    bias: z.number(),
    features: z.array(z.string().regex(/^(w|t|c|ct):./)),
    weights: z.array(z.number()),
    /** Measured on the dev split when the threshold was chosen. */
    dev: z.object({ examples: count, precision: rate, recall: rate, f1: rate, lexicalF1: rate }),
  })
  .refine((c) => c.features.length === c.weights.length, {
    message: "features and weights differ in length",
    path: ["weights"],
  });
const LexicalConcept = z.object({ slug, method: z.literal("lexical"), reason: z.string() });

export const AboutModelFileSchema = z.object({
  format: z.literal(1),
  /** How the model was made: the splits' sizes and every choice made on dev. */
  training: z.record(z.string(), z.union([z.string(), z.number()])),
  vocabulary: z
    .object({
      documents: count,
      words: z.array(z.string().min(1)),
      documentCounts: z.array(count),
    })
    .refine((v) => v.words.length === v.documentCounts.length, {
      message: "words and documentCounts differ in length",
      path: ["documentCounts"],
    }),
  concepts: z.array(z.union([LearnedConcept, LexicalConcept])),
});

export type AboutModelFile = z.output<typeof AboutModelFileSchema>;

/** One feature's weights: for each learned concept that uses it, its index and weight. */
interface FeatureWeights {
  concepts: Int32Array;
  weights: Float64Array;
}

/** The model compiled for tagging: weights by feature, so a paper's features are read once. */
export interface AboutModel {
  /** Changes whenever the file does: stored papers are re-tagged after a new model. */
  fingerprint: string;
  /** How each concept of the model is decided. */
  methods: Map<string, "learned" | "lexical">;
  learned: { slug: string; threshold: number; bias: number }[];
  /** The learned concepts' biases, in their order: where a paper's scores start. */
  biases: Float64Array;
  /** The vocabulary: each term's index into `idf`, `wordList`, `wordWeights`, `titleWeights`. */
  terms: Terms;
  wordList: string[];
  /** Each term's weights in the learned concepts that use it; null when none does. */
  wordWeights: (FeatureWeights | null)[];
  /** The same for the term in the title. */
  titleWeights: (FeatureWeights | null)[];
  /** Weights of the lexical evidence for a concept, by the concept mentioned. */
  mentions: Map<string, FeatureWeights>;
  /** Weights of a concept named in the title, by the concept. */
  titleMentions: Map<string, FeatureWeights>;
}

export class AboutModelError extends Error {}

/** Parses a model file; errors name the file and field. */
export function parseAboutModel(text: string, file: string): AboutModelFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AboutModelError(
      formatIssue({ file, message: `is not JSON: ${(error as Error).message}` }),
    );
  }
  const parsed = AboutModelFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) =>
      formatIssue({ file, field: fieldPath(i.path), message: i.message }),
    );
    throw new AboutModelError(issues.join("\n"));
  }
  return parsed.data;
}

export function compileAboutModel(
  model: AboutModelFile,
  fingerprint: string,
  file = ABOUT_MODEL_FILE,
): AboutModel {
  const known = new Set(model.vocabulary.words);
  const perFeature = new Map<string, { concepts: number[]; weights: number[] }>();
  const learned: AboutModel["learned"] = [];
  for (const [at, concept] of model.concepts.entries()) {
    if (concept.method !== "learned") continue;
    const index = learned.length;
    learned.push({ slug: concept.slug, threshold: concept.threshold, bias: concept.bias });
    concept.features.forEach((feature, k) => {
      const term = /^[wt]:/.test(feature) ? feature.slice(2) : null;
      if (term !== null && !known.has(term)) {
        const field = `concepts[${at}].features[${k}]`;
        throw new AboutModelError(
          formatIssue({ file, field, message: `"${feature}" is not in the vocabulary` }),
        );
      }
      const entry = perFeature.get(feature) ?? { concepts: [], weights: [] };
      entry.concepts.push(index);
      entry.weights.push(concept.weights[k]!);
      perFeature.set(feature, entry);
    });
  }
  const weightsOf = (feature: string): FeatureWeights | null => {
    const entry = perFeature.get(feature);
    return entry
      ? { concepts: Int32Array.from(entry.concepts), weights: Float64Array.from(entry.weights) }
      : null;
  };
  const { documents, words, documentCounts } = model.vocabulary;
  const byConcept = (prefix: string) => {
    const weights = new Map<string, FeatureWeights>();
    for (const feature of perFeature.keys())
      if (feature.startsWith(prefix)) weights.set(feature.slice(prefix.length), weightsOf(feature)!);
    return weights;
  };
  const idf = Float64Array.from(documentCounts, (n) => inverseDocumentFrequency(documents, n));
  return {
    fingerprint,
    methods: new Map(model.concepts.map((c) => [c.slug, c.method])),
    learned,
    biases: Float64Array.from(learned.map((c) => c.bias)),
    terms: indexTerms(words, idf),
    wordList: words,
    wordWeights: words.map((word) => weightsOf(WORD_FEATURE + word)),
    titleWeights: words.map((word) => weightsOf(TITLE_FEATURE + word)),
    mentions: byConcept(CONCEPT_FEATURE),
    titleMentions: byConcept(TITLE_CONCEPT_FEATURE),
  };
}

const loaded = new Map<string, AboutModel>();

/** The model in `file`, read and compiled once per process. */
export function loadAboutModel(file = ABOUT_MODEL_FILE): AboutModel {
  const cached = loaded.get(file);
  if (cached) return cached;
  let text: string;
  try {
    // Read from the working copy at run time, as the taxonomy is: not traced into the build.
    text = readFileSync(/*turbopackIgnore: true*/ file, "utf8");
  } catch (error) {
    const hint = "restore it from the repository or run npm run train:concepts";
    throw new AboutModelError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code}); ${hint}`,
    );
  }
  const fingerprint = createHash("sha256").update(text).digest("hex").slice(0, 16);
  const model = compileAboutModel(parseAboutModel(text, file), fingerprint, file);
  loaded.set(file, model);
  return model;
}
