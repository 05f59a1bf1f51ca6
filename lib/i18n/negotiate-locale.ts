import Negotiator from "negotiator";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales.ts";

/** The reader's choice (cookie) wins; otherwise the browser's Accept-Language; otherwise Korean. */
export function negotiateLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  const preferred = new Negotiator({ headers: { "accept-language": input.acceptLanguage ?? "" } }).languages([...LOCALES]);
  const match = preferred.find(isLocale);
  return match ?? DEFAULT_LOCALE;
}
