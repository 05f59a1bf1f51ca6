import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageCsp } from "./lib/http/security-headers.ts";
import { isLocale, LOCALE_COOKIE } from "./lib/i18n/locales.ts";
import { negotiateLocale } from "./lib/i18n/negotiate-locale.ts";
import { PREFERENCE_COOKIE } from "./lib/preference-cookie.ts";
import { isReadingMode, READING_MODE_COOKIE } from "./lib/reader/reading-mode.ts";

// Every page lives under /ko or /en. Paths without a locale are redirected to the reader's
// locale; pages learn their locale and path from request headers set here. A reading mode chosen
// through a plain link (?mode= on a paper page, JavaScript off) is remembered like the island's.
// Each page gets a Content-Security-Policy with a fresh nonce; Next.js reads it from the request
// and puts it on its scripts. The other security headers come from next.config.ts.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const [, first, ...rest] = pathname.split("/");
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;

  if (!isLocale(first)) {
    const locale = negotiateLocale({ cookie, acceptLanguage: request.headers.get("accept-language") });
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
    const response = NextResponse.redirect(url);
    response.headers.set("Vary", "Accept-Language, Cookie");
    return response;
  }

  const csp = pageCsp(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-pb-locale", first);
  headers.set("x-pb-path", `/${rest.join("/")}${search}`);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (cookie !== first) {
    response.cookies.set(LOCALE_COOKIE, first, PREFERENCE_COOKIE);
  }
  const readingMode = rest[0] === "papers" ? request.nextUrl.searchParams.get("mode") : null;
  if (isReadingMode(readingMode) && request.cookies.get(READING_MODE_COOKIE)?.value !== readingMode) {
    response.cookies.set(READING_MODE_COOKIE, readingMode, PREFERENCE_COOKIE);
  }
  return response;
}

export const config = {
  // Paper ids contain dots (/ko/papers/2312.04876), so static files are excluded by name; feeds
  // are not pages (no locale redirect or page policy; next.config.ts gives them the API's).
  matcher: [
    "/((?!api/|api$|_next/|favicon\\.ico$|robots\\.txt$|sitemap\\.xml$|sitemaps/|icon\\.svg$|.*/feed\\.xml$).*)",
  ],
};
