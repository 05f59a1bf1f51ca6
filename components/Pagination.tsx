import type { Translator } from "@/lib/i18n/get-translator";

/** Previous/next links (newer/older papers unless told otherwise) and the page position; plain links, so it works without JavaScript. */
export function Pagination({ page, pages, href, t, labels, label }: {
  page: number;
  pages: number;
  href: (page: number) => string;
  t: Translator;
  labels?: { previous: string; next: string };
  /** The navigation's name, when a page has more than one. */
  label?: string;
}) {
  if (pages <= 1) return null;
  const link = "rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav
      aria-label={label ?? t("concepts.pagination")}
      className="flex items-center justify-between gap-3 text-sm"
    >
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className={link}>
          ← {labels?.previous ?? t("concepts.previousPage")}
        </a>
      ) : (
        <span />
      )}
      <span className="text-slate-600 dark:text-slate-400">{t("concepts.pageOf", { page, pages })}</span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next" className={link}>
          {labels?.next ?? t("concepts.nextPage")} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
