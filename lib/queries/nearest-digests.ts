import type { Db } from "../db/create-db.ts";

/** Days that have a digest, nearest to `date` on each side (two of each at most), oldest first. */
export async function nearestDigests(
  db: Db,
  date: string,
): Promise<{ before: string[]; after: string[] }> {
  const [before, after] = await Promise.all([
    db.digest.findMany({
      where: { date: { lt: date } },
      orderBy: { date: "desc" },
      take: 2,
      select: { date: true },
    }),
    db.digest.findMany({
      where: { date: { gt: date } },
      orderBy: { date: "asc" },
      take: 2,
      select: { date: true },
    }),
  ]);
  return { before: before.map((d) => d.date).reverse(), after: after.map((d) => d.date) };
}
