import type { Db, Prisma } from "../db/create-db.ts";

const PAGE = 2000;

/** Every paper with its titles and abstracts, page by page in id order (re-tagging, re-indexing). */
export async function* papersWithText(db: Db | Prisma.TransactionClient) {
  for (let after = 0; ; ) {
    const page = await db.paper.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, title: true, abstractEn: true, titleKo: true, abstractKo: true },
    });
    if (page.length === 0) return;
    yield page;
    after = page.at(-1)!.id;
  }
}
