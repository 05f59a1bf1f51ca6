import type { Locale } from "@/lib/i18n/locales";
import type { PaperPageView } from "@/lib/queries/get-paper";
import { conceptName } from "../ConceptChips";

type GlossaryConcept = PaperPageView["mentions"][number];

/** A concept's mention in an abstract: a link to the concept with a tip naming and describing it in the reader's language. */
export function ConceptTerm({ concept, locale, tipId, children }: { concept: GlossaryConcept; locale: Locale; tipId: string; children: string }) {
  return (
    <span className="term-wrap">
      <a href={`/${locale}/concepts/${concept.slug}`} className="concept-term" data-concept-term={concept.slug} aria-describedby={tipId}>
        {children}
      </a>
      <span role="tooltip" id={tipId} lang={locale} className="term-tip">
        <strong>{conceptName(concept, locale)}</strong> {locale === "ko" ? concept.descriptionKo : concept.descriptionEn}
      </span>
    </span>
  );
}
