import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DigestSection } from "@/components/DigestSection";
import { DigestWithCalendar } from "@/components/DigestWithCalendar";
import { getDb } from "@/lib/db/server-db";
import { getTranslator } from "@/lib/i18n/get-translator";
import { formatDay } from "@/lib/i18n/format-date";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { isMonth, monthOf } from "@/lib/dates/month-grid";
import { getDigestMonth } from "@/lib/queries/get-digest-month";
import { digestPath } from "@/lib/routes";
import { localeParam } from "@/app/request-locale";
import { readDigest } from "@/app/page-reads";
import { pageMetadata } from "@/app/page-metadata";
import { plainText } from "@/lib/text/rich-runs";

type Props = { params: Promise<{ locale: string; date: string }>; searchParams: Promise<{ month?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { date } = await params;
  const digest = isCalendarDate(date) ? await readDigest(date) : null;
  if (!digest) return {};
  const t = getTranslator(locale);
  const titles = digest.papers.slice(0, 3).map((p) => plainText(locale === "ko" && p.titleKo ? p.titleKo : p.title));
  return pageMetadata({
    locale,
    path: `/digests/${date}`,
    title: t("digest.metaTitle", { date: formatDay(date, locale) }),
    description: t("meta.digest", { date: formatDay(date, locale), count: digest.papers.length, titles: titles.join(" · ") }),
  });
}

export default async function DigestPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { date } = await params;
  const digest = isCalendarDate(date) ? await readDigest(date) : null;
  // A day without a digest is a 404 that offers the nearest days with one (not-found.tsx).
  if (!digest) notFound();
  const requested = (await searchParams).month;
  const chosen = requested && isMonth(requested) ? requested : null;
  const t = getTranslator(locale);
  const calendar = await getDigestMonth(getDb(), chosen ?? monthOf(date));
  return (
    <DigestWithCalendar calendar={calendar} locale={locale} t={t} selected={date} monthHref={(m) => `${digestPath(locale, date)}?month=${m}`} pickerOpen={chosen !== null}>
      <DigestSection digest={digest} locale={locale} t={t} headingLevel="h1" />
    </DigestWithCalendar>
  );
}
