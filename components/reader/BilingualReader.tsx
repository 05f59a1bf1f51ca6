import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { PaperPageView } from "@/lib/queries/get-paper";
import { readerPairs } from "@/lib/reader/reader-pairs";
import type { ReadingMode } from "@/lib/reader/reading-mode";
import { conceptMentions } from "@/lib/reader/sentence-pieces";
import { texRuns } from "@/lib/text/tex-text";
import { TranslationNote } from "../TranslationNote";
import { ReaderIsland } from "./ReaderIsland";
import { ReaderSide, type SideText } from "./ReaderSide";
import { ReadingModes } from "./ReadingModes";

/**
 * A paper's abstracts as numbered rows of aligned English and Korean sentences. The layout
 * of each reading mode is CSS on data-mode (reader.css); without a translation the English
 * reads as running text.
 */
export function BilingualReader({ paper, locale, t, mode }: { paper: PaperPageView; locale: Locale; t: Translator; mode: ReadingMode }) {
  const korean = paper.abstractKo;
  // Every concept named in the text is underlined with its tip, whether the paper is about it.
  const named = [...paper.concepts, ...paper.mentions];
  const concepts = new Map(named.map((c) => [c.slug, c]));
  const side = (lang: "en" | "ko", text: string, field: "abstractEn" | "abstractKo"): SideText => ({
    lang,
    runs: texRuns(text),
    mentions: conceptMentions(named, field),
  });
  const sides = [side("en", paper.abstractEn, "abstractEn")];
  if (korean) sides.push(side("ko", korean, "abstractKo"));
  return (
    <section id="reader" aria-labelledby="reader-heading" data-mode={korean ? mode : "en"} className="reader space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="reader-heading" className="text-sm font-semibold text-slate-700 dark:text-slate-300">
          {t("reader.heading")}
        </h2>
        {korean && <ReadingModes mode={mode} t={t} />}
      </div>
      {korean ? (
        <TranslationNote translation={paper.translation} locale={locale} t={t} detail />
      ) : (
        <p role="note" className="rounded-md bg-slate-100 p-3 text-sm text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          {t("paper.noTranslation")}
        </p>
      )}
      {korean && (
        <div aria-hidden="true" className="reader-columns">
          <span>{t("paper.english")}</span>
          <span>{t("paper.korean")}</span>
        </div>
      )}
      <ol className="reader-rows">
        {readerPairs(paper).map((pair) => (
          <li
            key={pair.number}
            id={`s${pair.number}`}
            data-pair={pair.number}
            data-paragraph-start={pair.paragraphStart || undefined}
            data-only={pair.en.length === 0 ? "ko" : korean && pair.ko.length === 0 ? "en" : undefined}
            className="reader-row"
          >
            <a href={`#s${pair.number}`} className="pair-link" aria-label={t("reader.sentenceLink", { number: pair.number })}>
              {pair.number}
            </a>
            {sides.map((side) => (
              <ReaderSide key={side.lang} side={side} spans={pair[side.lang]} concepts={concepts} locale={locale} gapLabel={t("reader.noCounterpart")} conceptLinkLabel={t("reader.conceptPage")} />
            ))}
          </li>
        ))}
      </ol>
      <p className="reader-hint hidden pt-2 text-xs text-slate-600 sm:block dark:text-slate-400">{t("reader.keys")}</p>
      <ReaderIsland />
    </section>
  );
}
