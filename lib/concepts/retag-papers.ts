import type { Db } from "../db/create-db.ts";
import type { ConceptDefinition } from "./concept-definition.ts";
import { compileTagger } from "./compile-tagger.ts";
import type { StoredTagger } from "./load-tagger.ts";
import { tagStoredPapers } from "./store-paper-concepts.ts";
import type { TaxonomyChange } from "./sync-taxonomy.ts";
import { findMentions } from "./find-mentions.ts";
import { papersWithText } from "../queries/papers-with-text.ts";

const BATCH = 500;

export interface RetagResult {
  scanned: number;
  retagged: number;
}

/**
 * Re-tags the papers a taxonomy change can affect: those tagged with or mentioning a changed
 * concept, and those whose text mentions an added or changed concept. A change to a concept of
 * the learned layer (a new model) can tag a paper that names it nowhere: every paper is re-tagged,
 * as with `all`.
 */
export async function retagPapers(
  db: Db,
  tagging: StoredTagger,
  definitions: ConceptDefinition[],
  change: TaxonomyChange,
  options: { all?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<RetagResult> {
  const touched = new Set([...change.added, ...change.changed]);
  const all =
    options.all ||
    [...touched].some((slug) => tagging.tagger.about?.methods.get(slug) === "learned");
  const candidates = new Set<number>();
  let scanned = 0;
  // A removed concept needs nothing here: its rows went with it (cascade).
  if (all || touched.size > 0) {
    const changedIds = [...change.changed]
      .map((slug) => tagging.conceptIds.get(slug)!)
      .filter((id) => id !== undefined);
    for (const row of await db.paperConcept.findMany({
      where: { conceptId: { in: changedIds } },
      select: { paperId: true },
      distinct: ["paperId"],
    })) {
      candidates.add(row.paperId);
    }
    const restricted = compileTagger(
      definitions
        .filter((d) => all || touched.has(d.slug))
        .map((d) => ({ ...d, parent: undefined })),
    );
    for await (const page of papersWithText(db)) {
      scanned += page.length;
      for (const paper of page)
        if (all || findMentions(restricted, paper).concepts.size > 0) candidates.add(paper.id);
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
