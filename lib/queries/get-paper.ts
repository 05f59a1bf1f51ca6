import type { Db } from "../db/create-db.ts";
import { PAPER_VIEW_SELECT, toPaperView, type PaperView } from "./paper-view.ts";
import type { PaperKey } from "./paper-key.ts";

export interface PaperPageView extends PaperView {
  /** Dates of the digests the paper appeared in, newest first. */
  digests: string[];
}

export async function getPaper(db: Db, key: PaperKey): Promise<PaperPageView | null> {
  const row = await db.paper.findFirst({
    where: key,
    select: { ...PAPER_VIEW_SELECT, digestEntries: { select: { digest: { select: { date: true } } } } },
  });
  if (!row) return null;
  const { digestEntries, ...paper } = row;
  return { ...toPaperView(paper), digests: digestEntries.map((e) => e.digest.date).sort().reverse() };
}
