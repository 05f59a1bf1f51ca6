// Translating stored papers on SQLite and PostgreSQL with the OpenAI-compatible engine against a
// local chat completions server: what is selected, what is stored, what is never overwritten.
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readTranslationEnv } from "../../lib/config/translation-env.ts";
import type { Db } from "../../lib/db/create-db.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { searchPapers } from "../../lib/search/search-papers.ts";
import { openAiEngine } from "../../lib/translation/engines/openai-engine.ts";
import { exportRows, toCsv } from "../../lib/translation/export-translations.ts";
import { loadGlossary } from "../../lib/translation/glossary.ts";
import { checkStoredTranslations } from "../../lib/translation/record-checks.ts";
import { translatePapers, type TranslationScope } from "../../lib/translation/translate-papers.ts";
import { ALIGNMENT_VERSION, sentenceTexts } from "../../lib/text/sentence-alignment.ts";
import { refreshAlignments } from "../../lib/ingest/refresh-alignments.ts";
import { splitSentences } from "../../lib/text/split-sentences.ts";
import { applyTaxonomy } from "../../lib/concepts/apply-taxonomy.ts";
import { writeFileSync } from "node:fs";
import { tempDir } from "../support/digest-fixtures.ts";
import {
  startFakeChatServer,
  translateItems,
  type ChatBehaviour,
} from "../support/fake-chat-server.ts";
import { migratedDatabases, testDialects } from "../support/test-databases.ts";

const glossary = loadGlossary();
const DAY = path.join("content", "digests", "2025-08-19.yaml");
const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function chatEngine(
  script: ChatBehaviour[] = [],
  fallback?: ChatBehaviour,
  env: Record<string, string> = {},
) {
  const server = await startFakeChatServer(script, fallback);
  servers.push(server);
  const settings = readTranslationEnv({
    TRANSLATION_ENGINE: "openai",
    TRANSLATION_BASE_URL: server.baseUrl,
    TRANSLATION_MODEL: "test-model",
    ...env,
  });
  return {
    server,
    engine: openAiEngine(settings, {
      maxRetries: 0,
      baseDelayMs: 0,
      maxDelayMs: 0,
      sleep: async () => {},
    }),
  };
}

/** The sample day (human translations) with its Korean taken out of three papers, as an English-only feed brings them. */
async function loadDay(db: Db) {
  await applyTaxonomy(db);
  await ingest(db, { paths: [DAY] });
  const english = await db.paper.findMany({
    orderBy: { id: "asc" },
    take: 3,
    select: { id: true, arxivId: true },
  });
  await db.paper.updateMany({
    where: { id: { in: english.map((p) => p.id) } },
    data: {
      titleKo: null,
      abstractKo: null,
      translationMethod: null,
      translationBy: null,
      translationSourceHash: null,
    },
  });
  return english;
}

const translate = (
  db: Db,
  engine: Awaited<ReturnType<typeof chatEngine>>["engine"],
  scope: TranslationScope,
  extra: Partial<Parameters<typeof translatePapers>[1]> = {},
) => translatePapers(db, { engine, scope, label: "test", glossary, ...extra });

describe.each(testDialects())("translating stored papers on $dialect", (dialect) => {
  const fresh = migratedDatabases();

  it("translates the papers without Korean, sentence by sentence, with provenance, checks and a TL;DR", async () => {
    const db = await fresh(dialect);
    const english = await loadDay(db);
    const { engine, server } = await chatEngine();
    const summary = await translate(db, engine, { date: "2025-08-19" });
    expect(summary).toMatchObject({ planned: 3, translated: 3, failed: 0, skipped: 0, tldrs: 3 });
    expect(server.requests).toHaveLength(3);

    const paper = (await getPaper(db, { id: english[0]!.id }))!;
    const sentences = splitSentences(paper.abstractEn, "en").map((s) => s.text);
    expect(paper.sentencesEn).toEqual(sentences);
    expect(paper.sentencesKo).toHaveLength(sentences.length);
    expect(paper.alignment).toEqual(sentences.map((_, i) => ({ en: [i], ko: [i] })));
    expect(paper.translation).toMatchObject({
      method: "machine",
      by: "openai test-model",
      stale: false,
      tldrKo: "이 논문은 새로운 방법을 제안하고 그 효과를 보인다.",
    });
    expect(paper.translation!.machine).toMatchObject({
      engine: "openai",
      model: "test-model",
      glossaryVersion: glossary.version,
      promptVersion: "ko-abstract-1",
    });
    expect(Array.isArray(paper.translation!.checks)).toBe(true);
    const record = await db.paperTranslation.findUniqueOrThrow({
      where: { paperId: english[0]!.id },
    });
    expect(record.inputTokens).toBeGreaterThan(0);
    // The human translations of the day were not touched.
    const human = await db.paper.findMany({
      where: { id: { notIn: english.map((p) => p.id) } },
      select: { translationMethod: true },
    });
    expect(human.every((p) => p.translationMethod === "manual")).toBe(true);
    // The Korean is searchable.
    const found = await searchPapers(db, { q: "캐시" });
    expect(found.ok && found.result.results.map((r) => r.id)).toEqual(
      expect.arrayContaining([english[0]!.id]),
    );

    const run = await db.translationRun.findUniqueOrThrow({ where: { id: summary.runId } });
    expect(run).toMatchObject({ status: "succeeded", planned: 3, translated: 3, engine: "openai" });
    // An aligner that changes (a newer ALIGNMENT_VERSION) never recomputes a keyed alignment.
    await db.paper.update({ where: { id: english[0]!.id }, data: { alignmentVersion: 0 } });
    expect((await getPaper(db, { id: english[0]!.id }))!.alignment).toEqual(paper.alignment);
    await refreshAlignments(db);
    const refreshed = await db.paper.findUniqueOrThrow({
      where: { id: english[0]!.id },
      select: { alignmentVersion: true, sentenceAlignment: true },
    });
    expect(refreshed.alignmentVersion).toBe(ALIGNMENT_VERSION);
    expect(refreshed.sentenceAlignment).toMatchObject({ keyed: true, pairs: paper.alignment });
    // Nothing left: a second run plans nothing.
    expect((await translate(db, engine, { date: "2025-08-19" })).planned).toBe(0);
  });

  it("never overwrites a human translation, even one that arrives while the machine translates", async () => {
    const db = await fresh(dialect);
    const english = await loadDay(db);
    const target = english[0]!;
    const csv = path.join(tempDir(), "human.csv");
    const human = "사람이 번역한 초록이다.";
    let release = () => {};
    const { engine, server } = await chatEngine([
      {
        until: new Promise<void>((resolve) => (release = resolve)),
        then: { reply: translateItems },
      },
    ]);
    const pending = translate(db, engine, { paperIds: [target.id] });
    await server.received(1);
    const row = await db.paper.findUniqueOrThrow({
      where: { id: target.id },
      select: { title: true, abstractEn: true },
    });
    writeFileSync(
      csv,
      `arxiv_id,title,abstract,title_ko,abstract_ko,translation_method,translation_by\n${target.arxivId},"${row.title}","${row.abstractEn.replace(/"/g, '""')}",사람의 제목,${human},manual,Reviewer\n`,
    );
    await ingest(db, { paths: [csv] });
    release();
    const summary = await pending;
    expect(summary).toMatchObject({ translated: 0, skipped: 1 });
    expect(await db.paper.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      abstractKo: human,
      translationMethod: "manual",
      translationBy: "Reviewer",
    });
    expect((await translate(db, engine, { paperIds: [target.id] })).planned).toBe(0);
  });

  it("re-translates a machine translation whose English changed, and leaves a stale human one alone", async () => {
    const db = await fresh(dialect);
    const english = await loadDay(db);
    const { engine } = await chatEngine();
    await translate(db, engine, { date: "2025-08-19" });
    const machine = await db.paper.findUniqueOrThrow({ where: { id: english[0]!.id } });
    const human = await db.paper.findFirstOrThrow({ where: { translationMethod: "manual" } });
    const jsonl = path.join(tempDir(), "v2.jsonl");
    writeFileSync(
      jsonl,
      [machine, human]
        .map((p) =>
          JSON.stringify({
            arxiv_id: `${p.arxivId}v2`,
            title: p.title,
            authors: ["A. Author"],
            abstract: `${p.abstractEn} We also release the code.`,
          }),
        )
        .join("\n"),
    );
    await ingest(db, { paths: [jsonl] });
    const staleView = (await getPaper(db, { id: machine.id }))!;
    expect(staleView.translation!.stale).toBe(true);
    const summary = await translate(db, engine, { since: "2025-01-01" });
    expect(summary.planned).toBe(1);
    const fresh2 = (await getPaper(db, { id: machine.id }))!;
    expect(fresh2.translation!.stale).toBe(false);
    expect(fresh2.sentencesKo).toHaveLength(fresh2.sentencesEn.length);
    expect((await getPaper(db, { id: human.id }))!.translation).toMatchObject({
      method: "manual",
      stale: true,
    });
  });

  it("records a paper that fails, goes on with the others, and stores nothing of the failed one", async () => {
    const db = await fresh(dialect);
    const english = await loadDay(db);
    // The first paper's reply is whole; every later one leaves out sentence 2, also when asked alone.
    const omitTwo: ChatBehaviour = {
      reply: (items, request) =>
        translateItems(
          items.filter((i) => i.id !== 2),
          request,
        ),
    };
    const { engine } = await chatEngine([{ reply: translateItems }], omitTwo);
    const summary = await translate(db, engine, { paperIds: english.map((p) => p.id) });
    expect(summary).toMatchObject({ translated: 1, failed: 2 });
    const failed = summary.failures[0]!;
    expect(failed.message).toMatch(/could not translate sentence 2/);
    const paper = await db.paper.findUniqueOrThrow({ where: { id: failed.paperId } });
    expect(paper.abstractKo).toBeNull();
    expect(paper.titleKo).toBeNull();
    expect(
      (await db.paperTranslation.findUniqueOrThrow({ where: { paperId: failed.paperId } }))
        .lastError,
    ).toMatch(/sentence 2/);
    expect(
      (await db.translationRun.findUniqueOrThrow({ where: { id: summary.runId } })).status,
    ).toBe("partial");
    expect(
      (await db.paper.findUniqueOrThrow({ where: { id: english[0]!.id } })).translationMethod,
    ).toBe("machine");
  });

  it("ends its run as failed when something other than a paper fails, and says what", async () => {
    const db = await fresh(dialect);
    const english = await loadDay(db);
    const { engine } = await chatEngine([], { reply: translateItems });
    const progress = {
      start() {},
      paper() {
        throw new Error("the progress display is gone");
      },
    };
    await expect(
      translate(db, engine, { paperIds: english.map((p) => p.id) }, { progress }),
    ).rejects.toThrow("the progress display is gone");
    const run = await db.translationRun.findFirstOrThrow();
    expect(run).toMatchObject({
      status: "failed",
      finishedAt: expect.any(Date),
      errors: [{ paperId: null, arxivId: null, message: "the progress display is gone" }],
    });
  });

  it("stops starting papers at --max-cost and plans without sending on a dry run", async () => {
    const db = await fresh(dialect);
    await loadDay(db);
    const { engine, server } = await chatEngine([], undefined, {
      TRANSLATION_PRICE_INPUT: "1000",
      TRANSLATION_PRICE_OUTPUT: "1000",
    });
    const dry = await translate(db, engine, { allMissing: true }, { dryRun: true });
    expect(server.requests).toHaveLength(0);
    expect(dry.planned).toBe(3);
    expect(dry.cost).toBeGreaterThan(0);
    expect((await db.translationRun.findUniqueOrThrow({ where: { id: dry.runId } })).status).toBe(
      "dry-run",
    );
    const perPaper = dry.cost! / 3;
    const capped = await translate(db, engine, { allMissing: true }, { maxCost: perPaper * 1.5 });
    expect(capped.translated).toBeLessThan(3);
    expect(capped.translated + capped.leftByBudget).toBe(3);
    expect(
      (await db.translationRun.findUniqueOrThrow({ where: { id: capped.runId } })).status,
    ).toBe("budget");
  });

  it("checks imported Korean at ingest and every stored translation on demand", async () => {
    const db = await fresh(dialect);
    await applyTaxonomy(db);
    await ingest(db, { paths: [DAY] });
    const sample = await db.paper.findFirstOrThrow({ where: { arxivId: "2508.11661" } });
    // The sample's human translation is clean; a copy that says 25% where the English says 15% is not.
    expect((await getPaper(db, { id: sample.id }))!.translation!.checks).toEqual([]);
    const csv = path.join(tempDir(), "wrong.csv");
    const wrong = sample.abstractKo!.replace("15%", "25%");
    writeFileSync(
      csv,
      `arxiv_id,title,abstract,abstract_ko,translation_method\n${sample.arxivId},"${sample.title}","${sample.abstractEn}","${wrong}",manual\n`,
    );
    await ingest(db, { paths: [csv] });
    const checks = (await getPaper(db, { id: sample.id }))!.translation!.checks;
    expect(checks.map((c) => c.kind)).toEqual(["number", "number"]);
    expect(checks.map((c) => c.evidence).sort()).toEqual(["15", "25"]);
    expect(checks.every((c) => typeof c.sentence === "number")).toBe(true);

    await db.paperTranslation.deleteMany({});
    const report = await checkStoredTranslations(db, glossary);
    expect(report.translations).toBe(
      await db.paper.count({ where: { abstractKo: { not: null } } }),
    );
    expect(report.rechecked).toBe(report.translations);
    expect(report.byKind.number).toBe(2);
    expect((await checkStoredTranslations(db, glossary)).rechecked).toBe(0);
  });

  it("exports a day's machine translations for review and imports them back as reviewed", async () => {
    const db = await fresh(dialect);
    const english = await loadDay(db);
    const { engine } = await chatEngine();
    await translate(db, engine, { date: "2025-08-19" });
    const rows = await exportRows(db, { date: "2025-08-19" }, { machineOnly: true });
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      translation_method: "post-edited",
      made_by: expect.stringMatching(/^openai test-model \d{4}-\d{2}-\d{2}$/),
    });
    const reviewed = rows.map((r, i) =>
      i === 0
        ? {
            ...r,
            abstract_ko: "검토자가 고친 초록이다. 두 번째 문장이다.",
            translation_by: "Reviewer Kim",
          }
        : { ...r, translation_by: "Reviewer Kim" },
    );
    const file = path.join(tempDir(), "review.csv");
    writeFileSync(file, toCsv(reviewed));
    const before = await db.paper.findUniqueOrThrow({
      where: { id: english[0]!.id },
      include: { authors: true, categories: true },
    });
    const imported = await ingest(db, { paths: [file] });
    expect(imported.issues).toEqual([]);
    const after = await db.paper.findUniqueOrThrow({
      where: { id: english[0]!.id },
      include: { authors: true, categories: true },
    });
    expect(after).toMatchObject({
      abstractKo: "검토자가 고친 초록이다. 두 번째 문장이다.",
      translationMethod: "post-edited",
      translationBy: "Reviewer Kim",
      title: before.title,
      abstractEn: before.abstractEn,
    });
    expect(after.authors).toEqual(before.authors);
    expect(after.categories).toEqual(before.categories);
    expect((await getPaper(db, { id: after.id }))!.translation!.machine).toBeNull();
    // Reviewed translations are never machine-translated again.
    expect((await translate(db, engine, { date: "2025-08-19" })).planned).toBe(0);
    expect(
      sentenceTexts(after.abstractKo!, (await getPaper(db, { id: after.id }))!.sentenceSpans.ko),
    ).toHaveLength(2);
  });
});
