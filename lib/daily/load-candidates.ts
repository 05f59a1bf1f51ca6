import type { Db, Prisma } from "../db/create-db.ts";
import type { ScopedPaper } from "./paper-scope.ts";
import type { RankedPaper } from "./rank-papers.ts";

export type Candidate = ScopedPaper & RankedPaper & { hasKorean: boolean };

const SELECT = {
  id: true,
  arxivId: true,
  hfUpvotes: true,
  abstractKo: true,
  categories: { select: { category: true }, orderBy: { position: "asc" } },
  // The concepts a paper is about: scope and rank never read the ones it only mentions.
  concepts: {
    where: { about: true },
    select: { score: true, implied: true, concept: { select: { slug: true } } },
  },
  digestEntries: { select: { digest: { select: { date: true } } } },
} satisfies Prisma.PaperSelect;

type Row = Prisma.PaperGetPayload<{ select: typeof SELECT }>;

// Relations of more papers than this at once exceed SQLite's bound values.
const CHUNK = 500;

async function read(
  db: Db,
  where: (ids: (string | number)[]) => Prisma.PaperWhereInput,
  keys: (string | number)[],
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < keys.length; i += CHUNK)
    rows.push(
      ...(await db.paper.findMany({ where: where(keys.slice(i, i + CHUNK)), select: SELECT })),
    );
  return rows;
}

const toCandidate = (row: Row): Candidate => ({
  id: row.id,
  arxivId: row.arxivId,
  hfUpvotes: row.hfUpvotes,
  hasKorean: row.abstractKo !== null,
  categories: row.categories.map((c) => c.category),
  concepts: row.concepts.map((c) => ({ slug: c.concept.slug, implied: c.implied })),
  conceptScores: row.concepts.filter((c) => !c.implied).map((c) => c.score),
});

/**
 * The stored papers a day's listings named as new, less those an earlier digest already
 * listed; and the papers already in the day's digest (put there by an earlier run or by hand),
 * which stay in it.
 */
export async function loadCandidates(
  db: Db,
  date: string,
  arxivIds: string[],
): Promise<{ candidates: Candidate[]; kept: Candidate[] }> {
  const listed = await read(db, (ids) => ({ arxivId: { in: ids as string[] } }), arxivIds);
  const entries = await db.digestEntry.findMany({
    where: { digest: { date } },
    select: { paperId: true },
  });
  const kept = await read(
    db,
    (ids) => ({ id: { in: ids as number[] } }),
    entries.map((e) => e.paperId),
  );
  const candidates = listed.filter(
    (row) => !row.digestEntries.some((entry) => entry.digest.date < date),
  );
  return { candidates: candidates.map(toCandidate), kept: kept.map(toCandidate) };
}
