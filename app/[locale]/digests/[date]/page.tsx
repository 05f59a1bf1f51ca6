import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DigestSection } from "@/components/DigestSection";
import { getDb } from "@/lib/db/server-db";
import { readEnv } from "@/lib/config/env";
import { getTranslator } from "@/lib/i18n/get-translator";
import { formatDay } from "@/lib/i18n/format-date";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { digestParams } from "@/lib/queries/digest-params";
import { getDigestPage } from "@/lib/queries/get-digest-page";
import { dailyFeedLinks } from "@/lib/feeds/feed-links";
import { localeParam } from "@/app/request-locale";

type Props = {
  params: Promise<{ locale: string; date: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { date } = await params;
  const t = getTranslator(locale);
  return isCalendarDate(date)
    ? {
        title: t("digest.metaTitle", { date: formatDay(date, locale) }),
        alternates: dailyFeedLinks(locale, t),
      }
    : {};
}

export default async function DigestPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { date } = await params;
  const parsed = digestParams(await searchParams);
  if (!isCalendarDate(date) || !parsed.ok) notFound();
  const view = await getDigestPage(getDb(), date, {
    page: parsed.page,
    filters: parsed.filters,
    highlights: readEnv().daily.highlights,
  });
  if (!view) notFound();
  return <DigestSection view={view} locale={locale} t={getTranslator(locale)} headingLevel="h1" />;
}
