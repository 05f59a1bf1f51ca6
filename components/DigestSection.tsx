import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import { formatDay } from "@/lib/i18n/format-date";
import { digestQuery } from "@/lib/queries/digest-params";
import type { DigestPageView } from "@/lib/queries/get-digest-page";
import { digestPath } from "@/lib/routes";
import { DigestFilters } from "./DigestFilters";
import { DigestNav } from "./DigestNav";
import { DigestPaper } from "./DigestPaper";
import { Pagination } from "./Pagination";
import { TldrLegend } from "./PaperTldr";

/**
 * A digest's heading, navigation and papers; the home page and the digest page both show it.
 * Page 1 is the highlights in full, then how many papers the rest holds with a link on; the rest
 * follow from page 2 as a compact list, paged, which the filters narrow.
 */
export function DigestSection({
  view,
  locale,
  t,
  headingLevel,
}: {
  view: DigestPageView;
  locale: Locale;
  t: Translator;
  headingLevel: "h1" | "h2";
}) {
  const Heading = headingLevel;
  const ko = view.titleKo ? { text: view.titleKo, lang: "ko" } : null;
  const en = view.title ? { text: view.title, lang: "en" } : null;
  const title = locale === "ko" ? (ko ?? en) : (en ?? ko);
  const path = digestPath(locale, view.date);
  // As getDigestPage decides: a filter that keeps every paper still lists them as matching.
  const { filters } = view;
  const filtered = filters.category !== null || filters.concept !== null || filters.korean;
  const heading = t("digest.heading", { date: formatDay(view.date, locale) });
  // Sections of the digest sit one level below its heading; their papers one below them.
  const depth = headingLevel === "h1" ? 1 : 2;
  const Part = `h${depth + 1}` as "h2" | "h3";
  const parted = view.total > view.highlights.length;
  const paperLevel = (below: number) => `h${below + 1}` as "h2" | "h3" | "h4";
  return (
    <section aria-labelledby="digest-heading" className="space-y-6">
      <div className="space-y-1">
        <Heading
          id="digest-heading"
          className="text-2xl font-bold text-slate-900 sm:text-3xl dark:text-slate-50"
        >
          {headingLevel === "h2" ? (
            <a href={path} className="hover:underline">
              {heading}
            </a>
          ) : (
            heading
          )}
        </Heading>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <time dateTime={view.date}>{formatDay(view.date, locale, "full")}</time> ·{" "}
          {t("digest.paperCount", { count: view.total })}
        </p>
        {title && (
          <p lang={title.lang} className="text-slate-700 dark:text-slate-300">
            {title.text}
          </p>
        )}
      </div>
      <DigestNav previous={view.previous} next={view.next} locale={locale} t={t} />
      {parted && <DigestFilters view={view} action={path} locale={locale} t={t} />}
      {[...view.highlights, ...view.list].some((item) => item.translation?.tldrKo) && (
        <TldrLegend t={t} />
      )}
      {view.highlights.length > 0 && (
        <section aria-labelledby="digest-highlights" className="space-y-4">
          {parted && (
            <Part id="digest-highlights" className="text-lg font-semibold">
              {t("digestList.highlights", { count: view.highlights.length })}
            </Part>
          )}
          <ol className="space-y-3">
            {view.highlights.map((item) => (
              <li key={item.id}>
                <DigestPaper
                  item={item}
                  locale={locale}
                  t={t}
                  level={paperLevel(parted ? depth + 1 : depth)}
                />
              </li>
            ))}
          </ol>
        </section>
      )}
      {view.listed > 0 && (
        <section aria-labelledby="digest-list" className="space-y-2">
          <Part id="digest-list" className="text-lg font-semibold">
            {t(filtered ? "digestList.matching" : "digestList.rest", { count: view.listed })}
          </Part>
          {view.list.length > 0 && (
            <ol>
              {view.list.map((item) => (
                <li key={item.id}>
                  <DigestPaper item={item} locale={locale} t={t} level={paperLevel(depth + 1)} />
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={view.page}
            pages={view.pages}
            href={(page) => `${path}${digestQuery(view.filters, page)}`}
            t={t}
            labels={{ previous: t("digestList.previousPage"), next: t("digestList.nextPage") }}
          />
        </section>
      )}
      {filtered && view.matching === 0 && (
        <p className="text-slate-600 dark:text-slate-400">{t("digestList.noMatch")}</p>
      )}
      {view.total > 2 && (
        <DigestNav previous={view.previous} next={view.next} locale={locale} t={t} />
      )}
    </section>
  );
}
