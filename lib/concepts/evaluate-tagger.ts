import type { Tagger } from "./compile-tagger.ts";
import { CORE_CONCEPTS, isCoreConcept } from "./core-concepts.ts";
import { CountTable, scoresOf, type Counts, type Scores } from "./labels/label-counts.ts";
import type { LabelledPaper } from "./labels/labelled-set.ts";
import { tagPaper, type AboutMethod } from "./tag-paper.ts";

/** A tagger's "about" decisions for a paper: slug and the method that decided it. */
export type Predictor = (paper: LabelledPaper) => { slug: string; method: AboutMethod }[];

export interface Evaluation {
  papers: number;
  micro: Scores;
  /** Over the core concepts labelled or predicted in these papers. */
  macro: { precision: number; recall: number; f1: number; concepts: number };
  /** Per core concept, most labelled first. */
  perConcept: (Scores & { slug: string })[];
  /** The predictions each method made, and how many were right. */
  perMethod: { method: AboutMethod; tp: number; fp: number; precision: number }[];
  /** Per paper, the labels missed and the concepts wrongly predicted. */
  errors: { arxivId: string; missed: string[]; extra: string[] }[];
}

/** The tagger's "about" tags on the core concepts, implied ones too (the labels list parents). */
export const taggerPredictor =
  (tagger: Tagger): Predictor =>
  (paper) =>
    tagPaper(tagger, { title: paper.title, abstractEn: paper.abstractEn })
      .filter((t) => t.about && isCoreConcept(t.slug))
      .map(({ slug, method }) => ({ slug, method }));

/** The trivial baseline: a tagger that tags nothing (recall 0; no precision to speak of). */
export const tagsNothing: Predictor = () => [];

/** The other trivial baseline: a tagger that tags every core concept (recall 1). */
export const tagsEveryConcept: Predictor = () =>
  CORE_CONCEPTS.map((slug) => ({ slug, method: "lexical" }));

/** Scores a predictor against the reviewed labels over the 37 core concepts. */
export function evaluatePredictor(predict: Predictor, papers: LabelledPaper[]): Evaluation {
  const table = new CountTable();
  const methods = new Map<AboutMethod, Counts>();
  const errors = papers.map((paper) => {
    const expected = new Set(paper.concepts);
    const predictions = predict(paper);
    const predicted = new Set(predictions.map((p) => p.slug));
    table.compare(expected, predicted);
    for (const { slug, method } of predictions) {
      const counts = methods.get(method) ?? { tp: 0, fp: 0, fn: 0 };
      counts[expected.has(slug) ? "tp" : "fp"] += 1;
      methods.set(method, counts);
    }
    const missed = [...expected].filter((s) => !predicted.has(s));
    return {
      arxivId: paper.arxivId,
      missed,
      extra: [...predicted].filter((s) => !expected.has(s)),
    };
  });
  const examples = (slug: string) => {
    const c = table.bySlug.get(slug);
    return c ? c.tp + c.fn : 0;
  };
  const perConcept = CORE_CONCEPTS.map((slug) => ({ slug, ...table.scores(slug) })).sort(
    (a, b) => examples(b.slug) - examples(a.slug) || a.slug.localeCompare(b.slug),
  );
  return {
    papers: papers.length,
    micro: table.micro(CORE_CONCEPTS),
    macro: table.macro(CORE_CONCEPTS),
    perConcept,
    perMethod: [...methods]
      .map(([method, c]) => ({ method, tp: c.tp, fp: c.fp, precision: scoresOf(c).precision }))
      .sort((a, b) => a.method.localeCompare(b.method)),
    errors: errors.filter((e) => e.missed.length || e.extra.length),
  };
}
