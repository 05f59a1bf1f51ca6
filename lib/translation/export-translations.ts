// Translations exported for a person to review, in the bulk columns `npm run ingest` reads
// (content/README.md): corrected and imported back, each row becomes a reviewed translation
// (post-edited) that no machine overwrites. Rows carry the whole record, so an import changes
// nothing but the Korean; the machine provenance and check findings columns are for the reviewer.
import { stringify } from "csv-stringify/sync";
import type { Db, Prisma } from "../db/create-db.ts";
import type { CheckFinding } from "./checks/check-translation.ts";

export type ExportScope = { date: string } | { since: string } | { paperIds: number[] };

export const EXPORT_COLUMNS = [
  "arxiv_id",
  "title",
  "title_ko",
  "authors",
  "categories",
  "published",
  "comment",
  "abstract",
  "abstract_ko",
  "translation_method",
  "translation_by",
  "made_by",
  "checks",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string>;

function where(scope: ExportScope): Prisma.PaperWhereInput {
  if ("date" in scope) return { digestEntries: { some: { digest: { date: scope.date } } } };
  if ("since" in scope)
    return { digestEntries: { some: { digest: { date: { gte: scope.since } } } } };
  return { id: { in: scope.paperIds } };
}

/** The translated papers of the scope as rows; `machineOnly` leaves out human translations. */
export async function exportRows(
  db: Db,
  scope: ExportScope,
  options: { machineOnly?: boolean } = {},
): Promise<ExportRow[]> {
  const papers = await db.paper.findMany({
    where: {
      ...where(scope),
      abstractKo: { not: null },
      ...(options.machineOnly ? { translationMethod: "machine" } : {}),
    },
    orderBy: { id: "asc" },
    select: {
      arxivId: true,
      arxivVersion: true,
      title: true,
      titleKo: true,
      abstractEn: true,
      abstractKo: true,
      publishedAt: true,
      comment: true,
      translationMethod: true,
      translationBy: true,
      authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } },
      categories: { select: { category: true }, orderBy: { position: "asc" } },
      translationRecord: {
        select: { engine: true, model: true, translatedAt: true, checks: true },
      },
    },
  });
  return papers.map((p) => {
    const record = p.translationRecord;
    const machine = p.translationMethod === "machine" && record?.engine;
    return {
      arxiv_id: p.arxivId ? `${p.arxivId}${p.arxivVersion ? `v${p.arxivVersion}` : ""}` : "",
      title: p.title,
      title_ko: p.titleKo ?? "",
      authors: p.authors.map((a) => a.author.name).join("; "),
      categories: p.categories.map((c) => c.category).join(" "),
      published: p.publishedAt ? p.publishedAt.toISOString().slice(0, 10) : "",
      comment: p.comment ?? "",
      abstract: p.abstractEn,
      abstract_ko: p.abstractKo ?? "",
      // Imported back, the reviewer's rows are reviewed translations.
      translation_method: "post-edited",
      translation_by: machine ? "" : (p.translationBy ?? ""),
      made_by: machine
        ? `${record.engine} ${record.model} ${record.translatedAt?.toISOString().slice(0, 10) ?? ""}`.trim()
        : (p.translationMethod ?? ""),
      checks: ((record?.checks ?? []) as unknown as CheckFinding[])
        .map((f) => `${f.sentence ? `#${f.sentence} ` : ""}${f.kind}: ${f.message}`)
        .join("\n"),
    };
  });
}

export function toCsv(rows: ExportRow[]): string {
  return stringify(rows, { header: true, columns: [...EXPORT_COLUMNS] });
}

export function toJsonl(rows: ExportRow[]): string {
  return rows.map((row) => JSON.stringify(row)).join("\n") + (rows.length ? "\n" : "");
}
