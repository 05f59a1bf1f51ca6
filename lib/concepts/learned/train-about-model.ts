import type { Tagger } from "../compile-tagger.ts";
import { CORE_CONCEPTS, coreClosure } from "../core-concepts.ts";
import { findMentions, type PaperMentions } from "../find-mentions.ts";
import { CountTable, scoresOf } from "../labels/label-counts.ts";
import type { LabelledPaper } from "../labels/labelled-set.ts";
import { tagPaper } from "../tag-paper.ts";
import { compileAboutModel, type AboutModelFile } from "./about-model.ts";
import {
  chooseThresholds,
  countAt,
  crossFitted,
  fBeta,
  type ConceptScores,
  type ThresholdRule,
} from "./choose-thresholds.ts";
import {
  CONCEPT_FEATURE,
  inverseDocumentFrequency,
  lexicalValue,
  WORD_FEATURE,
  wordValues,
} from "./feature-values.ts";
import { fitLogistic } from "./logistic-regression.ts";
import { scoreAbout } from "./score-about.ts";
import { keepColumns, packRows } from "./sparse-rows.ts";

/** Everything training takes as given; the rest is chosen on the dev split. */
export const TRAINING = {
  /** Words in fewer training papers than this are not features. */
  wordMinDocuments: 3,
  /** Each concept keeps its strongest features and is fitted again on them: a small model file. */
  featuresPerConcept: 200,
  /** A concept with fewer training papers stays lexical. */
  minTrainExamples: 5,
  /** Regularisation strengths tried. */
  l2: [1e-5, 3e-5, 1e-4, 3e-4],
  /** Threshold rules tried (choose-thresholds.ts). */
  rules: [
    { beta: 1, minOwn: 5 },
    { beta: 0.5, minOwn: 5 },
    { beta: 1, minOwn: 10 },
    { beta: 0.5, minOwn: 10 },
    { beta: 1, minOwn: Infinity },
    { beta: 0.5, minOwn: Infinity },
  ] satisfies ThresholdRule[],
  /** Choices are compared by F-beta with this beta on dev: precision counts more than recall. */
  selectBeta: 0.5,
};

/** Numbers say nothing about a topic: they are not features. */
const NUMBER = /^[0-9.]+$/;

interface Prepared {
  paper: LabelledPaper;
  read: PaperMentions;
  labels: Set<string>;
}

export interface TrainingReport {
  train: number;
  dev: number;
  features: number;
  /** Each regularisation and threshold rule tried, estimated on dev (thresholds cross-fitted). */
  grid: {
    l2: number;
    rule: ThresholdRule;
    fBeta: number;
    precision: number;
    recall: number;
    f1: number;
  }[];
  concepts: {
    slug: string;
    method: "learned" | "lexical";
    trainExamples: number;
    devExamples: number;
    reason: string;
  }[];
}

const significant = (x: number) => Number(x.toPrecision(4));

/**
 * Trains the learned layer from the train split and makes every choice on the dev split: the
 * regularisation, the threshold rule, each concept's threshold, and which concepts stay lexical.
 * Deterministic: the same labels and taxonomy give the same file.
 */
export function trainAboutModel(
  papers: LabelledPaper[],
  taxonomy: Tagger,
): { model: AboutModelFile; report: TrainingReport } {
  if (papers.some((p) => p.split === "test"))
    throw new Error("training must not read the test split");
  const lexical: Tagger = { ...taxonomy, about: null };
  const close = (slugs: Iterable<string>) =>
    coreClosure(slugs, (s) => taxonomy.concepts.get(s)?.ancestors ?? []);
  const prepare = (paper: LabelledPaper): Prepared => {
    const read = findMentions(lexical, { title: paper.title, abstractEn: paper.abstractEn });
    return { paper, read, labels: close(paper.concepts) };
  };
  const train = papers.filter((p) => p.split === "train").map(prepare);
  const dev = papers.filter((p) => p.split === "dev").map(prepare);

  const documentCounts = new Map<string, number>();
  for (const p of train) {
    for (const word of new Set(p.read.english.flat().map((t) => t.key))) {
      if (!NUMBER.test(word)) documentCounts.set(word, (documentCounts.get(word) ?? 0) + 1);
    }
  }
  const words = [...documentCounts]
    .filter(([, n]) => n >= TRAINING.wordMinDocuments)
    .map(([w]) => w)
    .sort();
  const mentioned = [...new Set(train.flatMap((p) => [...p.read.concepts.keys()]))].sort();
  const names = [
    ...words.map((w) => WORD_FEATURE + w),
    ...mentioned.map((s) => CONCEPT_FEATURE + s),
  ];
  const column = new Map(names.map((name, i) => [name, i]));
  // Words come first: a word's vocabulary index is its column.
  const vocabularyIndex = new Map(words.map((w, i) => [w, i]));
  const idf = Float64Array.from(words, (w) =>
    inverseDocumentFrequency(train.length, documentCounts.get(w)!),
  );
  const rowOf = (p: Prepared): [number, number][] => {
    const { indices, values } = wordValues(p.read.english, vocabularyIndex, idf);
    const row = Array.from(indices, (index, k): [number, number] => [index, values[k]!]);
    for (const [slug, m] of p.read.concepts) {
      const at = column.get(CONCEPT_FEATURE + slug);
      if (at !== undefined) row.push([at, lexicalValue(m.scoreEn)]);
    }
    return row;
  };
  const trainRows = packRows(train.map(rowOf), names.length);
  const vocabulary = {
    documents: train.length,
    words,
    documentCounts: words.map((w) => documentCounts.get(w)!),
  };
  const examples = (set: Prepared[], slug: string) => set.filter((p) => p.labels.has(slug)).length;
  const candidates = CORE_CONCEPTS.filter(
    (slug) => examples(train, slug) >= TRAINING.minTrainExamples,
  );

  const fitAll = (l2: number): AboutModelFile => ({
    format: 1,
    training: {},
    vocabulary,
    concepts: candidates.map((slug) => {
      const labels = train.map((p) => p.labels.has(slug));
      const options = { l2 };
      const kept = strongestColumns(
        fitLogistic(trainRows, labels, options).weights,
        TRAINING.featuresPerConcept,
      );
      const model = fitLogistic(keepColumns(trainRows, kept), labels, options);
      const features = kept.map((c) => names[c]!);
      const weights = Array.from(model.weights, significant);
      const dev = { examples: 0, precision: 0, recall: 0, f1: 0, lexicalF1: 0 };
      return {
        slug,
        method: "learned" as const,
        threshold: 0.5,
        bias: significant(model.bias),
        features,
        weights,
        dev,
      };
    }),
  });
  const devScores = (file: AboutModelFile): ConceptScores[] => {
    const model = compileAboutModel(file, "training");
    const probabilities = dev.map((p) => scoreAbout(model, p.read).probabilities);
    return model.learned.map(({ slug }, k) => ({
      slug,
      probabilities: Float64Array.from(probabilities, (row) => row[k]!),
      labels: dev.map((p) => p.labels.has(slug)),
    }));
  };
  const devPapers = dev.map((_, i) => i);

  // Every regularisation with every threshold rule, each estimated on dev by cross-fitting.
  const grid = TRAINING.l2.flatMap((l2) => {
    const file = fitAll(l2);
    const scores = devScores(file);
    return TRAINING.rules.map((rule) => {
      const estimate = crossFitted(scores, devPapers, rule);
      const fb = fBeta(estimate, TRAINING.selectBeta);
      return { l2, rule, file, scores, ...estimate, fBeta: fb };
    });
  });
  const best = grid.reduce((a, b) => (b.fBeta > a.fBeta ? b : a));
  const { scores, rule } = best;
  const thresholds = chooseThresholds(scores, devPapers, rule);

  const lexicalDev = new CountTable();
  for (const p of dev) {
    const about = tagPaper(lexical, {
      title: p.paper.title,
      abstractEn: p.paper.abstractEn,
    }).filter((t) => t.about);
    lexicalDev.compare(p.labels, close(about.map((t) => t.slug)));
  }
  const report: TrainingReport = {
    train: train.length,
    dev: dev.length,
    features: names.length,
    grid: grid.map(({ file: _, scores: __, ...estimate }) => estimate),
    concepts: [],
  };
  const concepts: AboutModelFile["concepts"] = CORE_CONCEPTS.map((slug) => {
    const counts = { trainExamples: examples(train, slug), devExamples: examples(dev, slug) };
    const lexicalF1 = lexicalDev.scores(slug).f1;
    const learned = best.file.concepts.find((c) => c.slug === slug);
    const concept = scores.find((c) => c.slug === slug);
    const keep = (method: "learned" | "lexical", reason: string) => {
      report.concepts.push({ slug, method, ...counts, reason });
      return { slug, method: "lexical" as const, reason };
    };
    if (learned?.method !== "learned" || !concept)
      return keep("lexical", "too few training examples");
    if (counts.devExamples === 0) return keep("lexical", "no dev examples to check it on");
    const threshold = thresholds.get(slug)!;
    const own = scoresOf(countAt(concept, threshold, devPapers));
    const mine = fBeta(countAt(concept, threshold, devPapers), TRAINING.selectBeta);
    const theirs = fBeta(
      lexicalDev.bySlug.get(slug) ?? { tp: 0, fp: 0, fn: 0 },
      TRAINING.selectBeta,
    );
    const versus = `dev F0.5 ${mine.toFixed(3)} learned, ${theirs.toFixed(3)} lexical`;
    if (mine < theirs) return keep("lexical", versus);
    keep("learned", versus);
    const measured = { precision: own.precision, recall: own.recall, f1: own.f1, lexicalF1 };
    const rounded = Object.fromEntries(
      Object.entries(measured).map(([k, v]) => [k, significant(v)]),
    );
    return {
      ...learned,
      threshold,
      dev: { examples: counts.devExamples, ...rounded } as typeof learned.dev,
    };
  });
  const training = {
    labels: "content/eval/concept-labels (train fits, dev chooses; test unread)",
    train: train.length,
    dev: dev.length,
    wordMinDocuments: TRAINING.wordMinDocuments,
    featuresPerConcept: TRAINING.featuresPerConcept,
    minTrainExamples: TRAINING.minTrainExamples,
    l2: best.l2,
    thresholds:
      `per concept F${rule.beta} on dev` +
      (Number.isFinite(rule.minOwn) ? `, pooled below ${rule.minOwn} dev examples` : ", pooled"),
  };
  return { model: { format: 1, training, vocabulary, concepts }, report };
}

/** The columns with the largest weights, largest first (ties by column). */
function strongestColumns(weights: Float64Array, count: number): number[] {
  const columns = Array.from(weights.keys()).filter((c) => weights[c] !== 0);
  columns.sort((a, b) => Math.abs(weights[b]!) - Math.abs(weights[a]!) || a - b);
  return columns.slice(0, count);
}
