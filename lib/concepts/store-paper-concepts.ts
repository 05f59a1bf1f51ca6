import type { Prisma } from "../db/create-db.ts";
import { insertRows } from "../ingest/bulk-insert.ts";
import type { StoredTagger } from "./load-tagger.ts";
import type { PaperText } from "./find-mentions.ts";
import { tagPaper } from "./tag-paper.ts";

type Tx = Prisma.TransactionClient;

const COLUMNS = ["paperId", "conceptId", "score", "method", "implied", "evidence"] as const;

/**
 * Tags papers and replaces their concept rows. `fresh` holds papers inserted in this
 * transaction, whose text is known and which have no rows yet; the others are read back.
 * Returns the number of rows written.
 */
export async function tagStoredPapers(tx: Tx, tagging: StoredTagger, paperIds: number[], fresh: Map<number, PaperText> = new Map()): Promise<number> {
  if (paperIds.length === 0) return 0;
  const stale = paperIds.filter((id) => !fresh.has(id));
  const reread = stale.length
    ? await tx.paper.findMany({ where: { id: { in: stale } }, select: { id: true, title: true, abstractEn: true, titleKo: true, abstractKo: true } })
    : [];
  const papers = [...reread, ...[...fresh].filter(([id]) => paperIds.includes(id)).map(([id, text]) => ({ id, ...text }))];
  const rows = papers.flatMap((paper) =>
    tagPaper(tagging.tagger, paper).filter((tag) => tag.about).flatMap((tag) => {
      const conceptId = tagging.conceptIds.get(tag.slug);
      return conceptId === undefined ? [] : [[paper.id, conceptId, tag.score, tag.method, tag.implied, JSON.stringify(tag.evidence)]];
    }),
  );
  if (stale.length) await tx.paperConcept.deleteMany({ where: { paperId: { in: stale } } });
  await insertRows(tx, "PaperConcept", COLUMNS, rows);
  return rows.length;
}
