import type { Prisma as PrismaTypes } from "../db/create-db.ts";
import { Prisma } from "../db/generated/sqlite/client.ts";

type Tx = PrismaTypes.TransactionClient;

export type DigestChange = "created" | "updated" | "unchanged";

export interface DigestPlacement {
  date: string;
  paperIds: number[];
  /**
   * "replace": the input is the whole digest (a digest file) and fixes its order.
   * "append": papers join the day's digest after those already in it.
   */
  mode: "replace" | "append";
  titles?: { title: string | null; titleKo: string | null };
}

/** Puts papers into the digest of their day, creating it when needed. */
export async function placeInDigest(tx: Tx, placement: DigestPlacement): Promise<DigestChange> {
  // Two records of one input can name the same stored paper (its arXiv record and a blog copy).
  const incoming = [...new Set(placement.paperIds)];
  const stored = await tx.digest.findUnique({
    where: { date: placement.date },
    select: { id: true, title: true, titleKo: true, entries: { select: { paperId: true }, orderBy: { position: "asc" } } },
  });
  const titles = placement.titles ?? (stored ? { title: stored.title, titleKo: stored.titleKo } : { title: null, titleKo: null });
  const current = stored?.entries.map((e) => e.paperId) ?? [];
  const wanted = placement.mode === "replace" ? incoming : [...current, ...incoming.filter((id) => !current.includes(id))];
  const entries = wanted.map((paperId, position) => ({ paperId, position }));

  if (!stored) {
    await tx.digest.create({ data: { date: placement.date, ...titles, entries: { create: entries } } });
    await refreshListedOn(tx, wanted);
    return "created";
  }
  const sameEntries = current.length === wanted.length && current.every((id, i) => id === wanted[i]);
  const sameTitles = stored.title === titles.title && stored.titleKo === titles.titleKo;
  if (sameEntries && sameTitles) return "unchanged";
  if (sameEntries) {
    await tx.digest.update({ where: { id: stored.id }, data: titles });
  } else if (placement.mode === "append") {
    await tx.digest.update({ where: { id: stored.id }, data: { ...titles, entries: { create: entries.slice(current.length) } } });
  } else {
    await tx.digest.update({ where: { id: stored.id }, data: { ...titles, entries: { deleteMany: {}, create: entries } } });
  }
  await refreshListedOn(tx, [...new Set([...current, ...wanted])]);
  return "updated";
}

/** Sets each paper's listedOn to the newest digest it is in (null when in none). */
async function refreshListedOn(tx: Tx, paperIds: number[]): Promise<void> {
  for (let i = 0; i < paperIds.length; i += 10_000) {
    const ids = paperIds.slice(i, i + 10_000);
    await tx.$executeRaw`UPDATE "Paper" SET "listedOn" = (SELECT MAX(d."date") FROM "DigestEntry" e JOIN "Digest" d ON d."id" = e."digestId" WHERE e."paperId" = "Paper"."id") WHERE "id" IN (${Prisma.join(ids)})`;
  }
}
