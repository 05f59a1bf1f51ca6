import type { EvidenceView } from "../queries/paper-view.ts";
import type { MathSpan } from "../text/inline-math.ts";
import type { SentenceSpan } from "../text/sentence-alignment.ts";
import { textRuns } from "../text/text-runs.ts";

/** Where a concept is mentioned in an abstract (the tagger's evidence). */
export interface ConceptMention {
  start: number;
  end: number;
  slug: string;
}

export type SentencePiece = { kind: "text"; text: string; start: number } | { kind: "math"; text: string; start: number; tex: string } | { kind: "term"; text: string; start: number; slug: string };

export function conceptMentions(
  concepts: { slug: string; evidence: EvidenceView[] }[],
  field: "abstractEn" | "abstractKo",
): ConceptMention[] {
  return concepts.flatMap((concept) => concept.evidence.filter((e) => e.field === field).map((e) => ({ start: e.start, end: e.end, slug: concept.slug })));
}

/** A sentence as text, inline math and concept mentions; math wins where a mention overlaps it. */
export function sentencePieces(text: string, [start, end]: SentenceSpan, mentions: ConceptMention[], math: MathSpan[]): SentencePiece[] {
  const terms = mentions.filter((t) => !math.some((m) => t.start < m.end && m.start < t.end));
  const spans = [...math.map((m) => ({ ...m, kind: "math" as const })), ...terms.map((t) => ({ ...t, kind: "term" as const }))];
  return textRuns(text, spans, start, end).map(({ text: part, start: at, span }): SentencePiece => {
    if (span?.kind === "math") return { kind: "math", text: part, start: at, tex: span.tex };
    if (span?.kind === "term") return { kind: "term", text: part, start: at, slug: span.slug };
    return { kind: "text", text: part, start: at };
  });
}
