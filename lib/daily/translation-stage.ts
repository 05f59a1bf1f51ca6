import type { TranslationSettings } from "../config/translation-env.ts";
import type { Db } from "../db/create-db.ts";
import { createEngine } from "../translation/create-engine.ts";
import { loadGlossary } from "../translation/glossary.ts";
import { translatePapers } from "../translation/translate-papers.ts";

/**
 * The daily run's translation step: without an engine configured the step is skipped and the
 * digest is published with the Korean it already has.
 */
export interface TranslationStage {
  /** How the run reports the engine, e.g. "openai gpt-4o-mini". */
  name: string;
  /**
   * Translates the papers that have no Korean yet, each stored whole or not at all, as
   * `npm run translate` does (sentence-keyed, with provenance and checks); the translation run
   * is recorded under `label` and summed up in `log`.
   */
  translate(
    db: Db,
    paperIds: number[],
    label: string,
    log: (line: string) => void,
  ): Promise<{ translated: number; failed: { paperId: number; message: string }[] }>;
}

/**
 * The engine TRANSLATION_ENGINE names (lib/translation), as the daily run's step; null when
 * translation is off or the engine cannot start; then `log` (the command's output or the server
 * log) says so, with how to turn it on.
 */
export async function configuredTranslation(
  settings: TranslationSettings,
  log: (line: string) => void,
): Promise<TranslationStage | null> {
  const glossary = loadGlossary();
  const status = await createEngine(settings, glossary);
  if (!status.on) {
    log(
      settings.engine === "off"
        ? status.reason
        : `Translation is off for this run: ${settings.engine} cannot start: ${status.reason}`,
    );
    return null;
  }
  const { engine } = status;
  return {
    name: `${engine.name} ${engine.model}`,
    async translate(db, paperIds, label, runLog) {
      const summary = await translatePapers(db, {
        engine,
        scope: { paperIds },
        label,
        concurrency: settings.concurrency,
        glossary,
      });
      runLog(
        `translation run ${summary.runId}: translated ${summary.translated} of ` +
          `${summary.planned}, failed ${summary.failed}, skipped ${summary.skipped}; ` +
          `${summary.flagged} with check findings, ${summary.tldrs} TL;DRs`,
      );
      return {
        translated: summary.translated,
        failed: summary.failures.map(({ paperId, message }) => ({
          paperId,
          message: message ?? "the engine gave no reason",
        })),
      };
    },
  };
}
