import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { PaperView } from "@/lib/queries/paper-view";
import { paperPath } from "@/lib/routes";
import { AbstractPair } from "./AbstractPair";
import { ConceptChips } from "./ConceptChips";
import { PaperHeading } from "./PaperHeading";
import { PaperMeta } from "./PaperMeta";
import { PaperTldr } from "./PaperTldr";

/** A paper as a digest lists it: titles, metadata and the abstract pair. */
export function PaperCard({ paper, locale, t, position }: { paper: PaperView; locale: Locale; t: Translator; position: number }) {
  return (
    <article
      id={`paper-${paper.arxivId ?? paper.id}`}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex gap-3">
        <span aria-hidden="true" className="mt-1 font-mono text-sm text-slate-500 dark:text-slate-400">
          {String(position).padStart(2, "0")}
        </span>
        <div className="min-w-0 flex-1">
          <PaperHeading paper={paper} locale={locale} level="h2" href={paperPath(locale, paper)} />
          <PaperMeta paper={paper} t={t} />
          <PaperTldr translation={paper.translation} t={t} />
          <div className="mt-2">
            <ConceptChips concepts={paper.concepts} locale={locale} t={t} />
          </div>
        </div>
      </div>
      <div className="mt-5">
        <AbstractPair paper={paper} locale={locale} t={t} />
      </div>
    </article>
  );
}
