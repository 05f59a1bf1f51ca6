import type { Prisma } from "../db/create-db.ts";
import { insertRows } from "../ingest/bulk-insert.ts";
import type { StoredTagger } from "./load-tagger.ts";
import { tagPaper } from "./tag-paper.ts";

type Tx = Prisma.TransactionClient;

const COLUMNS = ["paperId", "conceptId", "score", "method", "implied", "evidence"] as const;

/** Re-tags the given papers from their stored text, replacing their concept rows. Returns rows written. */
export async function tagStoredPapers(tx: Tx, tagging: StoredTagger, paperIds: number[]): Promise<number> {
  if (paperIds.length === 0) return 0;
  const papers = await tx.paper.findMany({ where: { id: { in: paperIds } }, select: { id: true, title: true, abstractEn: true, titleKo: true, abstractKo: true } });
  const rows = papers.flatMap((paper) =>
    tagPaper(tagging.tagger, paper).flatMap((tag) => {
      const conceptId = tagging.conceptIds.get(tag.slug);
      return conceptId === undefined ? [] : [[paper.id, conceptId, tag.score, tag.method, tag.implied, JSON.stringify(tag.evidence)]];
    }),
  );
  await tx.paperConcept.deleteMany({ where: { paperId: { in: paperIds } } });
  await insertRows(tx, "PaperConcept", COLUMNS, rows);
  return rows.length;
}
