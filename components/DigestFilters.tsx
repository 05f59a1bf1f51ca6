import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { DigestPageView } from "@/lib/queries/get-digest-page";
import { conceptName } from "./ConceptChips";

const FORM = [
  "flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm",
  "dark:border-slate-800 dark:bg-slate-900",
].join(" ");

/** Filters a digest by category, concept and "has Korean": a plain GET form, no script. */
export function DigestFilters({
  view,
  action,
  locale,
  t,
}: {
  view: DigestPageView;
  action: string;
  locale: Locale;
  t: Translator;
}) {
  const { filters, facets } = view;
  const field =
    "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm " +
    "dark:border-slate-700 dark:bg-slate-900";
  const filtered = filters.category !== null || filters.concept !== null || filters.korean;
  return (
    <form method="get" action={action} aria-label={t("digestList.filters")} className={FORM}>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {t("digestList.category")}
        </span>
        <select name="cat" defaultValue={filters.category ?? ""} className={field}>
          <option value="">{t("digestList.all")}</option>
          {facets.categories.map((c) => (
            <option key={c.category} value={c.category}>
              {`${c.category} (${c.count})`}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {t("digestList.concept")}
        </span>
        <select
          name="concept"
          defaultValue={filters.concept ?? ""}
          className={`${field} max-w-[16rem]`}
        >
          <option value="">{t("digestList.all")}</option>
          {facets.concepts.map((c) => (
            <option key={c.slug} value={c.slug}>
              {`${conceptName(c, locale)} (${c.count})`}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 py-1">
        <input type="checkbox" name="ko" value="1" defaultChecked={filters.korean} />
        <span>{t("digestList.hasKorean", { count: facets.korean })}</span>
      </label>
      <button type="submit" className="rounded-md bg-sky-700 px-3 py-1 text-white hover:bg-sky-800">
        {t("digestList.apply")}
      </button>
      {filtered && (
        <a href={action} className="py-1 text-sky-700 hover:underline dark:text-sky-400">
          {t("digestList.clear")}
        </a>
      )}
    </form>
  );
}
