import type { Translator } from "@/lib/i18n/get-translator";
import type { TranslationView } from "@/lib/queries/paper-view";
import { RichText } from "./RichText";

/**
 * The machine-made one-sentence Korean summary, labelled as such, for skimming a digest; what
 * the label means is said once a page (TldrLegend).
 */
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
      <span className="tldr-tag">
        {t("translation.tldr")}
      </span>
      <span lang="ko">
        <RichText text={translation.tldrKo} />
      </span>
    </p>
  );
}

/** What a TL;DR is and how it was checked, once for a digest page's papers. */
export function TldrLegend({ t }: { t: Translator }) {
  return (
    <p className="tldr">
      <span className="tldr-tag">{t("translation.tldr")}</span>
      {t("translation.tldrHint")}
    </p>
  );
}
