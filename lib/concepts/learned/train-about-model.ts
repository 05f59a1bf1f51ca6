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
  indexTerms,
  inverseDocumentFrequency,
  lexicalValue,
  TITLE_CONCEPT_FEATURE,
  TITLE_FEATURE,
  WORD_FEATURE,
  paperTerms,
  type WordValues,
} from "./feature-values.ts";
import { fitLogistic, predict, type LogisticModel } from "./logistic-regression.ts";
import { scoreAbout } from "./score-about.ts";
import { keepColumns, packRows, type SparseRows } from "./sparse-rows.ts";

/** Everything training takes as given; the rest is chosen on the dev split. */
export const TRAINING = {
  /** Words in fewer training papers than this are not features. */
  wordMinDocuments: 3,
  /** Nor are pairs of adjacent words in fewer than this. */
  pairMinDocuments: 5,
  /** Each concept keeps its strongest features and is fitted again on them: a small model file. */
  featuresPerConcept: 200,
  /** A concept with fewer training papers stays lexical. */
  minTrainExamples: 5,
  /** The regularisation of the fit on every feature that picks each concept's features. */
  selectionL2: 1e-4,
  /** Regularisation strengths tried for each concept. */
  l2: [3e-5, 1e-4, 3e-4, 1e-3, 3e-3],
  /** Weights of positive examples tried (class weights), the same for every concept. */
  positiveWeights: [1, 2, 4],
  /** Threshold rules tried (choose-thresholds.ts). */
  rules: [
    { beta: 1, minOwn: 5 },
    { beta: 0.5, minOwn: 5 },
    { beta: 1, minOwn: 10 },
    { beta: 0.5, minOwn: 10 },
    { beta: 1, minOwn: Infinity },
    { beta: 0.5, minOwn: Infinity },
    { beta: 0.3, minOwn: 10 },
    { beta: 0.3, minOwn: Infinity },
  ] satisfies ThresholdRule[],
  /**
   * Settings are compared on dev: the best F1 among those whose precision reaches this, else the
   * best F-beta with `selectBeta` (precision counts more than recall).
   */
  minPrecision: 0.9,
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
    positiveWeight: number;
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
    const terms = new Set<string>();
    for (const tokens of p.read.english) {
      tokens.forEach(({ key }, i) => {
        if (NUMBER.test(key)) return;
        terms.add(key);
        const next = tokens[i + 1]?.key;
        if (next !== undefined && !NUMBER.test(next)) terms.add(`${key} ${next}`);
      });
    }
    for (const term of terms) documentCounts.set(term, (documentCounts.get(term) ?? 0) + 1);
  }
  const words = [...documentCounts]
    .filter(([term, n]) =>
      term.includes(" ") ? n >= TRAINING.pairMinDocuments : n >= TRAINING.wordMinDocuments,
    )
    .map(([w]) => w)
    .sort();
  const mentioned = [...new Set(train.flatMap((p) => [...p.read.concepts.keys()]))].sort();
  const names = [
    ...words.map((w) => WORD_FEATURE + w),
    ...words.map((w) => TITLE_FEATURE + w),
    ...mentioned.map((s) => CONCEPT_FEATURE + s),
    ...mentioned.map((s) => TITLE_CONCEPT_FEATURE + s),
  ];
  const column = new Map(names.map((name, i) => [name, i]));
  // Terms come first, then the title's: a term's vocabulary index is its column.
  const idf = Float64Array.from(words, (w) =>
    inverseDocumentFrequency(train.length, documentCounts.get(w)!),
  );
  const terms = indexTerms(words, idf);
  const rowOf = (p: Prepared): [number, number][] => {
    const row: [number, number][] = [];
    const add = ({ indices, values }: WordValues, offset: number) =>
      indices.forEach((index, k) => row.push([offset + index, values[k]!]));
    const { all, title } = paperTerms(p.read.english, terms);
    add(all, 0);
    add(title, words.length);
    for (const [slug, m] of p.read.concepts) {
      const at = column.get(CONCEPT_FEATURE + slug);
      if (at === undefined || m.scoreEn === 0) continue;
      row.push([at, lexicalValue(m.scoreEn)]);
      if (m.evidence.some((e) => e.field === "title"))
        row.push([column.get(TITLE_CONCEPT_FEATURE + slug)!, 1]);
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

  // Each concept's features: the strongest of one fit on every feature. Every later fit is on
  // these alone, which is fast, so that each setting can be tried.
  const devRows = packRows(dev.map(rowOf), names.length);
  const selected = candidates.map((slug) => {
    const labels = train.map((p) => p.labels.has(slug));
    const all = fitLogistic(trainRows, labels, { l2: TRAINING.selectionL2 });
    const kept = strongestColumns(all.weights, TRAINING.featuresPerConcept);
    const devLabels = dev.map((p) => p.labels.has(slug));
    return { slug, labels, kept, rows: keepColumns(trainRows, kept), devLabels };
  });
  const devIn = new Map(selected.map((c) => [c.slug, keepColumns(devRows, c.kept)]));
  // Each concept's regularisation: the one whose model predicts dev best (log-loss).
  const fitAll = (positiveWeight: number): AboutModelFile => ({
    format: 1,
    training: {},
    vocabulary,
    concepts: selected.map(({ slug, labels, kept, rows, devLabels }) => {
      const fits = TRAINING.l2.map((l2) => {
        const model = fitLogistic(rows, labels, { l2, positiveWeight });
        return { l2, model, loss: logLoss(model, devIn.get(slug)!, devLabels) };
      });
      const { l2, model } = fits.reduce((a, b) => (b.loss < a.loss ? b : a));
      const dev = { examples: 0, precision: 0, recall: 0, f1: 0, lexicalF1: 0 };
      return {
        slug,
        method: "learned" as const,
        threshold: 0.5,
        l2,
        bias: significant(model.bias),
        features: kept.map((c) => names[c]!),
        weights: Array.from(model.weights, significant),
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

  // Every class weight with every threshold rule, each estimated on dev by cross-fitting.
  const grid = TRAINING.positiveWeights.flatMap((positiveWeight) => {
    const file = fitAll(positiveWeight);
    const scores = devScores(file);
    return TRAINING.rules.map((rule) => {
      const estimate = crossFitted(scores, devPapers, rule);
      const fb = fBeta(estimate, TRAINING.selectBeta);
      return { positiveWeight, rule, file, scores, ...estimate, fBeta: fb };
    });
  });
  const best = bestSetting(grid);
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
    labels:
      "content/eval/concept-labels: train and extension/ fit, dev chooses; test unread",
    train: train.length,
    dev: dev.length,
    wordMinDocuments: TRAINING.wordMinDocuments,
    pairMinDocuments: TRAINING.pairMinDocuments,
    featuresPerConcept: TRAINING.featuresPerConcept,
    minTrainExamples: TRAINING.minTrainExamples,
    selectionL2: TRAINING.selectionL2,
    l2: `per concept by dev log-loss, from ${TRAINING.l2.join(", ")}`,
    positiveWeight: best.positiveWeight,
    thresholds:
      `per concept F${rule.beta} on dev` +
      (Number.isFinite(rule.minOwn) ? `, pooled below ${rule.minOwn} dev examples` : ", pooled"),
  };
  // The file keeps every word (they make a paper's length) and the pairs a concept uses.
  const used = new Set(
    concepts.flatMap((c) => (c.method === "learned" ? c.features.map((f) => f.slice(2)) : [])),
  );
  const keep = words.flatMap((w, i) => (!w.includes(" ") || used.has(w) ? [i] : []));
  const kept = {
    documents: vocabulary.documents,
    words: keep.map((i) => words[i]!),
    documentCounts: keep.map((i) => vocabulary.documentCounts[i]!),
  };
  return { model: { format: 1, training, vocabulary: kept, concepts }, report };
}

/** The setting chosen: see `TRAINING.minPrecision`. */
export function bestSetting<T extends { precision: number; f1: number; fBeta: number }>(
  grid: T[],
): T {
  const precise = grid.filter((g) => g.precision >= TRAINING.minPrecision);
  return precise.length
    ? precise.reduce((a, b) => (b.f1 > a.f1 ? b : a))
    : grid.reduce((a, b) => (b.fBeta > a.fBeta ? b : a));
}

/** The mean log-loss of a model's probabilities. */
function logLoss(model: LogisticModel, rows: SparseRows, labels: boolean[]): number {
  let total = 0;
  labels.forEach((label, i) => {
    const p = predict(model, rows, i);
    total -= Math.log(Math.max(1e-12, label ? p : 1 - p));
  });
  return total / labels.length;
}

/** The columns with the largest weights, largest first (ties by column). */
function strongestColumns(weights: Float64Array, count: number): number[] {
  const columns = Array.from(weights.keys()).filter((c) => weights[c] !== 0);
  columns.sort((a, b) => Math.abs(weights[b]!) - Math.abs(weights[a]!) || a - b);
  return columns.slice(0, count);
}
