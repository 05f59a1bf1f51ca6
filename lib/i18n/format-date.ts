import type { Locale } from "./locales.ts";

const TAGS: Record<Locale, string> = { ko: "ko-KR", en: "en-US" };

const OPTIONS = {
  long: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
  full: { dateStyle: "full", timeZone: "UTC" },
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  weekday: { weekday: "short", timeZone: "UTC" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building a formatter costs far more than formatting (a digest page formats hundreds of days).
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, style: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(TAGS[locale], OPTIONS[style])));
  return format;
}

/** Formats an ISO day ("2025-08-19") without letting the server's time zone shift it. */
export function formatDay(date: string, locale: Locale, style: "long" | "full" = "long"): string {
  return formatter(locale, style).format(new Date(`${date}T00:00:00Z`));
}

export function formatMonth(month: string, locale: Locale): string {
  return formatter(locale, "month").format(new Date(`${month}-01T00:00:00Z`));
}

/** Short weekday names, Sunday first. */
export function weekdayNames(locale: Locale): string[] {
  const format = formatter(locale, "weekday");
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2023, 0, 1 + i))));
}
