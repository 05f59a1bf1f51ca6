import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { conceptName } from "./ConceptChips";
import type { SearchResult } from "@/lib/search/search-papers";

type Href = (change: Record<string, string | string[] | undefined>) => string;

/** The count, how the query was understood, removable URL filters and the sort order. */
export function SearchSummary({ result, locale, t, params, href }: { result: SearchResult; locale: Locale; t: Translator; params: URLSearchParams; href: Href }) {
  const { query } = result;
  const conditions: { label: string; value: string }[] = [
    ...(query.lookup ? [{ label: t(query.lookup.kind === "arxiv" ? "search.lookupArxiv" : "search.lookupAuthor"), value: query.lookup.value }] : []),
    ...(query.terms.length && !query.lookup ? [{ label: t("search.terms"), value: query.terms.join(" · ") }] : []),
    ...(query.excluded.length ? [{ label: t("search.excluded"), value: query.excluded.join(" · ") }] : []),
    ...(query.concepts.length ? [{ label: t("search.concept"), value: query.concepts.map((c) => conceptName(c, locale)).join(" · ") }] : []),
    ...(query.categories.length ? [{ label: t("search.category"), value: query.categories.join(" · ") }] : []),
    ...(query.from || query.to ? [{ label: t("search.dates"), value: `${query.from ?? "…"} – ${query.to ?? "…"}` }] : []),
  ];
  const removable = [
    ...params.getAll("concept").map((slug) => ({ name: `concept:${slug}`, href: href({ concept: params.getAll("concept").filter((c) => c !== slug) }) })),
    ...params.getAll("cat").map((cat) => ({ name: `cat:${cat}`, href: href({ cat: params.getAll("cat").filter((c) => c !== cat) }) })),
    ...(params.get("from") || params.get("to") ? [{ name: `${params.get("from") ?? ""}–${params.get("to") ?? ""}`, href: href({ from: undefined, to: undefined }) }] : []),
  ];
  const sortLink = (sort: "relevance" | "date", label: string) =>
    result.sort === sort ? (
      <span aria-current="true" className="font-semibold">
        {label}
      </span>
    ) : (
      <a href={href({ sort })} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
        {label}
      </a>
    );
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="text-lg font-semibold" role="status">
          {t("search.results", { count: result.total })}
        </span>
        {query.terms.length > 0 && result.mode === "lexical" && (
          <span className="flex gap-3 text-sm" aria-label={t("search.sort")}>
            {sortLink("relevance", t("search.sortRelevance"))}
            {sortLink("date", t("search.sortDate"))}
          </span>
        )}
      </p>
      {conditions.length > 0 && (
        <dl aria-label={t("search.understood")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
          {conditions.map((c) => (
            <div key={c.label} className="flex gap-1">
              <dt>{c.label}:</dt>
              <dd className="font-medium text-slate-800 dark:text-slate-200">{c.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {removable.length > 0 && (
        <ul className="flex flex-wrap gap-2 text-sm">
          {removable.map((r) => (
            <li key={r.name}>
              <a href={r.href} aria-label={t("search.removeFilter", { name: r.name })} className="inline-flex items-center gap-1 rounded-full border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
                {r.name} <span aria-hidden="true">×</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
