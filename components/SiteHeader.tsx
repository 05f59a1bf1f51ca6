import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { SearchForm } from "./SearchForm";
import { SearchShortcut } from "./SearchShortcut";

export function SiteHeader({ locale, t, switchHref, query, mode }: { locale: Locale; t: Translator; switchHref: string; query?: string; mode?: string }) {
  const other: Locale = locale === "ko" ? "en" : "ko";
  return (
    <header role="banner" className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex items-baseline gap-3">
          <a href={`/${locale}`} className="text-lg font-bold tracking-tight text-slate-900 dark:text-slate-50">
            {t("site.name")}
          </a>
          <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-400">{t("site.tagline")}</span>
        </div>
        <SearchForm locale={locale} t={t} query={query} mode={mode} />
        <SearchShortcut />
        <nav aria-label={t("site.mainNav")} className="flex items-center gap-4 text-sm">
          <a href={`/${locale}`} className="text-slate-700 hover:underline dark:text-slate-300">
            {t("site.home")}
          </a>
          <a href={`/${locale}/concepts`} className="text-slate-700 hover:underline dark:text-slate-300">
            {t("site.concepts")}
          </a>
          <a
            href={switchHref}
            hrefLang={other}
            lang={other}
            aria-label={t("language.switchToLabel")}
            className="rounded-md border border-slate-300 px-2 py-1 text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            {t("language.switchTo")}
          </a>
        </nav>
      </div>
    </header>
  );
}
