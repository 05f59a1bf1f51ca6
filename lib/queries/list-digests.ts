import type { Db } from "../db/create-db.ts";

export interface DigestSummary {
  date: string;
  paperCount: number;
}

/** Every digest, newest first, with how many papers it holds. */
export async function listDigests(db: Db): Promise<DigestSummary[]> {
  const rows = await db.digest.findMany({
    select: { date: true, _count: { select: { entries: true } } },
    orderBy: { date: "desc" },
  });
  return rows.map((row) => ({ date: row.date, paperCount: row._count.entries }));
}
