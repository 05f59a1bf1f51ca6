import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { SearchResult } from "@/lib/search/search-papers";
import { conceptName } from "./ConceptChips";

/** Concept and month counts of the results, each a link that narrows the search to it. */
export function SearchFacets({ facets, total, locale, t, conceptHref, monthHref }: {
  facets: SearchResult["facets"];
  total: number;
  locale: Locale;
  t: Translator;
  conceptHref: (slug: string) => string;
  monthHref: (month: string) => string;
}) {
  if (facets.concepts.length === 0 && facets.months.length === 0) return null;
  const link = "flex justify-between gap-3 rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800";
  return (
    <aside aria-labelledby="facets-heading" className="space-y-4 text-sm">
      <h2 id="facets-heading" className="font-semibold">
        {t("search.facets")}
        {facets.scope < total && <span className="ml-1 font-normal text-slate-500 dark:text-slate-400">({t("search.facetScope", { count: facets.scope })})</span>}
      </h2>
      {facets.concepts.length > 0 && (
        <section aria-labelledby="facet-concepts">
          <h3 id="facet-concepts" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            {t("search.facetConcepts")}
          </h3>
          <ul>
            {facets.concepts.map((c) => (
              <li key={c.slug}>
                <a href={conceptHref(c.slug)} className={link}>
                  <span lang={locale}>{conceptName(c, locale)}</span>
                  <span className="tabular-nums text-slate-500 dark:text-slate-400">{c.count.toLocaleString(locale)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {facets.months.length > 0 && (
        <section aria-labelledby="facet-months">
          <h3 id="facet-months" className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            {t("search.facetMonths")}
          </h3>
          <ul>
            {facets.months.map((m) => (
              <li key={m.month}>
                <a href={monthHref(m.month)} className={link}>
                  <time dateTime={m.month}>{m.month}</time>
                  <span className="tabular-nums text-slate-500 dark:text-slate-400">{m.count.toLocaleString(locale)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
