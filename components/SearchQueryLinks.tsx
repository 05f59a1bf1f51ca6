import type { Translator } from "@/lib/i18n/get-translator";

/** Other queries worth a click, each with the number of papers it finds. */
export function SearchQueryLinks({ intro, links, href, t }: { intro: string; links: { label: string; q: string; total: number }[]; href: (q: string) => string; t: Translator }) {
  if (links.length === 0) return null;
  return (
    <div className="space-y-1">
      <p className="text-sm text-slate-600 dark:text-slate-400">{intro}</p>
      <ul className="flex flex-wrap gap-2">
        {links.map(({ label, q, total }) => (
          <li key={q}>
            <a href={href(q)} className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm text-sky-800 hover:bg-sky-50 dark:border-slate-600 dark:text-sky-300 dark:hover:bg-slate-800">
              {label} <span className="text-slate-500 dark:text-slate-400">({t("search.results", { count: total })})</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
