import type { Translator } from "@/lib/i18n/get-translator";
import type { TranslationView } from "@/lib/queries/paper-view";
import { RichText } from "./RichText";

/** The machine-made one-sentence Korean summary, labelled as such, for skimming a digest. */
export function PaperTldr({
  translation,
  t,
}: {
  translation: TranslationView | null;
  t: Translator;
}) {
  if (!translation?.tldrKo) return null;
  return (
    <p data-tldr className="mt-2 text-sm text-slate-700 dark:text-slate-300">
      <span
        title={t("translation.tldrHint")}
        className="mr-2 inline-block rounded bg-indigo-50 px-1.5 py-0.5 text-xs font-medium text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200"
      >
        {t("translation.tldr")}
      </span>
      <span lang="ko">
        <RichText text={translation.tldrKo} />
      </span>
    </p>
  );
}
