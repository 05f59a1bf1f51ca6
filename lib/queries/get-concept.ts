import type { Db } from "../db/create-db.ts";
import { weekStart, weeksBetween } from "../dates/iso-week.ts";
import { PAPER_VIEW_SELECT, toPaperView, type PaperView } from "./paper-view.ts";

export const CONCEPT_PAGE_SIZE = 20;

export interface ConceptRef {
  slug: string;
  nameEn: string;
  nameKo: string;
}

type ListedPaper = PaperView & { listedOn: string | null };

export interface ConceptPage {
  concept: ConceptRef & { descriptionEn: string; descriptionKo: string; parent: ConceptRef | null; children: ConceptRef[]; related: ConceptRef[] };
  /** The papers about the concept (directly or through a narrower one), newest first. */
  papers: ListedPaper[];
  page: number;
  pageSize: number;
  total: number;
  /** The papers that mention the concept without being about it, newest first. */
  mentions: { papers: ListedPaper[]; page: number; total: number };
  /** Papers per week (weeks start on Monday), from the first week with a paper to the last. */
  weekly: { week: string; count: number }[];
  /** Concepts found in the same papers, most shared first. */
  cooccurring: (ConceptRef & { count: number })[];
}

const REF = { slug: true, nameEn: true, nameKo: true } as const;

/**
 * A concept with the papers about it and the papers that only mention it, each newest first
 * and paged, weekly counts and neighbours. A fixed number of queries.
 */
export async function getConcept(
  db: Db,
  slug: string,
  page: number,
  mentionsPage = 1,
): Promise<ConceptPage | null> {
  const concept = await db.concept.findUnique({
    where: { slug },
    select: { id: true, ...REF, descriptionEn: true, descriptionKo: true, related: true, parent: { select: REF }, children: { select: REF, orderBy: { position: "asc" } } },
  });
  if (!concept) return null;
  const tagged = { concepts: { some: { conceptId: concept.id, about: true } } };
  const mentioning = { concepts: { some: { conceptId: concept.id, about: false } } };
  const newest = (where: typeof tagged, at: number) =>
    db.paper.findMany({
      where,
      orderBy: [{ listedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      skip: (at - 1) * CONCEPT_PAGE_SIZE,
      take: CONCEPT_PAGE_SIZE,
      select: { ...PAPER_VIEW_SELECT, listedOn: true },
    });
  const [rows, total, mentionRows, mentionTotal, days, shared, related] = await Promise.all([
    newest(tagged, page),
    db.paper.count({ where: tagged }),
    newest(mentioning, mentionsPage),
    db.paper.count({ where: mentioning }),
    db.paper.groupBy({ by: ["listedOn"], where: { ...tagged, listedOn: { not: null } }, _count: { _all: true } }),
    db.paperConcept.groupBy({
      by: ["conceptId"],
      where: { about: true, implied: false, conceptId: { not: concept.id }, paper: tagged },
      _count: { _all: true },
      orderBy: { _count: { conceptId: "desc" } },
      take: 12,
    }),
    db.concept.findMany({ where: { slug: { in: concept.related as string[] } }, select: REF, orderBy: { position: "asc" } }),
  ]);
  const names = await db.concept.findMany({ where: { id: { in: shared.map((s) => s.conceptId) } }, select: { id: true, ...REF } });
  const nameOf = new Map(names.map(({ id, ...ref }) => [id, ref]));

  const perWeek = new Map<string, number>();
  for (const day of days) perWeek.set(weekStart(day.listedOn!), (perWeek.get(weekStart(day.listedOn!)) ?? 0) + day._count._all);
  const sorted = [...perWeek.keys()].sort();
  const weekly = sorted.length ? weeksBetween(sorted[0]!, sorted.at(-1)!).map((week) => ({ week, count: perWeek.get(week) ?? 0 })) : [];

  const { id: _, related: __, ...rest } = concept;
  const listed = (list: typeof rows) =>
    list.map(({ listedOn, ...row }) => ({ ...toPaperView(row), listedOn }));
  return {
    concept: { ...rest, related },
    papers: listed(rows),
    page,
    pageSize: CONCEPT_PAGE_SIZE,
    total,
    mentions: { papers: listed(mentionRows), page: mentionsPage, total: mentionTotal },
    weekly,
    cooccurring: shared.map((s) => ({ ...nameOf.get(s.conceptId)!, count: s._count._all })),
  };
}
