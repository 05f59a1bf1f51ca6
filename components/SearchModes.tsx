import type { Translator } from "@/lib/i18n/get-translator";
import { SEARCH_MODES, type SearchMode } from "@/lib/search/semantic-scope";

/**
 * Words, meaning, or both: links that keep the query. Shown only where the server can match by
 * meaning.
 */
export function SearchModes({
  mode,
  href,
  t,
}: {
  mode: SearchMode;
  href: (mode: SearchMode) => string;
  t: Translator;
}) {
  return (
    <div className="space-y-1 text-sm">
      <nav aria-label={t("search.mode.modes")} className="flex flex-wrap items-center gap-2">
        <span className="text-slate-600 dark:text-slate-400">{t("search.mode.modes")}:</span>
        {SEARCH_MODES.map((m) =>
          m === mode ? (
            <span
              key={m}
              aria-current="true"
              className="rounded-full bg-slate-800 px-2.5 py-0.5 font-medium text-white dark:bg-slate-200 dark:text-slate-900"
            >
              {t(`search.mode.${m}`)}
            </span>
          ) : (
            <a
              key={m}
              href={href(m)}
              data-search-mode={m}
              className="rounded-full border border-slate-300 px-2.5 py-0.5 text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
            >
              {t(`search.mode.${m}`)}
            </a>
          ),
        )}
      </nav>
      {mode === "semantic" && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {t("search.mode.semanticNote")}
        </p>
      )}
    </div>
  );
}
