import type { Translator } from "@/lib/i18n/get-translator";
import { bibtexEntry, type CitablePaper } from "@/lib/export/cite-paper";
import { CopyButton } from "./CopyButton";
import { PaperSection } from "./PaperSection";

/** The paper's BibTeX entry to copy or download, for a reference manager. */
export function CitePaper({
  paper,
  downloadHref,
  t,
}: {
  paper: CitablePaper;
  downloadHref: string;
  t: Translator;
}) {
  return (
    <PaperSection id="cite" title={t("cite.title")} intro={t("cite.intro")}>
      <pre
        id="bibtex"
        lang="en"
        className="mt-3 overflow-x-auto rounded-md bg-slate-100 p-3 text-xs leading-relaxed text-slate-800 dark:bg-slate-900 dark:text-slate-200"
      >
        {bibtexEntry(paper)}
      </pre>
      <div className="mt-2 flex flex-wrap gap-2 text-sm">
        <CopyButton target="bibtex" label={t("cite.copy")} done={t("cite.copied")} />
        <a
          href={downloadHref}
          download
          className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {t("cite.download")}
        </a>
      </div>
    </PaperSection>
  );
}
