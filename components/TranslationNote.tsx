import type { Translator } from "@/lib/i18n/get-translator";
import { formatDay } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { TranslationView } from "@/lib/queries/paper-view";

/** Where the Korean came from, in the reader's language. */
function provenance(translation: TranslationView, locale: Locale, t: Translator): string {
  const { method, by, machine } = translation;
  if (method === "machine") {
    if (machine) {
      const date = machine.translatedAt ? formatDay(machine.translatedAt.slice(0, 10), locale) : "";
      return t("translation.machine", {
        engine: [machine.engine, machine.model].filter(Boolean).join(" "),
        date,
      });
    }
    return by ? t("translation.machineBy", { by }) : t("translation.machineUnknown");
  }
  if (method === "post-edited")
    return by ? t("translation.reviewed", { source: by }) : t("translation.reviewedUnknown");
  return by ? t("translation.human", { source: by }) : t("translation.humanUnknown");
}

/** Findings a paper page lists; the rest are counted (a page's bytes stay within budget). */
export const LISTED_CHECKS = 50;

/**
 * A translation's provenance, a stale warning, and what the quality checks found: listed with
 * links to the sentences on the paper page (`detail`), counted elsewhere. A short class name
 * (digest.css): a digest page carries one per translated paper.
 */
export function TranslationNote({
  translation,
  locale,
  t,
  detail = false,
}: {
  translation: TranslationView | null;
  locale: Locale;
  t: Translator;
  detail?: boolean;
}) {
  if (!translation) return null;
  const { checks } = translation;
  return (
    <div className="tnote">
      {translation.stale && (
        <p
          role="note"
          data-stale
          className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
        >
          {t("paper.staleTranslation")}
        </p>
      )}
      <p data-translation-method={translation.method ?? undefined}>
        {provenance(translation, locale, t)}
      </p>
      {checks.length > 0 &&
        (detail ? (
          <div
            role="note"
            data-checks={checks.length}
            className="rounded-md border border-slate-300 bg-slate-50 p-2 dark:border-slate-700 dark:bg-slate-900"
          >
            <p>{t("translation.checks", { count: checks.length })}</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {checks.slice(0, LISTED_CHECKS).map((check, i) => (
                <li key={i} data-check={check.kind}>
                  {check.sentence ? (
                    <a href={`#s${check.sentence}`} className="underline">
                      {t("translation.where.sentence", { number: check.sentence })}
                    </a>
                  ) : (
                    t("translation.where.whole")
                  )}
                  {": "}
                  {t(`translation.kind.${check.kind}`)}
                  {check.evidence && (
                    <>
                      {" "}
                      (<span lang={/\p{Script=Hangul}/u.test(check.evidence) ? "ko" : "en"}>{check.evidence}</span>)
                    </>
                  )}
                </li>
              ))}
            </ul>
            {checks.length > LISTED_CHECKS && (
              <p className="mt-1">
                {t("translation.checksMore", { count: checks.length - LISTED_CHECKS })}
              </p>
            )}
          </div>
        ) : (
          <p data-checks={checks.length}>
            {t("translation.checksSummary", { count: checks.length })}
          </p>
        ))}
    </div>
  );
}
