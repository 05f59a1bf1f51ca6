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

export function searchPath(locale: Locale, params: Record<string, string | string[] | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value ? [value] : []) search.append(key, v);
  }
  const query = search.toString();
  return `/${locale}/search${query ? `?${query}` : ""}`;
}
