import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { PaperView } from "@/lib/queries/paper-view";
import { LangText } from "./LangText";
import { TranslationNote } from "./TranslationNote";

/** The English abstract and its Korean translation, side by side on wide screens, stacked on phones. */
export function AbstractPair({ paper, locale, t }: { paper: PaperView; locale: Locale; t: Translator }) {
  return (
    <section aria-label={t("paper.abstracts")} className="grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{t("paper.english")}</h3>
        <LangText lang="en" text={paper.abstractEn} className="max-w-prose text-[0.95rem] text-slate-800 dark:text-slate-200" />
      </div>
      <div>
        <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{t("paper.korean")}</h3>
        {paper.abstractKo ? (
          <LangText lang="ko" text={paper.abstractKo} className="max-w-prose text-[0.95rem] text-slate-800 dark:text-slate-200" />
        ) : (
          <p role="note" className="rounded-md bg-slate-100 p-3 text-sm text-slate-700 dark:bg-slate-900 dark:text-slate-300">
            {t("paper.noTranslation")}
          </p>
        )}
        <TranslationNote translation={paper.translation} locale={locale} t={t} />
      </div>
    </section>
  );
}
