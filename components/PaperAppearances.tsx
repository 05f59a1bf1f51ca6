import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { formatDay } from "@/lib/i18n/format-date";
import { digestPath } from "@/lib/routes";

/** The digests a paper appeared in. */
export function PaperAppearances({ dates, locale, t }: { dates: string[]; locale: Locale; t: Translator }) {
  if (dates.length === 0) return null;
  return (
    <section aria-labelledby="appeared-in" className="border-t border-slate-200 pt-6 dark:border-slate-800">
      <h2 id="appeared-in" className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">
        {t("paper.appearedIn")}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {dates.map((date) => (
          <li key={date}>
            <a href={digestPath(locale, date)} className="rounded-md bg-slate-100 px-2 py-1 text-sm hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700">
              <time dateTime={date}>{formatDay(date, locale)}</time>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
