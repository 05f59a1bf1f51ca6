import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DailyRunSummary } from "@/components/DailyRunSummary";
import { DigestSection } from "@/components/DigestSection";
import { DigestWithCalendar } from "@/components/DigestWithCalendar";
import { getDb } from "@/lib/db/server-db";
import { getTranslator } from "@/lib/i18n/get-translator";
import { formatDay } from "@/lib/i18n/format-date";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { monthOf } from "@/lib/dates/month-grid";
import { dailyFeedLinks } from "@/lib/feeds/feed-links";
import { digestParams } from "@/lib/queries/digest-params";
import { getDailyRun } from "@/lib/queries/get-daily-status";
import { getDigestMonth } from "@/lib/queries/get-digest-month";
import type { DigestFilters } from "@/lib/queries/get-digest-page";
import { digestPath } from "@/lib/routes";
import { localeParam } from "@/app/request-locale";
import { readDigestPage } from "@/app/page-reads";
import { pageMetadata } from "@/app/page-metadata";
import { plainText } from "@/lib/text/rich-runs";

type Props = {
  params: Promise<{ locale: string; date: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: Props) {
  const { date } = await params;
  const parsed = digestParams(await searchParams);
  if (!isCalendarDate(date) || !parsed.ok) return null;
  const { category, concept, korean }: DigestFilters = parsed.filters;
  const view = await readDigestPage(date, parsed.page, category, concept, korean);
  return view && { view, month: parsed.month };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeParam(props.params);
  const loaded = await load(props);
  if (!loaded) return {};
  const { view } = loaded;
  const t = getTranslator(locale);
  const day = formatDay(view.date, locale);
  const titles = [...view.highlights, ...view.list]
    .slice(0, 3)
    .map((p) => plainText(locale === "ko" && p.titleKo ? p.titleKo : p.title));
  return pageMetadata({
    locale,
    path: `/digests/${view.date}`,
    title: t("digest.metaTitle", { date: day }),
    description: t("meta.digest", { date: day, count: view.total, titles: titles.join(" · ") }),
    feeds: dailyFeedLinks(locale, t),
  });
}

export default async function DigestPage(props: Props) {
  const locale = await localeParam(props.params);
  const loaded = await load(props);
  // A day without a digest is a 404 that offers the nearest days with one (not-found.tsx).
  if (!loaded) notFound();
  const { view, month } = loaded;
  const t = getTranslator(locale);
  const db = getDb();
  const [calendar, run] = await Promise.all([
    getDigestMonth(db, month ?? monthOf(view.date)),
    view.page === 1 ? getDailyRun(db, view.date) : null,
  ]);
  return (
    <DigestWithCalendar
      calendar={calendar}
      locale={locale}
      t={t}
      selected={view.date}
      monthHref={(m) => `${digestPath(locale, view.date)}?month=${m}`}
      pickerOpen={month !== null}
    >
      <div className="space-y-6">
        <DigestSection view={view} locale={locale} t={t} headingLevel="h1" />
        {run && <DailyRunSummary run={run} locale={locale} t={t} />}
      </div>
    </DigestWithCalendar>
  );
}
