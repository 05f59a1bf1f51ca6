import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";

export function conceptName(concept: { nameEn: string; nameKo: string }, locale: Locale): string {
  return locale === "ko" ? concept.nameKo : concept.nameEn;
}

/** The concepts found in a paper, strongest first, as links to their pages. */
export function ConceptChips({ concepts, locale, t, limit = 8 }: { concepts: { slug: string; nameEn: string; nameKo: string; implied?: boolean }[]; locale: Locale; t: Translator; limit?: number }) {
  const found = concepts.filter((c) => !c.implied).slice(0, limit);
  if (found.length === 0) return null;
  return (
    <ul aria-label={t("paperConcepts.chips")} className="flex flex-wrap gap-1.5">
      {found.map((concept) => (
        <li key={concept.slug}>
          <a
            href={`/${locale}/concepts/${concept.slug}`}
            data-concept={concept.slug}
            className="inline-block rounded-full border border-violet-200 bg-violet-50 px-2 py-0.5 text-xs text-violet-900 hover:bg-violet-100 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-100 dark:hover:bg-violet-900"
          >
            {conceptName(concept, locale)}
          </a>
        </li>
      ))}
    </ul>
  );
}
