import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { getTranslator } from "@/lib/i18n/get-translator";
import { requestLocation } from "./request-locale";
import "./globals.css";

/** The query and mode of a search page, to keep them in the header's search box. */
function searchOf(path: string): { query?: string; mode?: string } {
  const [pathname, search] = path.split("?", 2);
  if (pathname !== "/search") return {};
  const params = new URLSearchParams(search);
  return { query: params.get("q") ?? undefined, mode: params.get("mode") ?? undefined };
}

// The document shell lives here rather than in [locale]/layout so that not-found pages render
// inside it; the proxy tells it the locale and path of every page request.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, path } = await requestLocation();
  const t = getTranslator(locale);
  const other = locale === "ko" ? "en" : "ko";
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2 focus:text-slate-900">
          {t("site.skipToContent")}
        </a>
        <SiteHeader locale={locale} t={t} switchHref={`/${other}${path === "/" ? "" : path}`} {...searchOf(path)} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
        <SiteFooter t={t} />
      </body>
    </html>
  );
}
