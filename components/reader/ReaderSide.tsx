import type { Locale } from "@/lib/i18n/locales";
import type { PaperPageView } from "@/lib/queries/get-paper";
import { sentencePieces, type ConceptMention } from "@/lib/reader/sentence-pieces";
import type { SentenceSpan } from "@/lib/text/sentence-alignment";
import type { RichRun } from "@/lib/text/tex-text";
import { ConceptTerm } from "./ConceptTerm";
import { runNodes } from "../RichText";

/** What one language's column of the reader needs to render its sentences. */
export interface SideText {
  lang: "en" | "ko";
  /** The whole abstract read as runs (TeX markup, math, links), offsets into its text. */
  runs: RichRun[];
  mentions: ConceptMention[];
}

/** One language's sentences of a reader row, with concept tips, TeX markup and rendered math. */
export function ReaderSide({ side, spans, concepts, locale, gapLabel, conceptLinkLabel }: {
  side: SideText;
  spans: SentenceSpan[];
  concepts: Map<string, PaperPageView["mentions"][number]>;
  locale: Locale;
  /** Said when this side has no sentence in the row. */
  gapLabel: string;
  /** The words of the link to a concept's page inside its tip. */
  conceptLinkLabel: string;
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
          {sentencePieces(side.runs, span, side.mentions).map((group) => {
            const concept = group.span ? concepts.get(group.span.slug) : undefined;
            const key = group.runs[0]?.start ?? span[0];
            if (!concept) return runNodes(group.runs);
            return (
              <ConceptTerm key={key} concept={concept} locale={locale} tipId={`tip-${side.lang}-${key}`} linkLabel={conceptLinkLabel}>
                {runNodes(group.runs)}
              </ConceptTerm>
            );
          })}
        </span>
      ))}
    </div>
  );
}
