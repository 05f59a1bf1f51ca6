import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { formatDay } from "@/lib/i18n/format-date";
import { digestPath } from "@/lib/routes";

/** Links to the previous and next digest. */
export function DigestNav({ previous, next, locale, t }: { previous: string | null; next: string | null; locale: Locale; t: Translator }) {
  const link = "flex flex-col rounded-lg border border-slate-200 px-3 py-2 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900";
  return (
    <nav aria-label={t("digest.nav")} className="flex justify-between gap-3 text-sm">
      {previous ? (
        <a href={digestPath(locale, previous)} rel="prev" className={link}>
          <span className="text-xs text-slate-500 dark:text-slate-400">← {t("digest.previous")}</span>
          <span className="font-medium text-slate-900 dark:text-slate-100">{formatDay(previous, locale)}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={digestPath(locale, next)} rel="next" className={`${link} items-end text-right`}>
          <span className="text-xs text-slate-500 dark:text-slate-400">{t("digest.next")} →</span>
          <span className="font-medium text-slate-900 dark:text-slate-100">{formatDay(next, locale)}</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
