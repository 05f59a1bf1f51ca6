import type { Locale } from "./i18n/locales.ts";

export function homePath(locale: Locale, month?: string): string {
  return month ? `/${locale}?month=${month}` : `/${locale}`;
}

export function digestPath(locale: Locale, date: string): string {
  return `/${locale}/digests/${date}`;
}

export function paperPath(locale: Locale, paper: { id: number; arxivId: string | null }): string {
  return `/${locale}/papers/${paper.arxivId ?? paper.id}`;
}
