import type { TreeNode } from "@/lib/concepts/concept-tree";
import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { ConceptSummary } from "@/lib/queries/list-concepts";
import { conceptName } from "./ConceptChips";

function Branch({ nodes, locale, t }: { nodes: TreeNode<ConceptSummary>[]; locale: Locale; t: Translator }) {
  return (
    <ul className="ml-4 space-y-1 border-l border-slate-200 pl-3 dark:border-slate-800">
      {nodes.map(({ item, children }) => (
        <li key={item.slug}>
          <a
            href={`/${locale}/concepts/${item.slug}`}
            className="text-slate-800 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-800 dark:text-slate-200 dark:decoration-slate-600 dark:hover:decoration-slate-200"
          >
            {conceptName(item, locale)}
          </a>{" "}
          <span className="text-xs text-slate-500 dark:text-slate-400">{t("concepts.paperCount", { count: item.paperCount })}</span>
          {children.length > 0 && <Branch nodes={children} locale={locale} t={t} />}
        </li>
      ))}
    </ul>
  );
}

/** The taxonomy as one section per family, each a nested list with paper counts. */
export function ConceptTree({ roots, locale, t }: { roots: TreeNode<ConceptSummary>[]; locale: Locale; t: Translator }) {
  return (
    <div className="gap-6 md:columns-2">
      {roots.map(({ item, children }) => (
        <section
          key={item.slug}
          aria-labelledby={`family-${item.slug}`}
          className="mb-6 break-inside-avoid rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <h2 id={`family-${item.slug}`} className="font-semibold">
            <a href={`/${locale}/concepts/${item.slug}`} className="hover:underline">
              {conceptName(item, locale)}
            </a>{" "}
            <span className="text-xs font-normal text-slate-500 dark:text-slate-400">{t("concepts.paperCount", { count: item.paperCount })}</span>
          </h2>
          <p lang={locale} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {locale === "ko" ? item.descriptionKo : item.descriptionEn}
          </p>
          {children.length > 0 && (
            <div className="mt-3 text-sm">
              <Branch nodes={children} locale={locale} t={t} />
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
