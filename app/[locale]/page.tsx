import type { Metadata } from "next";
import { DailyRunSummary } from "@/components/DailyRunSummary";
import { DigestSection } from "@/components/DigestSection";
import { MonthCalendar } from "@/components/MonthCalendar";
import { readEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/server-db";
import { dailyFeedLinks } from "@/lib/feeds/feed-links";
import { getTranslator } from "@/lib/i18n/get-translator";
import { isMonth, monthOf } from "@/lib/dates/month-grid";
import { latestDigestDate } from "@/lib/queries/get-digest";
import { getLatestDailyRun } from "@/lib/queries/get-daily-status";
import { getDigestMonth } from "@/lib/queries/get-digest-month";
import { getDigestPage } from "@/lib/queries/get-digest-page";
import { localeParam } from "@/app/request-locale";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ month?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  return { alternates: dailyFeedLinks(locale, getTranslator(locale)) };
}

export default async function HomePage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const t = getTranslator(locale);
  const db = getDb();
  const latest = await latestDigestDate(db);
  const requested = (await searchParams).month;
  const month =
    requested && isMonth(requested)
      ? requested
      : monthOf(latest ?? new Date().toISOString().slice(0, 10));
  const noFilters = { category: null, concept: null, korean: false };
  const [view, run, calendar] = await Promise.all([
    latest
      ? getDigestPage(db, latest, {
          page: 1,
          highlights: readEnv().daily.highlights,
          filters: noFilters,
        })
      : null,
    getLatestDailyRun(db),
    getDigestMonth(db, month),
  ]);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0 space-y-6">
        <h1 className="sr-only">{t("home.title")}</h1>
        {run && <DailyRunSummary run={run} locale={locale} t={t} />}
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
      <aside>
        <div className="lg:sticky lg:top-4">
          <MonthCalendar data={calendar} locale={locale} t={t} selected={latest ?? undefined} />
        </div>
      </aside>
    </div>
  );
}
