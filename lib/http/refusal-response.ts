import { createHash } from "node:crypto";
import { getTranslator } from "../i18n/get-translator.ts";
import { isLocale, LOCALE_COOKIE, type Locale } from "../i18n/locales.ts";
import { negotiateLocale } from "../i18n/negotiate-locale.ts";
import { BASE_SECURITY_HEADERS, LOCKED_CSP } from "./security-headers.ts";
import { isApiPath, SERVED_METHODS, type Refusal } from "./request-gate.ts";

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const STYLE =
  "body{font:16px/1.6 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a}p.code{color:#64748b;font-family:monospace}:lang(ko){word-break:keep-all}";
const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function cookieLocale(cookieHeader: string | undefined): string | null {
  const match = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`));
  return match?.[1] ?? null;
}

/** The page's locale from its first path segment, else the reader's cookie or Accept-Language. */
function localeFor(path: string, headers: { cookie?: string; acceptLanguage?: string }): Locale {
  const first = path.split("/")[1];
  return isLocale(first)
    ? first
    : negotiateLocale({
        cookie: cookieLocale(headers.cookie),
        acceptLanguage: headers.acceptLanguage,
      });
}

function errorPage(locale: Locale, status: number): string {
  const t = getTranslator(locale);
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t("requestError.title"))}</title><style>${STYLE}</style></head><body><main><p class="code">${status}</p><h1>${escapeHtml(t("requestError.title"))}</h1><p>${escapeHtml(t("requestError.body"))}</p><p><a href="/${locale}">${escapeHtml(t("requestError.home"))}</a></p></main></body></html>`;
}

/** A refused request's answer: the API's error shape under /api, a localized page elsewhere. */
export function refusalResponse(
  refusal: Refusal,
  path: string,
  headers: { cookie?: string; acceptLanguage?: string },
): PlainResponse {
  const common = {
    ...BASE_SECURITY_HEADERS,
    "Cache-Control": "no-store",
    ...(refusal.status === 405 ? { Allow: SERVED_METHODS.join(", ") } : {}),
  };
  if (isApiPath(path)) {
    const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
    return {
      status: refusal.status,
      headers: {
        ...common,
        "Content-Security-Policy": LOCKED_CSP,
        "Content-Type": "application/json",
      },
      body,
    };
  }
  const csp = `${LOCKED_CSP}; style-src 'sha256-${STYLE_HASH}'`;
  const body = errorPage(localeFor(path, headers), refusal.status);
  return {
    status: refusal.status,
    headers: {
      ...common,
      "Content-Security-Policy": csp,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Language": localeFor(path, headers),
    },
    body,
  };
}
