import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { searchPath } from "@/lib/routes";
import { conceptName } from "./ConceptChips";

const EXAMPLES = ["LoRA 양자화", "검색 증강 생성", '"speculative decoding"', "concept:rlhf -survey", "scaling laws 2025"];

/** What a search box accepts, example queries and popular concepts: the page before a search. */
export function SearchHelp({ locale, t, concepts }: { locale: Locale; t: Translator; concepts: { slug: string; nameEn: string; nameKo: string; paperCount: number }[] }) {
  const syntax = ["search.syntaxPhrase", "search.syntaxExclude", "search.syntaxConcept", "search.syntaxDates", "search.syntaxCategory"] as const;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="search-syntax" className="space-y-2">
        <h2 id="search-syntax" className="font-semibold">
          {t("search.syntax")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
          {syntax.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <h2 className="pt-2 font-semibold">{t("search.examples")}</h2>
        <ul className="flex flex-wrap gap-2 text-sm">
          {EXAMPLES.map((q) => (
            <li key={q}>
              <a href={searchPath(locale, { q })} className="inline-block rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
                {q}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {concepts.length > 0 && (
        <section aria-labelledby="search-suggested" className="space-y-2">
          <h2 id="search-suggested" className="font-semibold">
            {t("search.suggested")}
          </h2>
          <ul className="flex flex-wrap gap-1.5">
            {concepts.map((c) => (
              <li key={c.slug}>
                <a
                  href={searchPath(locale, { concept: c.slug })}
                  lang={locale}
                  className="inline-block rounded-full border border-violet-200 bg-violet-50 px-2 py-0.5 text-sm text-violet-900 hover:bg-violet-100 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-100 dark:hover:bg-violet-900"
                >
                  {conceptName(c, locale)} <span className="tabular-nums text-violet-700 dark:text-violet-300">{c.paperCount}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
