import type { EvidenceView } from "../queries/paper-view.ts";
import { groupBySpans, runsWithin, type RunGroup } from "../text/rich-runs.ts";
import type { SentenceSpan } from "../text/sentence-alignment.ts";
import type { RichRun } from "../text/tex-text.ts";

/** Where a concept is mentioned in an abstract (the tagger's evidence). */
export interface ConceptMention {
  start: number;
  end: number;
  slug: string;
}

/** Mentions marked (with a glossary tip each) per abstract; later ones read as plain text. */
export const MAX_MARKED_MENTIONS = 100;

export function conceptMentions(
  concepts: { slug: string; evidence: EvidenceView[] }[],
  field: "abstractEn" | "abstractKo",
): ConceptMention[] {
  const all = concepts.flatMap((concept) =>
    concept.evidence
      .filter((e) => e.field === field)
      .map((e) => ({ start: e.start, end: e.end, slug: concept.slug })),
  );
  return all.sort((a, b) => a.start - b.start).slice(0, MAX_MARKED_MENTIONS);
}

/**
 * A sentence's runs (of the whole abstract's `runs`), grouped by the concept mention each falls
 * in. Math and links win where a mention overlaps them: a term is a link of its own.
 */
export function sentencePieces(
  runs: RichRun[],
  [start, end]: SentenceSpan,
  mentions: ConceptMention[],
): RunGroup<ConceptMention>[] {
  const within = runsWithin(runs, start, end);
  const taken = within.filter((r) => r.math !== undefined || r.href);
  const terms = mentions.filter((t) => !taken.some((r) => t.start < r.end && r.start < t.end));
  return groupBySpans(within, terms);
}
