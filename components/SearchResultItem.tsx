import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { formatDay } from "@/lib/i18n/format-date";
import { paperPath } from "@/lib/routes";
import type { SearchResultItem as Item } from "@/lib/search/search-papers";
import { ConceptChips } from "./ConceptChips";
import { PaperHeading } from "./PaperHeading";
import { SnippetText } from "./SnippetText";

/** One result: both titles, the day, excerpts of both abstracts with matches marked, concepts. */
export function SearchResultItem({ item, locale, t }: { item: Item; locale: Locale; t: Translator }) {
  const snippets = [
    { lang: "ko" as const, parts: item.snippetKo, label: t("search.koreanSnippet") },
    { lang: "en" as const, parts: item.snippetEn, label: t("search.englishSnippet") },
  ];
  if (locale === "en") snippets.reverse();
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <PaperHeading paper={item} locale={locale} level="h3" href={paperPath(locale, item)} matches={{ en: item.titleMatches, ko: item.titleKoMatches }} />
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        {item.day && <time dateTime={item.day}>{formatDay(item.day, locale)}</time>}
        {item.arxivId && <span lang="en"> · arXiv {item.arxivId}</span>}
      </p>
      <div className="mt-2 space-y-1.5">
        {snippets.map((s) => (
          <SnippetText key={s.lang} parts={s.parts} lang={s.lang} label={s.label} />
        ))}
      </div>
      <div className="mt-2">
        <ConceptChips concepts={item.concepts} locale={locale} t={t} limit={6} />
      </div>
    </article>
  );
}
