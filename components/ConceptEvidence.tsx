import type { StrongFeature } from "@/lib/concepts/learned/score-about";
import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { PaperPageView } from "@/lib/queries/get-paper";
import type { EvidenceView } from "@/lib/queries/paper-view";
import { conceptName } from "./ConceptChips";
import { PaperSection } from "./PaperSection";

const FIELDS = ["title", "abstractEn", "titleKo", "abstractKo"] as const;
type Named = { slug: string; nameEn: string; nameKo: string };

/**
 * Why the paper is about each of its concepts (a model's inference with the features that
 * weighed most, or the terms found), the broader concepts that follow, and the concepts it
 * only mentions.
 */
export function ConceptEvidence({
  paper,
  locale,
  t,
}: {
  paper: Pick<PaperPageView, "concepts" | "mentions">;
  locale: Locale;
  t: Translator;
}) {
  const decided = paper.concepts.filter((c) => !c.implied);
  const implied = paper.concepts.filter((c) => c.implied);
  if (decided.length === 0 && paper.mentions.length === 0) return null;
  const names = new Map<string, Named>(
    [...paper.concepts, ...paper.mentions].map((c) => [c.slug, c]),
  );
  return (
    <PaperSection
      id="concept-evidence"
      title={t("paperConcepts.why")}
      intro={t("paperConcepts.whyIntro")}
    >
      <ul className="mt-3 space-y-3 text-sm">
        {decided.map((concept) => (
          <li key={concept.slug} data-evidence-for={concept.slug} data-method={concept.method}>
            <ConceptLink concept={concept} locale={locale} />
            <p className="mt-0.5 text-xs text-slate-700 dark:text-slate-300">
              {concept.method === "learned"
                ? t("paperConcepts.learned", { probability: concept.score.toFixed(2) })
                : t("paperConcepts.lexical", { score: concept.score })}
            </p>
            {concept.features.length > 0 && (
              <Features features={concept.features} names={names} locale={locale} t={t} />
            )}
            <Terms evidence={concept.evidence} t={t} />
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
      {paper.mentions.length > 0 && (
        <div data-mentions className="mt-5">
          <h3 className="text-xs font-semibold text-slate-700 dark:text-slate-300">
            {t("paperConcepts.mentioned")}
          </h3>
          <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
            {t("paperConcepts.mentionedIntro")}
          </p>
          <ul className="mt-2 space-y-2 text-sm">
            {paper.mentions.map((mention) => (
              <li key={mention.slug} data-mention-of={mention.slug}>
                <ConceptLink concept={mention} locale={locale} muted />
                <Terms evidence={mention.evidence} t={t} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </PaperSection>
  );
}

function ConceptLink({
  concept,
  locale,
  muted = false,
}: {
  concept: Named;
  locale: Locale;
  muted?: boolean;
}) {
  const color = muted
    ? "text-slate-700 dark:text-slate-300"
    : "text-violet-800 dark:text-violet-300";
  return (
    <a
      href={`/${locale}/concepts/${concept.slug}`}
      className={`font-medium hover:underline ${color}`}
    >
      {conceptName(concept, locale)}
    </a>
  );
}

/** The words and mentioned concepts that raised a learned decision most. */
function Features({
  features,
  names,
  locale,
  t,
}: {
  features: StrongFeature[];
  names: Map<string, Named>;
  locale: Locale;
  t: Translator;
}) {
  return (
    <p data-features className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
      {t("paperConcepts.strongest")}:{" "}
      {features.map((feature, i) => (
        <span key={feature.kind === "word" ? `w:${feature.text}` : `c:${feature.slug}`}>
          {i > 0 && ", "}
          {feature.kind === "word" ? (
            <q lang="en">{feature.text}</q>
          ) : (
            t("paperConcepts.mentionOf", {
              name: names.has(feature.slug)
                ? conceptName(names.get(feature.slug)!, locale)
                : feature.slug,
            })
          )}
        </span>
      ))}
    </p>
  );
}

/** The terms found for a concept, by field. */
function Terms({ evidence, t }: { evidence: EvidenceView[]; t: Translator }) {
  if (evidence.length === 0) return null;
  return (
    <ul className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
      {FIELDS.map((field) => {
        const terms = [...new Set(evidence.filter((e) => e.field === field).map((e) => e.text))];
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
  );
}
