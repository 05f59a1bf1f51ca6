import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { SearchResult } from "@/lib/search/search-papers";
import type { ReactNode } from "react";
import { conceptName } from "./ConceptChips";

/** One facet: a heading and its values, each a link with its count. */
function FacetList({ id, heading, items, locale }: { id: string; heading: string; items: { key: string; href: string; label: ReactNode; count: number }[]; locale: Locale }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {heading}
      </h3>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <a href={item.href} className="flex justify-between gap-3 rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
              {item.label}
              <span className="tabular-nums text-slate-500 dark:text-slate-400">{item.count.toLocaleString(locale)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

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
  return (
    <aside aria-labelledby="facets-heading" className="space-y-4 text-sm">
      <h2 id="facets-heading" className="font-semibold">
        {t("search.facets")}
        {facets.scope < total && <span className="ml-1 font-normal text-slate-500 dark:text-slate-400">({t("search.facetScope", { count: facets.scope })})</span>}
      </h2>
      <FacetList
        id="facet-concepts"
        heading={t("search.facetConcepts")}
        locale={locale}
        items={facets.concepts.map((c) => ({ key: c.slug, href: conceptHref(c.slug), label: <span lang={locale}>{conceptName(c, locale)}</span>, count: c.count }))}
      />
      <FacetList
        id="facet-months"
        heading={t("search.facetMonths")}
        locale={locale}
        items={facets.months.map((m) => ({ key: m.month, href: monthHref(m.month), label: <time dateTime={m.month}>{m.month}</time>, count: m.count }))}
      />
    </aside>
  );
}
