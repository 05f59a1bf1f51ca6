import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { searchPath } from "@/lib/routes";

/** A GET form, so search works without JavaScript; `/` focuses it (SearchShortcut). A search by meaning stays one. */
export function SearchForm({ locale, t, query = "", mode, size = "compact" }: { locale: Locale; t: Translator; query?: string; mode?: string; size?: "compact" | "large" }) {
  const large = size === "large";
  return (
    <form role="search" action={searchPath(locale)} method="get" className={`flex gap-2 ${large ? "w-full" : "w-full sm:w-72"}`}>
      <label htmlFor={large ? "search-page-q" : "site-search"} className="sr-only">
        {t("search.label")}
      </label>
      <input
        id={large ? "search-page-q" : "site-search"}
        data-search-shortcut={large ? undefined : ""}
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t("search.placeholder")}
        title={large ? undefined : t("search.shortcut")}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={1000}
        className={`min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${large ? "py-2 text-base" : "py-1 text-sm"}`}
      />
      {(mode === "semantic" || mode === "hybrid") && <input type="hidden" name="mode" value={mode} />}
      <button type="submit" className={`rounded-md bg-sky-700 px-3 font-medium text-white hover:bg-sky-800 ${large ? "py-2" : "py-1 text-sm"}`}>
        {t("search.submit")}
      </button>
    </form>
  );
}
