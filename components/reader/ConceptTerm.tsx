import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { PaperPageView } from "@/lib/queries/get-paper";
import { conceptName } from "../ConceptChips";

type GlossaryConcept = PaperPageView["mentions"][number];

/**
 * A concept's mention in an abstract: a link to the concept with a tip naming and describing it
 * in the reader's language. Pointing or focusing shows the tip; on a touch screen the first tap
 * shows it (ReaderIsland) and the tip's own link leads to the concept.
 */
export function ConceptTerm({
  concept,
  locale,
  tipId,
  linkLabel,
  children,
}: {
  concept: GlossaryConcept;
  locale: Locale;
  tipId: string;
  linkLabel: string;
  children: ReactNode;
}) {
  const href = `/${locale}/concepts/${concept.slug}`;
  return (
    <span className="term-wrap">
      <a
        href={href}
        className="concept-term"
        data-concept-term={concept.slug}
        aria-describedby={tipId}
      >
        {children}
      </a>
      <span id={tipId} lang={locale} className="term-tip">
        <strong>{conceptName(concept, locale)}</strong>{" "}
        {locale === "ko" ? concept.descriptionKo : concept.descriptionEn}{" "}
        <a href={href} className="term-tip-link" tabIndex={-1}>
          {linkLabel} →
        </a>
      </span>
    </span>
  );
}
