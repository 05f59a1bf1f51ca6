import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { PaperNeighbours } from "@/lib/semantic/paper-neighbours";
import { conceptName } from "./ConceptChips";
import { PaperHeading } from "./PaperHeading";
import { PaperSection } from "./PaperSection";

/**
 * Related papers and suggested concepts from the semantic layer, kept apart from the
 * evidence-based tags; nothing when the layer is off or the paper is not embedded yet.
 */
export function SemanticNeighbours({ neighbours, locale, t }: { neighbours: PaperNeighbours; locale: Locale; t: Translator }) {
  if (neighbours.status !== "on" || neighbours.related.length === 0) return null;
  const similarity = (value: number) => t("semantic.similarity", { value: value.toFixed(2) });
  return (
    <>
      {neighbours.suggestedConcepts.length > 0 && (
        <PaperSection id="suggested-concepts" title={t("semantic.suggested")} intro={t("semantic.suggestedIntro")}>
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {neighbours.suggestedConcepts.map((c) => (
              <li key={c.slug}>
                <a
                  href={`/${locale}/concepts/${c.slug}`}
                  data-suggested-concept={c.slug}
                  title={similarity(c.similarity)}
                  className="inline-block rounded-full border border-dashed border-violet-400 px-2.5 py-0.5 text-violet-900 hover:bg-violet-50 dark:border-violet-600 dark:text-violet-200 dark:hover:bg-violet-950"
                >
                  {conceptName(c, locale)}
                </a>
              </li>
            ))}
          </ul>
        </PaperSection>
      )}
      <PaperSection id="related-papers" title={t("semantic.related")} intro={t("semantic.relatedIntro")}>
        <ol className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
          {neighbours.related.map((paper) => (
            <li key={paper.id} data-related-paper={paper.arxivId ?? paper.id} className="flex items-start justify-between gap-3 py-3">
              <PaperHeading paper={paper} locale={locale} level="h3" href={`/${locale}/papers/${paper.arxivId ?? paper.id}`} />
              <span className="shrink-0 text-xs tabular-nums text-slate-500 dark:text-slate-400">{similarity(paper.similarity)}</span>
            </li>
          ))}
        </ol>
      </PaperSection>
    </>
  );
}
