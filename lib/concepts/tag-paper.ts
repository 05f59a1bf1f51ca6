import type { Tagger } from "./compile-tagger.ts";
import { isCoreConcept } from "./core-concepts.ts";
import {
  findMentions,
  type ConceptMentions,
  type Evidence,
  type PaperText,
} from "./find-mentions.ts";
import { scoreAbout, strongestFeatures, type StrongFeature } from "./learned/score-about.ts";

/** How a tag's decision was made: the learned layer, the lexical score, or a narrower concept. */
export type AboutMethod = "learned" | "lexical" | "implied";

export interface ConceptTag {
  slug: string;
  /** Whether the paper is about the concept; false when it only mentions it. */
  about: boolean;
  /** The decision's score: the learned layer's probability, else the lexical score. */
  score: number;
  method: AboutMethod;
  /** About the concept through a narrower one it is about. */
  implied: boolean;
  /** Every mention of the concept in the title and abstracts. */
  evidence: Evidence[];
  /** For a learned "about": the features that weighed most for it. */
  features: StrongFeature[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * What a paper is about, and what it only mentions. The lexical layer finds the mentions. The
 * learned layer decides the concepts of its model from the whole English title and abstract;
 * every other concept is about when its lexical score reaches the concept's minimum, and only
 * inside the learned concepts above it that the paper is about (a paper that names MMLU is about
 * MMLU only when it is about benchmarks) and, outside the core, inside the core concepts above it
 * that the paper is about. Broader concepts of an "about" are implied.
 */
export function tagPaper(tagger: Tagger, paper: PaperText): ConceptTag[] {
  const read = findMentions(tagger, paper);
  const mentions = read.concepts;
  const tags = new Map<string, ConceptTag>();
  const model = tagger.about;
  const learned = (slug: string) => model?.methods.get(slug) === "learned";
  if (model) {
    const scores = scoreAbout(model, read);
    model.learned.forEach(({ slug, threshold }, i) => {
      const probability = scores.probabilities[i]!;
      const about = probability >= threshold;
      const evidence = mentions.get(slug)?.evidence ?? [];
      if (!tagger.concepts.has(slug) || (!about && evidence.length === 0)) return;
      const features = about ? strongestFeatures(model, i, scores, mentions) : [];
      const score = round(probability);
      tags.set(slug, {
        slug,
        about,
        score,
        method: "learned",
        implied: false,
        evidence,
        features,
      });
    });
  }
  // Core concepts first: a concept outside the core counts only inside the core ones above it
  // that the paper is about (naming an encoder-only model does not make a paper about the
  // Transformer); a core concept only inside the learned ones above it.
  const gates = (slug: string, up: string) =>
    learned(up) || (model !== null && !isCoreConcept(slug) && isCoreConcept(up));
  for (const [slug, found] of mentions) decideLexically(slug, found, true);
  for (const [slug, found] of mentions) decideLexically(slug, found, false);
  function decideLexically(slug: string, found: ConceptMentions, core: boolean) {
    const concept = tagger.concepts.get(slug);
    if (!concept || learned(slug) || isCoreConcept(slug) !== core) return;
    const inside = concept.ancestors.every((up) => !gates(slug, up) || tags.get(up)?.about);
    const about = inside && found.score >= concept.minScore;
    const { score, evidence } = found;
    tags.set(slug, {
      slug,
      about,
      score,
      method: "lexical",
      implied: false,
      evidence,
      features: [],
    });
  }
  for (const tag of [...tags.values()]) {
    if (!tag.about || tag.implied) continue;
    for (const up of tagger.concepts.get(tag.slug)?.ancestors ?? []) {
      const existing = tags.get(up);
      if (existing?.about && !existing.implied) continue;
      const score = Math.max(existing?.about ? existing.score : 0, tag.score);
      const evidence = mentions.get(up)?.evidence ?? [];
      tags.set(up, {
        slug: up,
        about: true,
        score,
        method: "implied",
        implied: true,
        evidence,
        features: [],
      });
    }
  }
  const rank = (t: ConceptTag) => (t.about ? (t.implied ? 1 : 0) : 2);
  return [...tags.values()].sort(
    (a, b) => rank(a) - rank(b) || b.score - a.score || a.slug.localeCompare(b.slug),
  );
}

/** The concepts a paper is about, directly or through a narrower concept. */
export function aboutConcepts(tagger: Tagger, paper: PaperText): string[] {
  return tagPaper(tagger, paper).flatMap((tag) => (tag.about ? [tag.slug] : []));
}
