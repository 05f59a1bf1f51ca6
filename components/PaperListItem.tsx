import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { formatDay } from "@/lib/i18n/format-date";
import type { PaperView } from "@/lib/queries/paper-view";
import { paperPath } from "@/lib/routes";
import { ConceptChips } from "./ConceptChips";
import { PaperHeading } from "./PaperHeading";

/** A paper in a list: both titles, the day it was listed and its concepts. */
export function PaperListItem({ paper, listedOn, locale, t }: { paper: PaperView; listedOn: string | null; locale: Locale; t: Translator }) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <PaperHeading paper={paper} locale={locale} level="h3" href={paperPath(locale, paper)} />
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        {listedOn && <time dateTime={listedOn}>{formatDay(listedOn, locale)}</time>}
        {paper.arxivId && <span lang="en"> · arXiv {paper.arxivId}</span>}
      </p>
      <div className="mt-2">
        <ConceptChips concepts={paper.concepts} locale={locale} t={t} limit={6} />
      </div>
    </article>
  );
}
