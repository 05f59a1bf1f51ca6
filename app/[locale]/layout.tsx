import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslator } from "@/lib/i18n/get-translator";
import { localeParam } from "@/app/request-locale";

// Pages read the database on every request; nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = getTranslator(await localeParam(params));
  return { title: { default: t("site.name"), template: `%s · ${t("site.name")}` }, description: t("site.tagline") };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await localeParam(params);
  return children;
}
