import { isCalendarDate } from "@/lib/dates/calendar-date";
import { getDb } from "@/lib/db/server-db";
import { formatDay } from "@/lib/i18n/format-date";
import { getTranslator } from "@/lib/i18n/get-translator";
import { nearestDigests } from "@/lib/queries/nearest-digests";
import { digestPath } from "@/lib/routes";
import { requestLocation } from "./request-locale";

/** The day a /digests/YYYY-MM-DD address asked for, when it is a real date. */
function missingDay(path: string): string | null {
  const day = /^\/digests\/([^/?#]+)/.exec(path)?.[1];
  return day && isCalendarDate(day) ? day : null;
}

export default async function NotFound() {
  const { locale, path } = await requestLocation();
  const t = getTranslator(locale);
  const day = missingDay(path);
  const nearest = day ? await nearestDigests(getDb(), day) : null;
  const days = nearest ? [...nearest.before, ...nearest.after] : [];
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="font-mono text-sm text-slate-500 dark:text-slate-400">404</p>
      <h1 className="mt-2 text-2xl font-bold">
        {day ? t("notFound.noDigest", { date: formatDay(day, locale) }) : t("notFound.title")}
      </h1>
      <p className="mt-4 text-slate-600 dark:text-slate-400">
        {days.length > 0 ? t("notFound.noDigestBody") : t("notFound.body")}
      </p>
      {days.length > 0 && (
        <nav aria-label={t("notFound.nearestDays")} className="mt-6">
          <h2 className="text-sm font-semibold text-slate-700 dark:text-slate-300">
            {t("notFound.nearestDays")}
          </h2>
          <ul className="mt-2 flex flex-wrap justify-center gap-2">
            {days.map((date) => (
              <li key={date}>
                <a
                  href={digestPath(locale, date)}
                  data-nearest-day={date}
                  className="inline-block rounded-md border border-sky-200 bg-sky-50 px-3 py-1.5 text-sm font-medium text-sky-900 hover:bg-sky-100 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100 dark:hover:bg-sky-900"
                >
                  {nearest!.before.includes(date) ? "← " : ""}
                  <time dateTime={date}>{formatDay(date, locale)}</time>
                  {nearest!.after.includes(date) ? " →" : ""}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <a
        href={`/${locale}`}
        className="mt-6 inline-block rounded-md bg-sky-700 px-4 py-2 text-white hover:bg-sky-800"
      >
        {t("notFound.home")}
      </a>
    </div>
  );
}
