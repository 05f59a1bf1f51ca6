import cliProgress from "cli-progress";
import { readEnv } from "../../lib/config/env.ts";
import type { Db } from "../../lib/db/create-db.ts";
import { createEngine } from "../../lib/translation/create-engine.ts";
import type { EngineName } from "../../lib/translation/engine.ts";
import { loadGlossary } from "../../lib/translation/glossary.ts";
import {
  estimateUsage,
  translatePapers,
  type TranslateProgress,
  type TranslateSummary,
  type TranslationScope,
} from "../../lib/translation/translate-papers.ts";

export interface TranslateRequest {
  scope: TranslationScope;
  label: string;
  /** Another engine than TRANSLATION_ENGINE for this run. */
  engine?: EngineName;
  dryRun?: boolean;
  maxCost?: number | null;
}

/** A progress bar on a terminal; a line per paper elsewhere (CI logs, pipes). */
function translateProgress(stream: NodeJS.WriteStream): TranslateProgress {
  if (!stream.isTTY) {
    return {
      start: (total) => stream.write(`translating ${total} paper(s)\n`),
      paper: (done, o) =>
        stream.write(
          `${done}: paper ${o.arxivId ?? o.paperId} ${o.status}${o.message ? `: ${o.message}` : ""}\n`,
        ),
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: "translating {bar} {value}/{total} papers | {eta_formatted} left | {last}",
      hideCursor: true,
      clearOnComplete: true,
      stream,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total) => bar.start(total, 0, { last: "" }),
    paper(done, o) {
      if (o.status !== "translated")
        stream.write(`\r\x1b[K${o.arxivId ?? o.paperId}: ${o.status}: ${o.message}\n`);
      bar.update(done, { last: o.arxivId ?? String(o.paperId) });
      if (done === bar.getTotal()) bar.stop();
    },
  };
}

const dollars = (cost: number) => `$${cost.toFixed(cost < 1 ? 4 : 2)}`;

function describe(summary: TranslateSummary, dryRun: boolean): string {
  const cost =
    summary.cost === null
      ? "cost unknown (set TRANSLATION_PRICE_INPUT and TRANSLATION_PRICE_OUTPUT)"
      : `${dryRun ? "about " : ""}${dollars(summary.cost)}`;
  if (dryRun)
    return `Dry run, nothing sent or written: ${summary.planned} paper(s) to translate, ${cost}.`;
  const { usage } = summary;
  return [
    `Translated ${summary.translated} of ${summary.planned} paper(s); failed ${summary.failed}; skipped ${summary.skipped}${summary.leftByBudget ? `; ${summary.leftByBudget} left for a later run by --max-cost` : ""}.`,
    `${summary.flagged} translation(s) with check findings (npm run translations:check lists them); ${summary.tldrs} TL;DR(s).`,
    `Used ${usage.inputTokens} input and ${usage.outputTokens} output tokens, ${usage.characters} characters: ${cost}. Recorded as translation run ${summary.runId}.`,
  ].join("\n");
}

/**
 * Translates with the configured engine and reports on `stream`; false (having said why) when
 * no engine is configured or it cannot start. Exit status is the caller's: failures count.
 */
export async function translateWithProgress(
  db: Db,
  request: TranslateRequest,
  stream: NodeJS.WriteStream = process.stdout,
): Promise<TranslateSummary | null> {
  const settings = readEnv({
    ...process.env,
    ...(request.engine ? { TRANSLATION_ENGINE: request.engine } : {}),
  }).translation;
  const glossary = loadGlossary();
  const status = await createEngine(settings, glossary);
  if (!status.on) {
    stream.write(`${status.reason}\n`);
    return null;
  }
  const { engine } = status;
  if (
    request.maxCost != null &&
    engine.cost(estimateUsage({ title: "", abstractEn: "" })) === null
  ) {
    stream.write(
      "--max-cost needs prices: set TRANSLATION_PRICE_INPUT and TRANSLATION_PRICE_OUTPUT (US dollars per million tokens).\n",
    );
    return null;
  }
  stream.write(
    `Translating with ${engine.name} (${engine.model}), glossary ${glossary.version}.\n`,
  );
  const summary = await translatePapers(db, {
    engine,
    scope: request.scope,
    label: request.label,
    concurrency: settings.concurrency,
    dryRun: request.dryRun,
    maxCost: request.maxCost,
    glossary,
    progress: translateProgress(stream),
  });
  stream.write(`${describe(summary, request.dryRun ?? false)}\n`);
  return summary;
}
