import type { Translator } from "@/lib/i18n/get-translator";
import { formatDay } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { DailyRunView } from "@/lib/queries/get-daily-status";
import { digestPath } from "@/lib/routes";
import { conceptName } from "./ConceptChips";

const SHOWN_CONCEPTS = 8;
const BOX = [
  "rounded-lg border border-sky-200 bg-sky-50 p-4 text-sm",
  "dark:border-sky-900 dark:bg-sky-950",
].join(" ");

/**
 * What a day's daily run found: papers in scope, with Korean, concepts new to the digests; where
 * it is shown apart from that day's digest (`linked`), its title links to it.
 */
export function DailyRunSummary({
  run,
  locale,
  t,
  linked = false,
}: {
  run: DailyRunView;
  locale: Locale;
  t: Translator;
  linked?: boolean;
}) {
  const title = t("dailyRun.title", { date: formatDay(run.date, locale) });
  const { details } = run;
  const shown = run.newConcepts.slice(0, SHOWN_CONCEPTS);
  const more = run.newConcepts.length - shown.length;
  return (
    <section aria-labelledby="daily-run" className={BOX}>
      <h2 id="daily-run" className="font-semibold text-sky-900 dark:text-sky-100">
        {linked ? (
          <a href={digestPath(locale, run.date)} className="hover:underline">
            {title}
          </a>
        ) : (
          title
        )}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {t("dailyRun.found", {
          inScope: details.inScope,
          candidates: details.candidates,
          published: details.published,
          translated: details.translated,
        })}
      </p>
      {shown.length > 0 ? (
        <p className="mt-2 flex flex-wrap items-center gap-1.5 text-slate-700 dark:text-slate-300">
          <span>{t("dailyRun.newConcepts")}</span>
          {shown.map((concept) => (
            <a key={concept.slug} href={`/${locale}/concepts/${concept.slug}`} className="dl-chip">
              {conceptName(concept, locale)}
            </a>
          ))}
          {more > 0 && <span>{t("dailyRun.moreConcepts", { count: more })}</span>}
        </p>
      ) : (
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t("dailyRun.noNewConcepts")}</p>
      )}
    </section>
  );
}
