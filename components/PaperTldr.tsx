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
  // Short class names (digest.css): a digest page carries one per paper, twice (HTML and the
  // payload React hydrates from), within its byte budget.
  return (
    <p data-tldr className="tldr">
      <span title={t("translation.tldrHint")} className="tldr-tag">
        {t("translation.tldr")}
      </span>
      <span lang="ko">
        <RichText text={translation.tldrKo} />
      </span>
    </p>
  );
}
