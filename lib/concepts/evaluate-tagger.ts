import type { Tagger } from "./compile-tagger.ts";
import { tagPaper, type PaperText } from "./tag-paper.ts";

export interface GoldPaper extends PaperText {
  arxivId: string;
  concepts: string[];
}

export interface ConceptScore {
  slug: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  perConcept: ConceptScore[];
  micro: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  macro: { precision: number; recall: number; f1: number };
  papers: { arxivId: string; missed: string[]; extra: string[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Scores the tagger against hand labels. Both sides are closed under ancestors (a paper
 * labelled lora is also a peft paper) and family roots are left out: every paper under a
 * family would match its root, which says nothing about the tagger.
 */
export function evaluateTagger(tagger: Tagger, gold: GoldPaper[]): Evaluation {
  const closure = (slugs: string[]) => {
    const all = new Set<string>();
    for (const slug of slugs) {
      all.add(slug);
      for (const up of tagger.concepts.get(slug)?.ancestors ?? []) all.add(up);
    }
    return new Set([...all].filter((slug) => tagger.concepts.get(slug)?.parent));
  };
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (slug: string, key: "tp" | "fp" | "fn") => {
    const c = counts.get(slug) ?? { tp: 0, fp: 0, fn: 0 };
    c[key] += 1;
    counts.set(slug, c);
  };
  const papers = gold.map((paper) => {
    const expected = closure(paper.concepts);
    const predicted = closure(tagPaper(tagger, paper).filter((t) => !t.implied).map((t) => t.slug));
    for (const slug of predicted) bump(slug, expected.has(slug) ? "tp" : "fp");
    for (const slug of expected) if (!predicted.has(slug)) bump(slug, "fn");
    return { arxivId: paper.arxivId, missed: [...expected].filter((s) => !predicted.has(s)), extra: [...predicted].filter((s) => !expected.has(s)) };
  });
  const perConcept = [...counts].map(([slug, c]) => {
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    return { slug, ...c, precision, recall, f1: f1(precision, recall) };
  });
  const tp = perConcept.reduce((n, c) => n + c.tp, 0);
  const fp = perConcept.reduce((n, c) => n + c.fp, 0);
  const fn = perConcept.reduce((n, c) => n + c.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const mean = (values: number[]) => ratio(values.reduce((a, b) => a + b, 0), values.length);
  return {
    perConcept: perConcept.sort((a, b) => b.tp + b.fn - (a.tp + a.fn) || a.slug.localeCompare(b.slug)),
    micro: { precision, recall, f1: f1(precision, recall), tp, fp, fn },
    macro: { precision: mean(perConcept.map((c) => c.precision)), recall: mean(perConcept.map((c) => c.recall)), f1: mean(perConcept.map((c) => c.f1)) },
    papers,
  };
}
