import type { Locale } from "./locales.ts";

const TAGS: Record<Locale, string> = { ko: "ko-KR", en: "en-US" };

// Building a formatter costs far more than using one; a page formats a dozen days.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO day ("2025-08-19") without letting the server's time zone shift it. */
export function formatDay(date: string, locale: Locale, style: "long" | "full" = "long"): string {
  const key = `${locale} ${style}`;
  let format = dayFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === "full"
        ? { dateStyle: "full", timeZone: "UTC" }
        : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
    dayFormats.set(key, (format = new Intl.DateTimeFormat(TAGS[locale], options)));
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

export function formatMonth(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAGS[locale], {
    year: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** Short weekday names, Sunday first. */
export function weekdayNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(TAGS[locale], { weekday: "short", timeZone: "UTC" });
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2023, 0, 1 + i))));
}
