import type { Db, Prisma } from "../db/create-db.ts";
import { ALIGNMENT_VERSION } from "../text/sentence-alignment.ts";
import { alignmentColumns } from "./alignment-columns.ts";

const PAGE = 1000;
const OUTDATED = { OR: [{ alignmentVersion: null }, { alignmentVersion: { not: ALIGNMENT_VERSION } }] } satisfies Prisma.PaperWhereInput;

/**
 * Recomputes the sentence alignment of papers stored before it existed or by an older splitter
 * or aligner, one transaction per page. Returns the papers realigned; 0 when all were current.
 */
export async function refreshAlignments(db: Db, onProgress?: (done: number, total: number) => void): Promise<number> {
  const total = await db.paper.count({ where: OUTDATED });
  let done = 0;
  while (done < total) {
    const page = await db.paper.findMany({ where: OUTDATED, orderBy: { id: "asc" }, take: PAGE, select: { id: true, abstractEn: true, abstractKo: true, updatedAt: true } });
    if (page.length === 0) break;
    await db.$transaction(
      page.map((paper) =>
        // Realigning is not an edit of the paper: its updatedAt stays.
        db.paper.update({ where: { id: paper.id }, data: { ...alignmentColumns(paper.abstractEn, paper.abstractKo), updatedAt: paper.updatedAt } }),
      ),
    );
    done += page.length;
    onProgress?.(done, total);
  }
  return done;
}
