import { DigestSection } from "@/components/DigestSection";
import { DigestWithCalendar } from "@/components/DigestWithCalendar";
import { getDb } from "@/lib/db/server-db";
import { getTranslator } from "@/lib/i18n/get-translator";
import { isMonth, monthOf } from "@/lib/dates/month-grid";
import { getDigestMonth } from "@/lib/queries/get-digest-month";
import { homePath } from "@/lib/routes";
import { localeParam } from "@/app/request-locale";
import { readDigest, readLatestDigestDate } from "@/app/page-reads";
import { pageMetadata } from "@/app/page-metadata";
import { formatDay } from "@/lib/i18n/format-date";
import type { Metadata } from "next";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = getTranslator(locale);
  const latest = await readLatestDigestDate();
  const digest = latest ? await readDigest(latest) : null;
  const description = digest ? t("meta.home", { date: formatDay(digest.date, locale), count: digest.papers.length }) : t("meta.homeEmpty");
  return pageMetadata({ locale, path: "", description });
}

export default async function HomePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ month?: string }> }) {
  const locale = await localeParam(params);
  const t = getTranslator(locale);
  const db = getDb();
  const latest = await readLatestDigestDate();
  const requested = (await searchParams).month;
  const chosen = requested && isMonth(requested) ? requested : null;
  const month = chosen ?? monthOf(latest ?? new Date().toISOString().slice(0, 10));
  const [digest, calendar] = await Promise.all([latest ? readDigest(latest) : null, getDigestMonth(db, month)]);

  return (
    <DigestWithCalendar calendar={calendar} locale={locale} t={t} selected={latest ?? undefined} monthHref={(m) => homePath(locale, m)} pickerOpen={chosen !== null}>
      <h1 className="sr-only">{t("home.title")}</h1>
      {digest && <p className="mb-1 text-sm font-semibold text-sky-700 dark:text-sky-400">{t("home.latestDigest")}</p>}
      {digest ? (
        <DigestSection digest={digest} locale={locale} t={t} headingLevel="h2" />
      ) : (
        <p className="rounded-lg bg-white p-6 dark:bg-slate-900">{t("home.empty")}</p>
      )}
    </DigestWithCalendar>
  );
}
