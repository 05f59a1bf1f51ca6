import type { Db } from "../db/create-db.ts";
import { weekStart, weeksBetween } from "../dates/iso-week.ts";
import { PAPER_VIEW_SELECT, toPaperView, type PaperView } from "./paper-view.ts";

export const CONCEPT_PAGE_SIZE = 20;

export interface ConceptRef {
  slug: string;
  nameEn: string;
  nameKo: string;
}

export interface ConceptPage {
  concept: ConceptRef & { descriptionEn: string; descriptionKo: string; parent: ConceptRef | null; children: ConceptRef[]; related: ConceptRef[] };
  papers: (PaperView & { listedOn: string | null })[];
  page: number;
  pageSize: number;
  total: number;
  /** Papers per week (weeks start on Monday), from the first week with a paper to the last. */
  weekly: { week: string; count: number }[];
  /** Concepts found in the same papers, most shared first. */
  cooccurring: (ConceptRef & { count: number })[];
}

const REF = { slug: true, nameEn: true, nameKo: true } as const;

/** A concept with its papers newest first (paged), weekly counts and neighbours. A fixed number of queries. */
export async function getConcept(db: Db, slug: string, page: number): Promise<ConceptPage | null> {
  const concept = await db.concept.findUnique({
    where: { slug },
    select: { id: true, ...REF, descriptionEn: true, descriptionKo: true, related: true, parent: { select: REF }, children: { select: REF, orderBy: { position: "asc" } } },
  });
  if (!concept) return null;
  const tagged = { concepts: { some: { conceptId: concept.id } } };
  const [rows, total, days, shared, related] = await Promise.all([
    db.paper.findMany({
      where: tagged,
      orderBy: [{ listedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      skip: (page - 1) * CONCEPT_PAGE_SIZE,
      take: CONCEPT_PAGE_SIZE,
      select: { ...PAPER_VIEW_SELECT, listedOn: true },
    }),
    db.paper.count({ where: tagged }),
    db.paper.groupBy({ by: ["listedOn"], where: { ...tagged, listedOn: { not: null } }, _count: { _all: true } }),
    db.paperConcept.groupBy({
      by: ["conceptId"],
      where: { implied: false, conceptId: { not: concept.id }, paper: tagged },
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
  return {
    concept: { ...rest, related },
    papers: rows.map(({ listedOn, ...row }) => ({ ...toPaperView(row), listedOn })),
    page,
    pageSize: CONCEPT_PAGE_SIZE,
    total,
    weekly,
    cooccurring: shared.map((s) => ({ ...nameOf.get(s.conceptId)!, count: s._count._all })),
  };
}
