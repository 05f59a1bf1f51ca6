import type { Prisma } from "../db/create-db.ts";
import { insertRows } from "../ingest/bulk-insert.ts";
import type { StoredTagger } from "./load-tagger.ts";
import type { PaperText } from "./find-mentions.ts";
import { tagPaper } from "./tag-paper.ts";

type Tx = Prisma.TransactionClient;

const COLUMNS = [
  "paperId",
  "conceptId",
  "about",
  "score",
  "method",
  "implied",
  "evidence",
  "features",
] as const;

/**
 * Tags papers and replaces their concept rows: one per concept a paper is about or mentions.
 * `fresh` holds papers inserted in this transaction, whose text is known and which have no rows
 * yet; the others are read back. Returns the number of rows written.
 */
export async function tagStoredPapers(
  tx: Tx,
  tagging: StoredTagger,
  paperIds: number[],
  fresh: Map<number, PaperText> = new Map(),
): Promise<number> {
  if (paperIds.length === 0) return 0;
  const stale = paperIds.filter((id) => !fresh.has(id));
  const reread = stale.length
    ? await tx.paper.findMany({
        where: { id: { in: stale } },
        select: { id: true, title: true, abstractEn: true, titleKo: true, abstractKo: true },
      })
    : [];
  const papers = [
    ...reread,
    ...[...fresh].filter(([id]) => paperIds.includes(id)).map(([id, text]) => ({ id, ...text })),
  ];
  const rows = papers.flatMap((paper) =>
    tagPaper(tagging.tagger, paper).flatMap((tag) => {
      const conceptId = tagging.conceptIds.get(tag.slug);
      if (conceptId === undefined) return [];
      const features = tag.features.length ? JSON.stringify(tag.features) : null;
      return [
        [
          paper.id,
          conceptId,
          tag.about,
          tag.score,
          tag.method,
          tag.implied,
          JSON.stringify(tag.evidence),
          features,
        ],
      ];
    }),
  );
  if (stale.length) await tx.paperConcept.deleteMany({ where: { paperId: { in: stale } } });
  await insertRows(tx, "PaperConcept", COLUMNS, rows);
  return rows.length;
}
