import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { readEnv } from "@/lib/config/env";
import { getTranslator } from "@/lib/i18n/get-translator";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

const OG_LOCALE: Record<Locale, string> = { ko: "ko_KR", en: "en_US" };
const DESCRIPTION_LENGTH = 200;

/** The site's public address: SITE_URL, else the address the request came to. */
export async function siteUrl(): Promise<URL> {
  const configured = readEnv().siteUrl;
  if (configured) return new URL(configured);
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const protocol =
    list.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return new URL(`${protocol}://${host}`);
}

/** A one-line description of at most about 200 characters, cut at a word. */
export function shortDescription(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= DESCRIPTION_LENGTH) return line;
  const cut = line.lastIndexOf(" ", DESCRIPTION_LENGTH);
  return `${line.slice(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH)}…`;
}

/**
 * A page's title and description for the tab, shared links (Open Graph, Twitter) and search
 * engines, with its canonical address and its other language's (`path` is the page's path
 * under the locale, "" for the home page).
 */
export async function pageMetadata({
  locale,
  path,
  title,
  description,
  type = "website",
  other,
  feeds,
}: {
  locale: Locale;
  path: string;
  /** Without the site's name, which the layout's template adds; none for the home page. */
  title?: string;
  description: string;
  type?: "website" | "article";
  other?: Metadata["other"];
  /** Autodiscovery links of the page's feeds (lib/feeds/feed-links.ts). */
  feeds?: Pick<NonNullable<Metadata["alternates"]>, "types">;
}): Promise<Metadata> {
  const site = getTranslator(locale)("site.name");
  const line = shortDescription(description);
  const shared = title ? `${title} · ${site}` : site;
  return {
    metadataBase: await siteUrl(),
    ...(title ? { title } : {}),
    description: line,
    alternates: {
      canonical: `/${locale}${path}`,
      languages: {
        ...Object.fromEntries(LOCALES.map((l) => [l, `/${l}${path}`])),
        "x-default": path || "/",
      },
      ...feeds,
    },
    openGraph: {
      type,
      siteName: site,
      title: shared,
      description: line,
      url: `/${locale}${path}`,
      locale: OG_LOCALE[locale],
      alternateLocale: LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
    },
    twitter: { card: "summary", title: shared, description: line },
    ...(other ? { other } : {}),
  };
}
