import type { Db } from "../db/create-db.ts";
import { Prisma } from "../db/generated/sqlite/client.ts";
import { flagColumn, jsonColumn, readRows, timeColumn } from "../db/read-rows.ts";
import { searchBackend } from "../search/search-backend.ts";
import type { StrongFeature } from "../concepts/learned/score-about.ts";
import { translationOf, type EvidenceView, type PaperView } from "./paper-view.ts";

// Papers as pages and the API show them, read with four plain statements run side by side (on
// SQLite's reader threads) instead of Prisma's relation queries: on the server's one JavaScript
// thread a concept page's 40 papers took 11 ms through Prisma.

export type ListedPaperView = PaperView & { listedOn: string | null };

/** A concept row with what the paper page also shows: descriptions and strongest features. */
export interface DescribedConcept {
  slug: string;
  descriptionEn: string;
  descriptionKo: string;
  features: StrongFeature[];
}

type Row = Record<string, unknown>;

function grouped(rows: Row[]): Map<number, Row[]> {
  const byPaper = new Map<number, Row[]>();
  for (const row of rows) {
    const id = Number(row.paperId);
    const list = byPaper.get(id);
    if (list) list.push(row);
    else byPaper.set(id, [row]);
  }
  return byPaper;
}

/**
 * The papers with these ids as PaperViews (with their digest day), by id; ids that name no paper
 * are left out. With `described`, each concept's descriptions and features come too, by paper.
 */
export async function readPaperViews(
  db: Db,
  ids: number[],
  options: { described?: boolean } = {},
): Promise<{ views: Map<number, ListedPaperView>; described: Map<number, DescribedConcept[]> }> {
  const views = new Map<number, ListedPaperView>();
  const described = new Map<number, DescribedConcept[]>();
  if (ids.length === 0) return { views, described };
  const idSet = searchBackend(db).idSet(ids);
  const detail = options.described
    ? Prisma.sql`, c."descriptionEn" AS "descriptionEn", c."descriptionKo" AS "descriptionKo", pc."features" AS "features"`
    : Prisma.empty;
  const [papers, authors, categories, concepts] = await Promise.all([
    readRows<Row>(db, Prisma.sql`
      SELECT p."id" AS "id", p."arxivId" AS "arxivId", p."arxivVersion" AS "arxivVersion", p."title" AS "title",
        p."titleKo" AS "titleKo", p."abstractEn" AS "abstractEn", p."abstractKo" AS "abstractKo",
        p."primaryCategory" AS "primaryCategory", p."classes" AS "classes", p."codeUrl" AS "codeUrl",
        p."projectUrl" AS "projectUrl", p."hfUpvotes" AS "hfUpvotes", p."publishedAt" AS "publishedAt",
        p."comment" AS "comment", p."englishHash" AS "englishHash", p."translationMethod" AS "translationMethod",
        p."translationBy" AS "translationBy", p."translationSourceHash" AS "translationSourceHash",
        p."listedOn" AS "listedOn", t."paperId" AS "recordOf", t."engine" AS "engine", t."model" AS "model",
        t."translatedAt" AS "translatedAt", t."glossaryVersion" AS "glossaryVersion",
        t."promptVersion" AS "promptVersion", t."checks" AS "checks", t."tldrKo" AS "tldrKo"
      FROM "Paper" p LEFT JOIN "PaperTranslation" t ON t."paperId" = p."id"
      WHERE p."id" IN (${idSet})`),
    readRows<Row>(db, Prisma.sql`
      SELECT pa."paperId" AS "paperId", a."name" AS "name" FROM "PaperAuthor" pa JOIN "Author" a ON a."id" = pa."authorId"
      WHERE pa."paperId" IN (${idSet}) ORDER BY pa."paperId", pa."position"`),
    readRows<Row>(db, Prisma.sql`
      SELECT "paperId" AS "paperId", "category" AS "category" FROM "PaperCategory"
      WHERE "paperId" IN (${idSet}) ORDER BY "paperId", "position"`),
    readRows<Row>(db, Prisma.sql`
      SELECT pc."paperId" AS "paperId", pc."about" AS "about", pc."score" AS "score", pc."method" AS "method",
        pc."implied" AS "implied", pc."evidence" AS "evidence", c."slug" AS "slug", c."nameEn" AS "nameEn",
        c."nameKo" AS "nameKo"${detail}
      FROM "PaperConcept" pc JOIN "Concept" c ON c."id" = pc."conceptId"
      WHERE pc."paperId" IN (${idSet})
      ORDER BY pc."paperId", pc."about" DESC, pc."implied" ASC, pc."score" DESC, pc."conceptId" ASC`),
  ]);
  const [authorsOf, categoriesOf, conceptsOf] = [authors, categories, concepts].map(grouped);
  for (const p of papers) {
    const id = Number(p.id);
    const arxivId = p.arxivId as string | null;
    const hfUpvotes = p.hfUpvotes === null ? null : Number(p.hfUpvotes);
    const conceptRows = conceptsOf!.get(id) ?? [];
    const named = (c: Row) => ({ slug: c.slug as string, nameEn: c.nameEn as string, nameKo: c.nameKo as string });
    const translation = translationOf({
      titleKo: p.titleKo as string | null,
      abstractKo: p.abstractKo as string | null,
      translationMethod: p.translationMethod as string | null,
      translationBy: p.translationBy as string | null,
      translationSourceHash: p.translationSourceHash as string | null,
      englishHash: p.englishHash as string,
      translationRecord:
        p.recordOf === null
          ? null
          : {
              engine: p.engine as string | null,
              model: p.model as string | null,
              translatedAt: timeColumn(p.translatedAt),
              glossaryVersion: p.glossaryVersion as string | null,
              promptVersion: p.promptVersion as string | null,
              checks: jsonColumn(p.checks),
              tldrKo: p.tldrKo as string | null,
            },
    });
    views.set(id, {
      id,
      arxivId,
      arxivVersion: p.arxivVersion === null ? null : Number(p.arxivVersion),
      title: p.title as string,
      titleKo: p.titleKo as string | null,
      abstractEn: p.abstractEn as string,
      abstractKo: p.abstractKo as string | null,
      authors: (authorsOf!.get(id) ?? []).map((a) => a.name as string),
      categories: (categoriesOf!.get(id) ?? []).map((c) => c.category as string),
      classes: p.classes === null ? [] : jsonColumn<string[]>(p.classes),
      primaryCategory: p.primaryCategory as string | null,
      publishedAt: timeColumn(p.publishedAt)?.toISOString().slice(0, 10) ?? null,
      comment: p.comment as string | null,
      translation,
      links: arxivId ? { abs: `https://arxiv.org/abs/${arxivId}`, pdf: `https://arxiv.org/pdf/${arxivId}` } : null,
      codeUrl: p.codeUrl as string | null,
      projectUrl: p.projectUrl as string | null,
      huggingFace:
        arxivId && hfUpvotes !== null ? { url: `https://huggingface.co/papers/${arxivId}`, upvotes: hfUpvotes } : null,
      concepts: conceptRows
        .filter((c) => flagColumn(c.about))
        .map((c) => ({
          ...named(c),
          score: Number(c.score),
          method: c.method as string,
          implied: flagColumn(c.implied),
          evidence: jsonColumn<EvidenceView[]>(c.evidence),
        })),
      mentions: conceptRows
        .filter((c) => !flagColumn(c.about))
        .map((c) => ({ ...named(c), evidence: jsonColumn<EvidenceView[]>(c.evidence) })),
      listedOn: p.listedOn as string | null,
    });
    if (options.described)
      described.set(
        id,
        conceptRows.map((c) => ({
          slug: c.slug as string,
          descriptionEn: c.descriptionEn as string,
          descriptionKo: c.descriptionKo as string,
          features: c.features === null ? [] : jsonColumn<StrongFeature[]>(c.features),
        })),
      );
  }
  return { views, described };
}

/** The views of these ids in this order (ids that name no paper left out). */
export function inOrder(views: Map<number, ListedPaperView>, ids: number[]): ListedPaperView[] {
  return ids.flatMap((id) => views.get(id) ?? []);
}

/** The papers with these ids in this order (ids that name no paper left out). */
export async function readPaperList(db: Db, ids: number[]): Promise<ListedPaperView[]> {
  return inOrder((await readPaperViews(db, ids)).views, ids);
}
