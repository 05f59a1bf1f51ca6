import type { Db, Prisma } from "../db/create-db.ts";
import { ALIGNMENT_VERSION, type SentenceAlignment } from "../text/sentence-alignment.ts";
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
    const page = await db.paper.findMany({ where: OUTDATED, orderBy: { id: "asc" }, take: PAGE, select: { id: true, abstractEn: true, abstractKo: true, updatedAt: true, sentenceAlignment: true } });
    if (page.length === 0) break;
    await db.$transaction(
      page.map((paper) => {
        // A sentence-keyed translation's alignment is exact whatever the aligner: it is kept.
        const keyed = (paper.sentenceAlignment as SentenceAlignment | null)?.keyed === true;
        const columns = keyed ? { alignmentVersion: ALIGNMENT_VERSION } : alignmentColumns(paper.abstractEn, paper.abstractKo);
        // Realigning is not an edit of the paper: its updatedAt stays.
        return db.paper.update({ where: { id: paper.id }, data: { ...columns, updatedAt: paper.updatedAt } });
      }),
    );
    done += page.length;
    onProgress?.(done, total);
  }
  return done;
}
