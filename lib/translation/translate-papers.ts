// Translates the papers of a scope that need Korean, several at a time, each stored as soon as it
// is done: a run that is killed loses nothing, and the next run continues with what is left.
// The CLI (npm run translate), ingest --translate and the daily run call this.
import { loadTagger } from "../concepts/load-tagger.ts";
import type { Db, Prisma } from "../db/create-db.ts";
import { addUsage, NO_USAGE, type TranslationEngine, type Usage } from "./engine.ts";
import { loadGlossary, type Glossary } from "./glossary.ts";
import { recordTranslationFailure, storeMachineTranslation } from "./store-translation.ts";
import { translatePaper } from "./translate-paper.ts";

export type TranslationScope =
  { date: string } | { since: string } | { paperIds: number[] } | { allMissing: true };

export interface TranslateProgress {
  start(total: number): void;
  paper(done: number, outcome: PaperOutcome): void;
}

export interface PaperOutcome {
  paperId: number;
  arxivId: string | null;
  status: "translated" | "failed" | "skipped";
  message?: string;
}

export interface TranslateOptions {
  engine: TranslationEngine;
  scope: TranslationScope;
  /** How the run is recorded: "--date 2025-08-19", "ingest run 12". */
  label: string;
  /** Papers translated side by side (the engine's own limits still hold). */
  concurrency?: number;
  /** Lists what would be translated and its estimated cost; nothing is sent or stored. */
  dryRun?: boolean;
  /** US dollars: no paper is started that would take the run past it. */
  maxCost?: number | null;
  glossary?: Glossary;
  progress?: TranslateProgress;
}

export interface TranslateSummary {
  runId: number;
  planned: number;
  translated: number;
  failed: number;
  /** A human translation arrived, or the English changed, while the paper was translated. */
  skipped: number;
  /** Papers left for a later run by --max-cost. */
  leftByBudget: number;
  tldrs: number;
  /** Stored translations with quality findings. */
  flagged: number;
  usage: Usage;
  /** US dollars; null when the engine's prices are not configured. For a dry run: the estimate. */
  cost: number | null;
  failures: PaperOutcome[];
}

/** Korean that is missing, or a machine translation made from English that has since changed. */
export function needsTranslation(p: {
  titleKo: string | null;
  abstractKo: string | null;
  translationMethod: string | null;
  translationSourceHash: string | null;
  englishHash: string;
}): boolean {
  if (p.titleKo === null && p.abstractKo === null) return true;
  return p.translationMethod === "machine" && p.translationSourceHash !== p.englishHash;
}

function scopeWhere(scope: TranslationScope): Prisma.PaperWhereInput {
  if ("date" in scope) return { digestEntries: { some: { digest: { date: scope.date } } } };
  if ("since" in scope)
    return { digestEntries: { some: { digest: { date: { gte: scope.since } } } } };
  if ("paperIds" in scope) return { id: { in: scope.paperIds } };
  return {};
}

const CANDIDATE = {
  id: true,
  arxivId: true,
  title: true,
  abstractEn: true,
  titleKo: true,
  abstractKo: true,
  translationMethod: true,
  translationSourceHash: true,
  englishHash: true,
} as const;

type Candidate = Prisma.PaperGetPayload<{ select: typeof CANDIDATE }>;

/** What a paper is likely to use: its characters, tokens at about four characters each plus
 * the instructions. */
export function estimateUsage(paper: { title: string; abstractEn: string }): Usage {
  const characters = paper.title.length + paper.abstractEn.length;
  return {
    inputTokens: Math.ceil(characters / 4) + 600,
    outputTokens: Math.ceil(characters / 2),
    characters,
  };
}

export async function translatePapers(
  db: Db,
  options: TranslateOptions,
): Promise<TranslateSummary> {
  const { engine } = options;
  const candidates = await db.paper.findMany({
    where: {
      ...scopeWhere(options.scope),
      OR: [{ titleKo: null, abstractKo: null }, { translationMethod: "machine" }],
    },
    orderBy: { id: "asc" },
    select: CANDIDATE,
  });
  const papers = candidates.filter(needsTranslation);
  const run = await db.translationRun.create({
    data: {
      engine: engine.name,
      model: engine.model,
      scope: options.label.slice(0, 2000),
      status: options.dryRun ? "dry-run" : "running",
      planned: papers.length,
      errors: [],
    },
    select: { id: true },
  });
  const summary: TranslateSummary = {
    runId: run.id,
    planned: papers.length,
    translated: 0,
    failed: 0,
    skipped: 0,
    leftByBudget: 0,
    tldrs: 0,
    flagged: 0,
    usage: NO_USAGE,
    cost: 0,
    failures: [],
  };
  const addCost = (usage: Usage) => {
    const cost = engine.cost(usage);
    summary.cost = summary.cost === null || cost === null ? null : summary.cost + cost;
  };

  if (options.dryRun) {
    for (const paper of papers) addCost(estimateUsage(paper));
    return summary;
  }
  try {
    return await translateAll(db, options, papers, summary, addCost, run.id);
  } catch (error) {
    // The run record ends whatever happened; a killed process's is ended by the next writer.
    const message = (error as Error).message;
    await db.translationRun
      .update({
        where: { id: run.id },
        data: {
          status: "failed",
          finishedAt: new Date(),
          errors: [{ paperId: null, arxivId: null, message }],
        },
      })
      .catch(() => undefined);
    throw error;
  }
}

async function translateAll(
  db: Db,
  options: TranslateOptions,
  papers: Candidate[],
  summary: TranslateSummary,
  addCost: (usage: Usage) => void,
  runId: number,
): Promise<TranslateSummary> {
  const { engine } = options;
  const glossary = options.glossary ?? loadGlossary();
  const tagging = await loadTagger(db);
  options.progress?.start(papers.length);
  let next = 0;
  let done = 0;
  let budgetHit = false;
  const finish = async (outcome: PaperOutcome) => {
    done += 1;
    options.progress?.paper(done, outcome);
    await db.translationRun.update({
      where: { id: runId },
      data: {
        translated: summary.translated,
        failed: summary.failed,
        skipped: summary.skipped,
        inputTokens: summary.usage.inputTokens,
        outputTokens: summary.usage.outputTokens,
        characters: summary.usage.characters,
        cost: summary.cost ?? 0,
      },
    });
  };
  const worker = async () => {
    while (next < papers.length) {
      const paper = papers[next++]!;
      if (options.maxCost != null) {
        const expected = engine.cost(estimateUsage(paper)) ?? 0;
        if (budgetHit || (summary.cost ?? 0) + expected > options.maxCost) {
          budgetHit = true;
          summary.leftByBudget += 1;
          continue;
        }
      }
      const outcome: PaperOutcome = {
        paperId: paper.id,
        arxivId: paper.arxivId,
        status: "translated",
      };
      try {
        const translation = await translatePaper(engine, glossary, paper);
        summary.usage = addUsage(summary.usage, translation.usage);
        addCost(translation.usage);
        const stored = await storeMachineTranslation(
          db,
          { paperId: paper.id, englishHash: paper.englishHash, translation },
          { engine, glossary, tagging },
        );
        if (stored.outcome === "stored") {
          summary.translated += 1;
          summary.tldrs += stored.tldr ? 1 : 0;
          summary.flagged += stored.findings > 0 ? 1 : 0;
        } else {
          outcome.status = "skipped";
          outcome.message =
            stored.outcome === "human"
              ? "a human translation arrived meanwhile; it is kept"
              : "its English changed meanwhile; the next run translates it";
          summary.skipped += 1;
        }
      } catch (error) {
        outcome.status = "failed";
        outcome.message = (error as Error).message;
        summary.failed += 1;
        summary.failures.push(outcome);
        await recordTranslationFailure(db, paper.id, outcome.message);
      }
      await finish(outcome);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 1, papers.length)) }, worker),
  );
  const status = budgetHit
    ? "budget"
    : summary.failed === 0
      ? "succeeded"
      : summary.translated > 0
        ? "partial"
        : "failed";
  await db.translationRun.update({
    where: { id: runId },
    data: {
      status,
      errors: summary.failures
        .slice(0, 500)
        .map(({ paperId, arxivId, message }) => ({ paperId, arxivId, message })),
      finishedAt: new Date(),
    },
  });
  return summary;
}
