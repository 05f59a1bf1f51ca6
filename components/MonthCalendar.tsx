import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { formatDay, formatMonth, weekdayNames } from "@/lib/i18n/format-date";
import { monthGrid } from "@/lib/dates/month-grid";
import type { DigestMonth } from "@/lib/queries/get-digest-month";
import { digestPath, homePath } from "@/lib/routes";

/**
 * A month of days; days with a digest link to it. Arrows jump to the nearest months that have
 * digests (`monthHref`, the home page's by default). The days' cells are styled by
 * month-calendar.css: short markup, since digest pages carry the calendar within a byte budget.
 */
export function MonthCalendar({ data, locale, t, selected, monthHref = (month) => homePath(locale, month) }: {
  data: DigestMonth;
  locale: Locale;
  t: Translator;
  selected?: string;
  monthHref?: (month: string) => string;
}) {
  const weekdays = weekdayNames(locale);
  const hasAny = Object.keys(data.days).length > 0;
  const arrow = "rounded-md px-2 py-1 text-lg leading-none hover:bg-slate-100 dark:hover:bg-slate-800";
  return (
    <section aria-labelledby="calendar-heading" className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="calendar-heading" className="sr-only">
        {t("home.calendar")}
      </h2>
      <div className="mb-3 flex items-center justify-between">
        {data.previousMonth ? (
          <a href={monthHref(data.previousMonth)} aria-label={t("calendar.previousMonth")} rel="prev" className={arrow}>
            ‹
          </a>
        ) : (
          <span aria-hidden="true" className={`${arrow} invisible`}>‹</span>
        )}
        <p className="font-semibold text-slate-900 dark:text-slate-100" aria-live="polite">
          {formatMonth(data.month, locale)}
        </p>
        {data.nextMonth ? (
          <a href={monthHref(data.nextMonth)} aria-label={t("calendar.nextMonth")} rel="next" className={arrow}>
            ›
          </a>
        ) : (
          <span aria-hidden="true" className={`${arrow} invisible`}>›</span>
        )}
      </div>
      <table className="cal">
        <caption className="sr-only">{formatMonth(data.month, locale)}</caption>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day} scope="col">
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(data.month).map((week, i) => (
            <tr key={i}>
              {week.map((date, j) => {
                if (!date) return <td key={j} />;
                const count = data.days[date];
                const day = Number(date.slice(8));
                const isSelected = date === selected;
                return (
                  <td key={date}>
                    {count ? (
                      <a
                        href={digestPath(locale, date)}
                        aria-current={isSelected ? "date" : undefined}
                        data-digest-day={date}
                        className="cal-day"
                      >
                        {day}
                        {/* Read after the visible number, so that the link's name starts with what it shows. */}
                        <span className="sr-only">, {t("calendar.dayWithDigest", { date: formatDay(date, locale), count })}</span>
                      </a>
                    ) : (
                      <span>{day}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {!hasAny && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("calendar.noDigests")}</p>}
    </section>
  );
}
