import type { Translator } from "@/lib/i18n/get-translator";
import type { SearchResult } from "@/lib/search/search-papers";

/** When the words together found nothing: links to each word or phrase alone, with its count. */
export function SearchAlternatives({ alternatives, href, t }: { alternatives: SearchResult["alternatives"]; href: (q: string) => string; t: Translator }) {
  if (alternatives.length === 0) return null;
  return (
    <div className="space-y-1">
      <p className="text-slate-600 dark:text-slate-400">{t("search.alternatives")}</p>
      <ul className="flex flex-wrap gap-2">
        {alternatives.map(({ q, total }) => (
          <li key={q}>
            <a href={href(q)} className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm text-sky-800 hover:bg-sky-50 dark:border-slate-600 dark:text-sky-300 dark:hover:bg-slate-800">
              {q} <span className="text-slate-500 dark:text-slate-400">({t("search.results", { count: total })})</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
