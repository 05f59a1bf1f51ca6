import type { Db } from "../db/create-db.ts";
import type { ConceptDefinition } from "./concept-definition.ts";
import { compileTagger } from "./compile-tagger.ts";
import type { StoredTagger } from "./load-tagger.ts";
import { tagStoredPapers } from "./store-paper-concepts.ts";
import type { TaxonomyChange } from "./sync-taxonomy.ts";
import { tagPaper } from "./tag-paper.ts";
import { papersWithText } from "../queries/papers-with-text.ts";

const BATCH = 500;

export interface RetagResult {
  scanned: number;
  retagged: number;
}

/**
 * Re-tags the papers a taxonomy change can affect: those tagged with a changed concept, and
 * those whose text mentions an added or changed concept. `all` re-tags every paper.
 */
export async function retagPapers(
  db: Db,
  tagging: StoredTagger,
  definitions: ConceptDefinition[],
  change: TaxonomyChange,
  options: { all?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<RetagResult> {
  const touched = new Set([...change.added, ...change.changed]);
  const candidates = new Set<number>();
  let scanned = 0;
  // A removed concept needs nothing here: its rows went with it (cascade).
  if (options.all || touched.size > 0) {
    const changedIds = [...change.changed].map((slug) => tagging.conceptIds.get(slug)!).filter((id) => id !== undefined);
    for (const row of await db.paperConcept.findMany({ where: { conceptId: { in: changedIds } }, select: { paperId: true }, distinct: ["paperId"] })) {
      candidates.add(row.paperId);
    }
    const restricted = compileTagger(definitions.filter((d) => options.all || touched.has(d.slug)).map((d) => ({ ...d, parent: undefined })));
    for await (const page of papersWithText(db)) {
      scanned += page.length;
      for (const paper of page) if (options.all || tagPaper(restricted, paper).length > 0) candidates.add(paper.id);
    }
  }
  const ids = [...candidates].sort((a, b) => a - b);
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    await db.$transaction((tx) => tagStoredPapers(tx, tagging, batch), { timeout: 120_000 });
    options.onProgress?.(Math.min(i + BATCH, ids.length), ids.length);
  }
  return { scanned, retagged: ids.length };
}
