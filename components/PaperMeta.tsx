import type { Translator } from "@/lib/i18n/get-translator";
import type { PaperView } from "@/lib/queries/paper-view";

const LINK = "text-sky-700 underline-offset-2 hover:underline dark:text-sky-400";

/** Authors, arXiv categories and classes, links (arXiv, PDF, code, project, Hugging Face). */
export function PaperMeta({ paper, t }: { paper: PaperView; t: Translator }) {
  return (
    <div className="mt-3 space-y-2 text-sm">
      {paper.authors.length > 0 && (
        <p className="text-slate-700 dark:text-slate-300">
          <span className="sr-only">{t("paper.authors")}: </span>
          <span lang="en">{paper.authors.join(", ")}</span>
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        {paper.categories.length > 0 && (
          <ul aria-label={t("paper.categories")} className="flex flex-wrap gap-1.5">
            {paper.categories.map((category) => (
              <li
                key={category}
                lang="en"
                className={`rounded px-1.5 py-0.5 font-mono text-xs ${
                  category === paper.primaryCategory
                    ? "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100"
                    : "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300"
                }`}
              >
                {category}
              </li>
            ))}
          </ul>
        )}
        {paper.classes.length > 0 && (
          <span lang="en" className="font-mono text-xs text-slate-600 dark:text-slate-400">
            <span className="sr-only">{t("paperLinks.classes")}: </span>
            {paper.classes.join("; ")}
          </span>
        )}
        <span className="flex flex-wrap gap-x-3 gap-y-1">
          {paper.links ? (
            <>
              <a href={paper.links.abs} className={LINK}>
                {t("paper.arxiv")} {paper.arxivId}
                {paper.arxivVersion ? ` ${t("paper.version", { version: paper.arxivVersion })}` : ""}
              </a>
              <a href={paper.links.pdf} className={LINK}>
                {t("paper.pdf")}
              </a>
            </>
          ) : (
            <span className="text-xs text-slate-500">{t("paper.noArxiv")}</span>
          )}
          {paper.codeUrl && (
            <a href={paper.codeUrl} rel="noopener noreferrer" className={LINK}>
              {t("paperLinks.code")}
            </a>
          )}
          {paper.projectUrl && (
            <a href={paper.projectUrl} rel="noopener noreferrer" className={LINK}>
              {t("paperLinks.project")}
            </a>
          )}
          {paper.huggingFace && (
            <a href={paper.huggingFace.url} className={LINK}>
              {t("paperLinks.huggingFace", { count: paper.huggingFace.upvotes })}
            </a>
          )}
        </span>
      </div>
    </div>
  );
}
