import type { DailySettings } from "../config/daily-env.ts";
import { loadTagger } from "../concepts/load-tagger.ts";
import type { Db } from "../db/create-db.ts";
import { formatIssue, type IngestIssue } from "../ingest/ingest-issue.ts";
import { ingestStream } from "../ingest/ingest-stream.ts";
import type { PoliteOptions } from "../ingest/polite-fetch.ts";
import { compactSearchIndexIfDue } from "../search/compact-search-index.ts";
import { fetchListings } from "./fetch-listings.ts";
import { loadCandidates } from "./load-candidates.ts";
import { mergeListings } from "./merge-listings.ts";
import { isInScope } from "./paper-scope.ts";
import { publishDigest } from "./publish-digest.ts";
import { rankPapers } from "./rank-papers.ts";
import type { TranslationStage } from "./translation-stage.ts";

export interface DailyDetails {
  /** How arXiv's listing was read: its feeds (the newest listing) or the API (an earlier day). */
  via: "rss" | "api";
  fetched: { arxiv: number; huggingFace: number; papers: number };
  stored: { added: number; updated: number; unchanged: number; failed: number };
  /** Papers new on the day, and those of them in the LLM scope. */
  candidates: number;
  inScope: number;
  /** The translation engine, or null when none is configured. */
  translation: string | null;
  translated: number;
  /** Papers embedded, or null when no embedding model is installed. */
  embedded: number | null;
  /** Papers in the published digest, and what publishing did to it. */
  published: number;
  digest: "created" | "updated" | "unchanged" | "none";
  /** Concepts no earlier digest had, found in this one. */
  newConcepts: string[];
}

export interface DailyRunOptions {
  settings: DailySettings;
  translation: TranslationStage | null;
  /** Embeds what lacks an embedding; resolves to null when semantic features are off. */
  embed: (db: Db) => Promise<number | null>;
  politeness?: PoliteOptions;
  log?: (line: string) => void;
}

export type DailyOutcome =
  | { date: string; runId: number; ok: true; details: DailyDetails; issues: IngestIssue[] }
  | { date: string; runId: number; ok: false; error: string };

/**
 * The daily run of one listing day: fetch arXiv's and Hugging Face's listings, merge them, store
 * and tag the papers, keep those in the LLM scope, rank, translate, embed, and publish the
 * digest. Papers are stored as they are fetched; the digest changes only in the last step, in
 * one transaction with the run's record, so readers see the previous digest until the new one
 * is whole and a failed run leaves none half-made. A second run of the same listing changes
 * nothing.
 */
export async function runDaily(
  db: Db,
  date: string,
  options: DailyRunOptions,
): Promise<DailyOutcome> {
  const { settings } = options;
  const log = (line: string) => options.log?.(`${date}: ${line}`);
  const run = await db.ingestRun.create({
    data: {
      source: `daily run: arXiv ${settings.categories.join(", ")} and Hugging Face daily papers`,
      format: "daily",
      date,
      status: "running",
      errors: [],
    },
    select: { id: true },
  });
  try {
    const fetched = await fetchListings(
      date,
      settings.categories,
      { ...settings, politeness: options.politeness },
      log,
    );
    const merged = mergeListings(fetched.arxiv, fetched.huggingFace);
    const stored = await ingestStream(
      db,
      `daily listings of ${date}`,
      { items: merged.items },
      { mode: "append", skipInvalid: true, tagging: await loadTagger(db) },
    );
    if (!stored.stored) throw new Error(stored.issues.map(formatIssue).join("; "));
    const invalid = stored.failed ? `, ${stored.failed} invalid` : "";
    const repeats = merged.merged
      ? ` (${merged.merged} entries named a paper already listed and were merged)`
      : "";
    log(
      `stored ${merged.items.length} papers${repeats}: ${stored.added} added, ` +
        `${stored.updated} updated, ${stored.unchanged} unchanged${invalid}`,
    );
    await compactSearchIndexIfDue(db);

    const scope = { categories: settings.scopeCategories, concepts: settings.scopeConcepts };
    const pick = async () => {
      const { candidates, kept } = await loadCandidates(db, date, [...merged.candidates]);
      const inScope = candidates.filter((paper) => isInScope(paper, scope));
      const others = kept.filter((paper) => !inScope.some((p) => p.id === paper.id));
      return { candidates, inScope, others, ranked: rankPapers([...inScope, ...others]) };
    };
    let picked = await pick();
    log(
      `${picked.inScope.length} of ${picked.candidates.length} new papers are in scope` +
        (picked.others.length ? `; the day's digest already had ${picked.others.length} more` : ""),
    );

    const translation = options.translation;
    const untranslated = picked.ranked.filter((paper) => !paper.hasKorean).map((paper) => paper.id);
    const translatedNow =
      translation && untranslated.length
        ? await translation.translate(db, untranslated, `daily run ${run.id} of ${date}`, log)
        : { translated: 0, failed: [] };
    log(
      translation
        ? `translated ${translatedNow.translated} papers with ${translation.name}`
        : "no translation engine is configured; papers keep the Korean they have",
    );
    // Translating tags a paper's Korean too: scope and rank read the new tags, so that a second
    // run of the day finds the digest as this one leaves it.
    if (translatedNow.translated > 0) picked = await pick();
    const { candidates, inScope, ranked } = picked;
    const embedded = await options.embed(db);

    const details: DailyDetails = {
      via: fetched.via,
      fetched: {
        arxiv: fetched.arxiv.length,
        huggingFace: fetched.huggingFace.length,
        papers: merged.items.length,
      },
      stored: {
        added: stored.added,
        updated: stored.updated,
        unchanged: stored.unchanged,
        failed: stored.failed,
      },
      candidates: candidates.length,
      inScope: inScope.length,
      translation: translation?.name ?? null,
      translated: ranked.filter((paper) => paper.hasKorean).length,
      embedded,
      published: ranked.length,
      digest: "none",
      newConcepts: [],
    };
    const issues: IngestIssue[] = [
      ...stored.issues,
      ...translatedNow.failed.map(({ paperId, message }) => ({
        file: `daily run of ${date}`,
        record: `paper ${paperId}`,
        message: `was not translated: ${message}`,
      })),
    ];
    const published = await publishDigest(db, {
      runId: run.id,
      date,
      paperIds: ranked.map((paper) => paper.id),
      details,
      issues,
      notes: stored.notes,
    });
    log(
      published.digest === "none"
        ? "no paper in scope: no digest"
        : `digest ${published.digest} with ${ranked.length} papers`,
    );
    return { date, runId: run.id, ok: true, details: published, issues };
  } catch (error) {
    const message = (error as Error).message;
    await db.ingestRun.update({
      where: { id: run.id },
      data: {
        status: "failed",
        errors: [{ file: `daily run of ${date}`, message, text: message }],
        finishedAt: new Date(),
      },
    });
    log(`failed, nothing published: ${message}`);
    return { date, runId: run.id, ok: false, error: message };
  }
}
