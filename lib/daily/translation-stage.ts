import type { Db } from "../db/create-db.ts";

/**
 * The daily run's translation step. Translation engines (lib/translation, arriving with the
 * translation issue) plug in here; without one configured the step is skipped and the digest
 * is published with the Korean it already has.
 */
export interface TranslationStage {
  /** How the run reports the engine, e.g. "openai gpt-4o-mini". */
  name: string;
  /** Translates the papers that have no Korean yet; each is stored whole or not at all. */
  translate(
    db: Db,
    paperIds: number[],
  ): Promise<{ translated: number; failed: { paperId: number; message: string }[] }>;
}

/** The configured engine, or null: none is configured until lib/translation is merged. */
export function configuredTranslation(): TranslationStage | null {
  return null;
}
