import type { Db } from "../db/create-db.ts";
import type { PaperView } from "./paper-view.ts";
import { readPaperList } from "./paper-views.ts";

export interface DigestView {
  date: string;
  title: string | null;
  titleKo: string | null;
  previous: string | null;
  next: string | null;
  papers: PaperView[];
}

/** The digests before and after a day: their dates, or null at either end. */
export async function digestNeighbours(
  db: Db,
  date: string,
): Promise<{ previous: string | null; next: string | null }> {
  const [previous, next] = await Promise.all([
    db.digest.findFirst({
      where: { date: { lt: date } },
      orderBy: { date: "desc" },
      select: { date: true },
    }),
    db.digest.findFirst({
      where: { date: { gt: date } },
      orderBy: { date: "asc" },
      select: { date: true },
    }),
  ]);
  return { previous: previous?.date ?? null, next: next?.date ?? null };
}

/** One day's digest with its papers in order, or null. A fixed number of queries, whatever its size. */
export async function getDigest(db: Db, date: string): Promise<DigestView | null> {
  const [digest, neighbours] = await Promise.all([
    db.digest.findUnique({
      where: { date },
      select: {
        date: true,
        title: true,
        titleKo: true,
        entries: { orderBy: { position: "asc" }, select: { paperId: true } },
      },
    }),
    digestNeighbours(db, date),
  ]);
  if (!digest) return null;
  const listed = await readPaperList(db, digest.entries.map((entry) => entry.paperId));
  const papers = listed.map(({ listedOn: _, ...paper }) => paper);
  return {
    date: digest.date,
    title: digest.title,
    titleKo: digest.titleKo,
    ...neighbours,
    papers,
  };
}

/** The newest digest's date, or null when there is none. */
export async function latestDigestDate(db: Db): Promise<string | null> {
  const latest = await db.digest.findFirst({ orderBy: { date: "desc" }, select: { date: true } });
  return latest?.date ?? null;
}
