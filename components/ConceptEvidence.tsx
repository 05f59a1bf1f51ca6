import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { PaperConceptView } from "@/lib/queries/paper-view";
import { conceptName } from "./ConceptChips";
import { PaperSection } from "./PaperSection";

const FIELDS = ["title", "abstractEn", "titleKo", "abstractKo"] as const;

/** Why each concept was assigned: the terms found, by field, and the broader concepts they imply. */
export function ConceptEvidence({ concepts, locale, t }: { concepts: PaperConceptView[]; locale: Locale; t: Translator }) {
  const found = concepts.filter((c) => !c.implied);
  const implied = concepts.filter((c) => c.implied);
  if (found.length === 0) return null;
  return (
    <PaperSection id="concept-evidence" title={t("paperConcepts.why")} intro={t("paperConcepts.whyIntro")}>
      <ul className="mt-3 space-y-2 text-sm">
        {found.map((concept) => (
          <li key={concept.slug} data-evidence-for={concept.slug}>
            <a href={`/${locale}/concepts/${concept.slug}`} className="font-medium text-violet-800 hover:underline dark:text-violet-300">
              {conceptName(concept, locale)}
            </a>{" "}
            <span className="text-xs text-slate-500 dark:text-slate-400">{t("paperConcepts.score", { score: concept.score })}</span>
            <ul className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
              {FIELDS.map((field) => {
                const terms = [...new Set(concept.evidence.filter((e) => e.field === field).map((e) => e.text))];
                return terms.length ? (
                  <li key={field}>
                    {t(`paperConcepts.field.${field}`)}:{" "}
                    {terms.map((term, i) => (
                      <span key={term}>
                        {i > 0 && ", "}
                        <q lang={field.endsWith("Ko") ? "ko" : "en"}>{term}</q>
                      </span>
                    ))}
                  </li>
                ) : null;
              })}
            </ul>
          </li>
        ))}
      </ul>
      {implied.length > 0 && (
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          {t("paperConcepts.broader")}:{" "}
          {implied.map((concept, i) => (
            <span key={concept.slug}>
              {i > 0 && ", "}
              <a href={`/${locale}/concepts/${concept.slug}`} className="hover:underline">
                {conceptName(concept, locale)}
              </a>
            </span>
          ))}
        </p>
      )}
    </PaperSection>
  );
}
