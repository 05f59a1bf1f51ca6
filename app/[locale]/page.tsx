import type { Metadata } from "next";
import { DailyRunSummary } from "@/components/DailyRunSummary";
import { DigestSection } from "@/components/DigestSection";
import { DigestWithCalendar } from "@/components/DigestWithCalendar";
import { getDb } from "@/lib/db/server-db";
import { dailyFeedLinks } from "@/lib/feeds/feed-links";
import { getTranslator } from "@/lib/i18n/get-translator";
import { formatDay } from "@/lib/i18n/format-date";
import { isMonth, monthOf } from "@/lib/dates/month-grid";
import { getDailyRun } from "@/lib/queries/get-daily-status";
import { getDigestMonth } from "@/lib/queries/get-digest-month";
import { homePath } from "@/lib/routes";
import { localeParam } from "@/app/request-locale";
import { readDigestPage, readLatestDigestDate } from "@/app/page-reads";
import { pageMetadata } from "@/app/page-metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ month?: string }> };

// The newest digest's first page, as metadata and page share it.
async function latestDigest() {
  const latest = await readLatestDigestDate();
  return latest ? readDigestPage(latest, 1, null, null, false) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getTranslator(locale);
  const view = await latestDigest();
  const description = view
    ? t("meta.home", { date: formatDay(view.date, locale), count: view.total })
    : t("meta.homeEmpty");
  return pageMetadata({ locale, path: "", description, feeds: dailyFeedLinks(locale, t) });
}

export default async function HomePage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const t = getTranslator(locale);
  const db = getDb();
  const requested = (await searchParams).month;
  const chosen = requested && isMonth(requested) ? requested : null;
  const view = await latestDigest();
  // Only the shown day's run: an older day's summary above a newer digest reads as this one's.
  const run = view ? await getDailyRun(db, view.date) : null;
  const month = chosen ?? monthOf(view?.date ?? new Date().toISOString().slice(0, 10));
  const calendar = await getDigestMonth(db, month);

  return (
    <DigestWithCalendar
      calendar={calendar}
      locale={locale}
      t={t}
      selected={view?.date}
      monthHref={(m) => homePath(locale, m)}
      pickerOpen={chosen !== null}
    >
      <h1 className="sr-only">{t("home.title")}</h1>
      <div className="space-y-6">
        {run && <DailyRunSummary run={run} locale={locale} t={t} linked />}
        <div>
          {view && (
            <p className="mb-1 text-sm font-semibold text-sky-700 dark:text-sky-400">
              {t("home.latestDigest")}
            </p>
          )}
          {view ? (
            <DigestSection view={view} locale={locale} t={t} headingLevel="h2" />
          ) : (
            <p className="rounded-lg bg-white p-6 dark:bg-slate-900">{t("home.empty")}</p>
          )}
        </div>
      </div>
    </DigestWithCalendar>
  );
}
