import type { Locale } from "@/lib/i18n/locales";
import { conceptName } from "./ConceptChips";

/** A labelled, comma-free row of concept links (parent, children, related, co-occurring). */
export function ConceptLinks({ label, concepts, locale }: { label: string; concepts: { slug: string; nameEn: string; nameKo: string; count?: number }[]; locale: Locale }) {
  if (concepts.length === 0) return null;
  return (
    <div>
      <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</h2>
      <ul className="flex flex-wrap gap-1.5">
        {concepts.map((concept) => (
          <li key={concept.slug}>
            <a
              href={`/${locale}/concepts/${concept.slug}`}
              className="inline-block rounded-full border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              {conceptName(concept, locale)}
              {concept.count !== undefined && <span className="ml-1 text-xs text-slate-500">{concept.count}</span>}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
