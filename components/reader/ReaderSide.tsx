import type { Locale } from "@/lib/i18n/locales";
import type { PaperPageView } from "@/lib/queries/get-paper";
import { sentencePieces, type ConceptMention } from "@/lib/reader/sentence-pieces";
import type { MathSpan } from "@/lib/text/inline-math";
import type { SentenceSpan } from "@/lib/text/sentence-alignment";
import { ConceptTerm } from "./ConceptTerm";
import { InlineMath } from "../InlineMath";

/** What one language's column of the reader needs to render its sentences. */
export interface SideText {
  lang: "en" | "ko";
  text: string;
  mentions: ConceptMention[];
  math: MathSpan[];
}

/** One language's sentences of a reader row, with concept tips and rendered math. */
export function ReaderSide({ side, spans, concepts, locale, gapLabel }: {
  side: SideText;
  spans: SentenceSpan[];
  concepts: Map<string, PaperPageView["mentions"][number]>;
  locale: Locale;
  /** Said when this side has no sentence in the row. */
  gapLabel: string;
}) {
  return (
    <div lang={side.lang} className={`reader-side reader-side-${side.lang}`}>
      {spans.length === 0 && (
        <span className="reader-gap">
          <span aria-hidden="true">—</span>
          <span lang={locale} className="sr-only">
            {gapLabel}
          </span>
        </span>
      )}
      {spans.map((span, i) => (
        <span key={span[0]} className="sentence">
          {i > 0 && " "}
          {sentencePieces(side.text, span, side.mentions, side.math).map((piece) => {
            if (piece.kind === "math") return <InlineMath key={piece.start} tex={piece.tex} source={piece.text} />;
            const concept = piece.kind === "term" ? concepts.get(piece.slug) : undefined;
            if (!concept) return piece.text;
            return (
              <ConceptTerm key={piece.start} concept={concept} locale={locale} tipId={`tip-${side.lang}-${piece.start}`}>
                {piece.text}
              </ConceptTerm>
            );
          })}
        </span>
      ))}
    </div>
  );
}
