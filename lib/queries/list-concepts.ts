import type { Db } from "../db/create-db.ts";

export interface ConceptSummary {
  slug: string;
  nameEn: string;
  nameKo: string;
  descriptionEn: string;
  descriptionKo: string;
  parent: string | null;
  related: string[];
  /** Papers about it, directly or through a narrower concept. */
  paperCount: number;
}

/** The whole taxonomy in file order, with paper counts. Two queries. */
export async function listConcepts(db: Db): Promise<ConceptSummary[]> {
  const [concepts, counts] = await Promise.all([
    db.concept.findMany({
      orderBy: { position: "asc" },
      select: { id: true, slug: true, nameEn: true, nameKo: true, descriptionEn: true, descriptionKo: true, related: true, parent: { select: { slug: true } } },
    }),
    db.paperConcept.groupBy({ by: ["conceptId"], where: { about: true }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.conceptId, c._count._all]));
  return concepts.map(({ id, parent, related, ...concept }) => ({
    ...concept,
    parent: parent?.slug ?? null,
    related: related as string[],
    paperCount: countOf.get(id) ?? 0,
  }));
}
