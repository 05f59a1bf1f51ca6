import "server-only";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

/** The locale segment of the URL; any other value is a 404. */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/** For boundaries that get no params (not-found): the locale and path the proxy saw. */
export async function requestLocation(): Promise<{ locale: Locale; path: string }> {
  const list = await headers();
  const locale = list.get("x-pb-locale");
  return { locale: isLocale(locale) ? locale : DEFAULT_LOCALE, path: list.get("x-pb-path") ?? "/" };
}
