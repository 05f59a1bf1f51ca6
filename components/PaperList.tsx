import type { Translator } from "@/lib/i18n/get-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { PaperView } from "@/lib/queries/paper-view";
import { PaperListItem } from "./PaperListItem";

/** Papers as a list of cards, each with its digest day. */
export function PaperList({
  papers,
  locale,
  t,
}: {
  papers: (PaperView & { listedOn: string | null })[];
  locale: Locale;
  t: Translator;
}) {
  return (
    <ol className="space-y-3">
      {papers.map((paper) => (
        <li key={paper.id}>
          <PaperListItem paper={paper} listedOn={paper.listedOn} locale={locale} t={t} />
        </li>
      ))}
    </ol>
  );
}
