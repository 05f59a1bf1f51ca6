import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DigestSection } from "@/components/DigestSection";
import { getDb } from "@/lib/db/server-db";
import { getTranslator } from "@/lib/i18n/get-translator";
import { formatDay } from "@/lib/i18n/format-date";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { getDigest } from "@/lib/queries/get-digest";
import { localeParam } from "@/app/request-locale";

type Props = { params: Promise<{ locale: string; date: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { date } = await params;
  return isCalendarDate(date) ? { title: getTranslator(locale)("digest.metaTitle", { date: formatDay(date, locale) }) } : {};
}

export default async function DigestPage({ params }: Props) {
  const locale = await localeParam(params);
  const { date } = await params;
  const digest = isCalendarDate(date) ? await getDigest(getDb(), date) : null;
  if (!digest) notFound();
  return <DigestSection digest={digest} locale={locale} t={getTranslator(locale)} headingLevel="h1" />;
}
