import type { Db } from "../db/create-db.ts";
import type { IngestIssue } from "../ingest/ingest-issue.ts";
import { ABOUT_MODEL_FILE, loadAboutModel } from "./learned/about-model.ts";
import { loadTagger } from "./load-tagger.ts";
import { loadTaxonomy, TAXONOMY_DIR } from "./load-taxonomy.ts";
import { retagPapers, type RetagResult } from "./retag-papers.ts";
import { syncTaxonomy, type TaxonomyChange } from "./sync-taxonomy.ts";

export type ApplyTaxonomyResult =
  { ok: true; change: TaxonomyChange; retag: RetagResult } | { ok: false; issues: IngestIssue[] };

/**
 * Loads content/concepts into the database and re-tags the papers the change affects, a new
 * learned model included.
 */
export async function applyTaxonomy(
  db: Db,
  options: {
    dir?: string;
    /** The learned model's file (content/concept-model.json). */
    modelFile?: string;
    all?: boolean;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<ApplyTaxonomyResult> {
  const taxonomy = loadTaxonomy(options.dir ?? TAXONOMY_DIR);
  if (!taxonomy.ok) return taxonomy;
  const modelFile = options.modelFile ?? ABOUT_MODEL_FILE;
  const change = await syncTaxonomy(db, taxonomy.concepts, loadAboutModel(modelFile));
  const tagging = await loadTagger(db, modelFile);
  if (!tagging) return { ok: true, change, retag: { scanned: 0, retagged: 0 } };
  const retag = await retagPapers(db, tagging, taxonomy.concepts, change, options);
  return { ok: true, change, retag };
}
