import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { ConceptChips } from "@/components/ConceptChips";
import { CitePaper } from "@/components/CitePaper";
import { ConceptEvidence } from "@/components/ConceptEvidence";
import { PaperAppearances } from "@/components/PaperAppearances";
import { PaperHeading } from "@/components/PaperHeading";
import { PaperMeta } from "@/components/PaperMeta";
import { BilingualReader } from "@/components/reader/BilingualReader";
import { SemanticNeighbours } from "@/components/SemanticNeighbours";
import { getDb } from "@/lib/db/server-db";
import { getTranslator } from "@/lib/i18n/get-translator";
import { DEFAULT_READING_MODE, isReadingMode, READING_MODE_COOKIE } from "@/lib/reader/reading-mode";
import { embeddingSettings } from "@/lib/semantic/embedding-settings";
import { paperNeighbours } from "@/lib/semantic/paper-neighbours";
import { localeParam } from "@/app/request-locale";
import { readPaper } from "@/app/page-reads";
import { pageMetadata } from "@/app/page-metadata";
import { citationMeta } from "@/lib/export/cite-paper";
import { paperPath } from "@/lib/routes";
import { plainText } from "@/lib/text/rich-runs";

type Props = { params: Promise<{ locale: string; id: string[] }>; searchParams: Promise<{ mode?: string | string[] }> };

async function load(params: Props["params"]) {
  return readPaper((await params).id.join("/"));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const paper = await load(params);
  if (!paper) return {};
  const korean = locale === "ko" && paper.abstractKo;
  return pageMetadata({
    locale,
    path: paperPath(locale, paper).slice(locale.length + 1),
    title: plainText(locale === "ko" && paper.titleKo ? paper.titleKo : paper.title),
    description: plainText(korean ? paper.abstractKo! : paper.abstractEn),
    type: "article",
    other: citationMeta(paper),
  });
}

/** The mode a link asks for (?mode=), else the reader's last choice, else side by side. */
async function readingMode(searchParams: Props["searchParams"]) {
  const asked = (await searchParams).mode;
  if (isReadingMode(asked)) return asked;
  const remembered = (await cookies()).get(READING_MODE_COOKIE)?.value;
  return isReadingMode(remembered) ? remembered : DEFAULT_READING_MODE;
}

export default async function PaperPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const paper = await load(params);
  if (!paper) notFound();
  const t = getTranslator(locale);
  return (
    <article className="space-y-8">
      <header>
        <PaperHeading paper={paper} locale={locale} level="h1" />
        <PaperMeta paper={paper} t={t} />
        <div className="mt-2">
          <ConceptChips concepts={paper.concepts} locale={locale} t={t} limit={20} />
        </div>
        {paper.comment && (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {t("paper.comment")}: <span lang="en">{paper.comment}</span>
          </p>
        )}
      </header>
      <BilingualReader paper={paper} locale={locale} t={t} mode={await readingMode(searchParams)} />
      <ConceptEvidence paper={paper} locale={locale} t={t} />
      <SemanticNeighbours neighbours={await paperNeighbours(getDb(), embeddingSettings(), paper.id)} locale={locale} t={t} />
      <PaperAppearances dates={paper.digests} locale={locale} t={t} />
      <CitePaper paper={paper} downloadHref={`/api/bibtex/${paper.arxivId ?? paper.id}`} t={t} />
    </article>
  );
}
