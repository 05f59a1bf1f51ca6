import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { formatDay } from "@/lib/i18n/format-date";
import { digestPath } from "@/lib/routes";
import { PaperSection } from "./PaperSection";

/** The digests a paper appeared in. */
export function PaperAppearances({ dates, locale, t }: { dates: string[]; locale: Locale; t: Translator }) {
  if (dates.length === 0) return null;
  return (
    <PaperSection id="appeared-in" title={t("paper.appearedIn")}>
      <ul className="mt-2 flex flex-wrap gap-2">
        {dates.map((date) => (
          <li key={date}>
            <a href={digestPath(locale, date)} className="rounded-md bg-slate-100 px-2 py-1 text-sm hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700">
              <time dateTime={date}>{formatDay(date, locale)}</time>
            </a>
          </li>
        ))}
      </ul>
    </PaperSection>
  );
}
