import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyTaxonomy } from "../../lib/concepts/apply-taxonomy.ts";
import { readEnv } from "../../lib/config/env.ts";
import { runDailyDays } from "../../lib/daily/run-daily-days.ts";
import type { DailyRunOptions } from "../../lib/daily/run-daily.ts";
import type { TranslationStage } from "../../lib/daily/translation-stage.ts";
import type { Db } from "../../lib/db/create-db.ts";
import { ingest } from "../../lib/ingest/ingest-inputs.ts";
import { getDigest } from "../../lib/queries/get-digest.ts";
import { getDigestPage } from "../../lib/queries/get-digest-page.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import {
  startListingReplay,
  type ListingReplay,
  type ReplayFault,
} from "../../scripts/lib/listing-replay.ts";
import { tempDir } from "../support/digest-fixtures.ts";
import { migratedDatabases, testDialects } from "../support/test-databases.ts";

const migrated = migratedDatabases();
const replays: ListingReplay[] = [];
afterEach(async () => {
  await Promise.all(replays.splice(0).map((replay) => replay.close()));
});

/** A database with the taxonomy and the sample digest of 20 May 2025 (papers of that listing, with Korean). */
async function withSample(dialect: Parameters<typeof migrated>[0]): Promise<Db> {
  const db = await migrated(dialect);
  expect((await applyTaxonomy(db)).ok).toBe(true);
  expect(
    (await ingest(db, { paths: [path.join("content", "digests", "2025-05-20.yaml")] })).issues,
  ).toEqual([]);
  return db;
}

async function replay(faults: ReplayFault[] = []): Promise<ListingReplay> {
  const started = await startListingReplay({ faults });
  replays.push(started);
  return started;
}

function options(served: ListingReplay, more: Partial<DailyRunOptions> = {}): DailyRunOptions {
  const settings = {
    ...readEnv({}).daily,
    arxivRssUrl: served.env.ARXIV_RSS_URL,
    arxivApiUrl: served.env.ARXIV_API_URL,
    huggingFaceUrl: served.env.HF_ENDPOINT,
  };
  return {
    settings,
    translation: null,
    embed: async () => null,
    politeness: { delayMs: 0, maxRetries: 1 },
    ...more,
  };
}

const digestIds = async (db: Db, date: string) =>
  (await getDigest(db, date))?.papers.map((p) => p.arxivId) ?? [];

describe.each(testDialects())("the daily run against replayed listings, on $dialect", (dialect) => {
  it("publishes the day's LLM papers once each, Hugging Face's upvoted ones first, and a second run changes nothing", async () => {
    const db = await withSample(dialect);
    const sample = await digestIds(db, "2025-05-20");
    const served = await replay();
    const result = await runDailyDays(db, { date: "2025-05-20" }, options(served));
    if (!result.ok) throw new Error(result.message);
    const [outcome] = result.outcomes;
    if (!outcome?.ok) throw new Error(JSON.stringify(outcome));
    // 254 cs.CL entries, 59 cs.LG and 112 cs.AI (cross-lists of the same papers); 36 on Hugging Face, 13 of them in the listing.
    expect(outcome.details).toMatchObject({
      via: "rss",
      fetched: { arxiv: 425, huggingFace: 36, papers: 277 },
      candidates: 277,
      digest: "updated",
      translation: null,
    });
    expect(outcome.details.inScope).toBeGreaterThan(150);
    expect(outcome.details.inScope).toBeLessThan(277);

    const digest = (await getDigest(db, "2025-05-20"))!;
    const ids = digest.papers.map((p) => p.arxivId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(sample));
    expect(digest.papers.length).toBe(outcome.details.published);
    // Upvoted papers lead, most upvotes first; every paper after them has none.
    const upvotes = digest.papers.map((p) => p.huggingFace?.upvotes ?? null);
    const upvoted = upvotes.filter((u) => u !== null) as number[];
    expect(upvoted.length).toBeGreaterThan(10);
    expect(upvotes.slice(0, upvoted.length)).toEqual([...upvoted].sort((a, b) => b - a));
    expect(upvotes.slice(upvoted.length).every((u) => u === null)).toBe(true);
    // Every paper in it is about a concept; a stored paper of the listing about none is not in it.
    expect(digest.papers.every((p) => p.concepts.some((c) => !c.implied))).toBe(true);
    const left = await db.paper.findFirstOrThrow({
      where: {
        arxivId: { not: null },
        digestEntries: { none: {} },
        concepts: { none: { about: true } },
      },
      select: { arxivId: true },
    });
    expect(ids).not.toContain(left.arxivId);
    // A paper only Hugging Face listed that day is in it, with its page and upvotes.
    expect(digest.papers.find((p) => p.arxivId === "2505.11896")?.huggingFace).toEqual({
      url: "https://huggingface.co/papers/2505.11896",
      upvotes: 42,
    });
    // The sample papers keep their Korean, so the day is bilingual.
    expect(
      digest.papers
        .filter((p) => p.abstractKo !== null)
        .map((p) => p.arxivId)
        .sort(),
    ).toEqual([...sample].sort());

    const run = await db.ingestRun.findUniqueOrThrow({ where: { id: outcome.runId } });
    expect(run).toMatchObject({
      format: "daily",
      date: "2025-05-20",
      status: "succeeded",
      added: 272,
      updated: 5,
    });

    const again = await runDailyDays(db, { date: "2025-05-20" }, options(served));
    if (!again.ok || !again.outcomes[0]?.ok) throw new Error("second run failed");
    expect(again.outcomes[0].details).toMatchObject({
      stored: { added: 0, updated: 0, unchanged: 277 },
      digest: "unchanged",
    });
    expect(await digestIds(db, "2025-05-20")).toEqual(ids);

    // npm start loads the samples again on every start: added to the digests, it changes nothing here.
    const samples = await ingest(db, {
      paths: [path.join("content", "digests", "2025-05-20.yaml")],
      digestMode: "append",
    });
    expect([samples.digestsChanged, samples.issues]).toEqual([0, []]);
    expect(await digestIds(db, "2025-05-20")).toEqual(ids);
  });

  it("reads an earlier day from the API page by page, and Hugging Face's code links", async () => {
    const db = await withSample(dialect);
    const served = await replay();
    const result = await runDailyDays(
      db,
      { date: "2025-04-15" },
      options(served, { politeness: { delayMs: 0, maxRetries: 1 } }),
    );
    if (!result.ok || !result.outcomes[0]?.ok) throw new Error(JSON.stringify(result));
    expect(result.outcomes[0].details).toMatchObject({
      via: "api",
      fetched: { arxiv: 150, huggingFace: 26 },
    });
    const api = served.requests
      .filter((r) => r.path.startsWith("/api/query"))
      .map((r) => new URL(r.path, served.url).searchParams);
    expect(api.map((p) => p.get("start"))).toEqual(["0", "100"]);
    expect(api[0]!.get("search_query")).toBe(
      "(cat:cs.CL OR cat:cs.LG OR cat:cs.AI) AND submittedDate:[202504111800 TO 202504141800]",
    );

    const hfOnly = await runDailyDays(db, { date: "2025-10-10" }, options(served));
    if (!hfOnly.ok || !hfOnly.outcomes[0]?.ok) throw new Error(JSON.stringify(hfOnly));
    expect(hfOnly.outcomes[0].details).toMatchObject({
      via: "api",
      fetched: { arxiv: 0, huggingFace: 46 },
      digest: "created",
    });
    const withCode = (await getDigest(db, "2025-10-10"))!.papers.find(
      (p) => p.arxivId === "2510.08540",
    );
    expect(withCode).toMatchObject({
      codeUrl: "https://github.com/PhoenixZ810/MM-HELIX",
      projectUrl: "https://mm-helix.github.io/",
      huggingFace: { url: "https://huggingface.co/papers/2510.08540" },
    });
  });

  it("a failed run publishes nothing and the next run catches the day up; papers an earlier digest listed are not listed again", async () => {
    const db = await withSample(dialect);
    const sample = await digestIds(db, "2025-05-20");
    const failing = await replay([
      { match: /^\/api\/daily_papers/, status: 503, times: Infinity, retryAfter: "0" },
    ]);
    const now = new Date("2025-05-20T12:00:00Z");
    const failed = await runDailyDays(db, { catchUp: 1 }, { ...options(failing), now });
    if (!failed.ok) throw new Error(failed.message);
    expect(failed.outcomes[0]).toMatchObject({ ok: false, date: "2025-05-20" });
    expect(failed.outcomes[0]!.ok ? "" : failed.outcomes[0]!.error).toMatch(
      /^127\.0\.0\.1:\d+ answered 503 Service Unavailable after 2 attempts/,
    );
    expect(await digestIds(db, "2025-05-20")).toEqual(sample);
    expect(await db.ingestRun.findFirstOrThrow({ where: { format: "daily" } })).toMatchObject({
      status: "failed",
      date: "2025-05-20",
    });

    // A translation step that fails after the papers are stored leaves the digest as it was too.
    const served = await replay();
    const broken: TranslationStage = {
      name: "broken engine",
      translate: async () => Promise.reject(new Error("the engine is down")),
    };
    const halfway = await runDailyDays(
      db,
      { catchUp: 1 },
      { ...options(served, { translation: broken }), now },
    );
    expect(halfway.ok && halfway.outcomes[0]).toMatchObject({
      ok: false,
      error: "the engine is down",
    });
    expect(await db.paper.count()).toBeGreaterThan(250);
    expect(await digestIds(db, "2025-05-20")).toEqual(sample);

    const asked: number[][] = [];
    const engine: TranslationStage = {
      name: "test engine",
      translate: async (_db, ids) => (asked.push(ids), { translated: 0, failed: [] }),
    };
    const resumed = await runDailyDays(
      db,
      { catchUp: 1 },
      { ...options(served, { translation: engine }), now },
    );
    if (!resumed.ok || !resumed.outcomes[0]?.ok) throw new Error(JSON.stringify(resumed));
    expect(resumed.outcomes[0].details).toMatchObject({
      translation: "test engine",
      digest: "updated",
    });
    const published = await digestIds(db, "2025-05-20");
    // The engine was handed exactly the published papers that lack Korean.
    expect(asked).toHaveLength(1);
    expect(asked[0]!.length).toBe(published.length - sample.length);

    // Caught up: the same catch-up finds nothing to do.
    const nothing = await runDailyDays(db, { catchUp: 1 }, { ...options(served), now });
    expect(nothing).toEqual({ ok: true, outcomes: [], skipped: ["2025-05-20"] });
  });

  it("leaves out a paper an earlier digest already listed", async () => {
    const db = await withSample(dialect);
    const earlier = path.join(tempDir(), "earlier.jsonl");
    writeFileSync(
      earlier,
      `${JSON.stringify({ arxiv_id: "2505.11896", title: "AdaCoT: Pareto-Optimal Adaptive Chain-of-Thought Triggering via Reinforcement Learning", authors: ["A. Author"], abstract: "Chain-of-thought prompting of large language models, triggered adaptively.", date: "2025-05-19" })}\n`,
    );
    expect((await ingest(db, { paths: [earlier] })).issues).toEqual([]);
    const served = await replay();
    const result = await runDailyDays(db, { date: "2025-05-20" }, options(served));
    if (!result.ok || !result.outcomes[0]?.ok) throw new Error(JSON.stringify(result));
    expect(await digestIds(db, "2025-05-20")).not.toContain("2505.11896");
    expect(await getPaper(db, { arxivId: "2505.11896" })).toMatchObject({
      digests: ["2025-05-19"],
      huggingFace: { upvotes: 42 },
    });
  });

  it("narrows the scope to named concepts, and refuses unknown ones", async () => {
    const db = await withSample(dialect);
    const served = await replay();
    const base = options(served);
    const narrow = await runDailyDays(
      db,
      { date: "2025-05-20" },
      { ...base, settings: { ...base.settings, scopeConcepts: ["agents"] } },
    );
    if (!narrow.ok || !narrow.outcomes[0]?.ok) throw new Error(JSON.stringify(narrow));
    const digest = (await getDigest(db, "2025-05-20"))!;
    const sample = new Set(
      (await getDigest(db, "2025-05-20"))!.papers.filter((p) => p.abstractKo).map((p) => p.id),
    );
    expect(
      digest.papers
        .filter((p) => !sample.has(p.id))
        .every((p) => p.concepts.some((c) => c.slug === "agents")),
    ).toBe(true);
    expect(narrow.outcomes[0].details.inScope).toBeLessThan(100);

    const unknown = await runDailyDays(
      db,
      { date: "2025-05-20" },
      { ...base, settings: { ...base.settings, scopeConcepts: ["agents", "no-such-concept"] } },
    );
    expect(unknown).toEqual({
      ok: false,
      message:
        "DAILY_SCOPE_CONCEPTS names no concept no-such-concept; see /api/concepts for the list",
    });
  });

  it("takes in the papers about a scope concept, not those that only mention it", async () => {
    const db = await withSample(dialect);
    const served = await replay();
    const base = options(served);
    const settings = { ...base.settings, scopeConcepts: ["agents"] };
    const result = await runDailyDays(db, { date: "2025-05-20" }, { ...base, settings });
    if (!result.ok || !result.outcomes[0]?.ok) throw new Error(JSON.stringify(result));
    const published = new Set(await digestIds(db, "2025-05-20"));
    // The listing's papers as the real tagger left them: about agents (or a narrower concept),
    // or naming agents without being about it. The sample's papers (with Korean) stay in the
    // digest whatever their tags.
    const rows = await db.paperConcept.findMany({
      where: { concept: { slug: "agents" }, paper: { abstractKo: null } },
      select: { about: true, paper: { select: { arxivId: true } } },
    });
    const about = rows.filter((r) => r.about).map((r) => r.paper.arxivId);
    const mentioning = rows.filter((r) => !r.about).map((r) => r.paper.arxivId);
    expect(about.length).toBeGreaterThan(0);
    expect(mentioning.length).toBeGreaterThan(0);
    expect(about.filter((id) => !published.has(id))).toEqual([]);
    expect(mentioning.filter((id) => published.has(id))).toEqual([]);
  });

  it("shows a digest's concept chips, filters and counts from what its papers are about", async () => {
    const db = await withSample(dialect);
    const served = await replay();
    const result = await runDailyDays(db, { date: "2025-05-20" }, options(served));
    if (!result.ok || !result.outcomes[0]?.ok) throw new Error(JSON.stringify(result));
    const inDigest = { digestEntries: { some: { digest: { date: "2025-05-20" } } } };
    const rows = await db.paperConcept.findMany({
      where: { paper: inDigest },
      select: { paperId: true, about: true, concept: { select: { slug: true } } },
    });
    const about = new Set(rows.filter((r) => r.about).map((r) => `${r.paperId} ${r.concept.slug}`));
    const mentioned = rows.filter((r) => !r.about);
    // Many of the day's papers name concepts they are not about.
    expect(mentioned.length).toBeGreaterThan(20);
    const page = (concept: string | null, at = 1) =>
      getDigestPage(db, "2025-05-20", {
        page: at,
        highlights: 5,
        filters: { category: null, concept, korean: false },
      });
    const first = (await page(null))!;
    const items = [...first.highlights];
    for (let at = 1; at <= first.pages; at++) items.push(...(await page(null, at))!.list);
    expect(items.length).toBe(first.total);
    const chips = items.flatMap((item) => item.concepts.map((c) => `${item.id} ${c.slug}`));
    expect(chips.length).toBeGreaterThan(items.length);
    expect(chips.filter((chip) => !about.has(chip))).toEqual([]);
    // The filter the day's papers most often name without being about: it and its count keep
    // only the papers about the concept.
    const mentions = (slug: string) => mentioned.filter((r) => r.concept.slug === slug).length;
    const byMentions = (x: { slug: string }, y: { slug: string }) =>
      mentions(y.slug) - mentions(x.slug);
    const facet = [...first.facets.concepts].sort(byMentions)[0]!;
    expect(mentions(facet.slug)).toBeGreaterThan(0);
    const aboutIt = rows.filter((r) => r.about && r.concept.slug === facet.slug).length;
    expect(facet.count).toBe(aboutIt);
    expect((await page(facet.slug))!.matching).toBe(aboutIt);
  });
});

describe("the days a daily run handles", () => {
  it("refuses a weekend day and a day with no listing yet", async () => {
    const db = await migrated(testDialects()[0]!);
    const served = await replay();
    const now = new Date("2025-05-20T12:00:00Z");
    expect(await runDailyDays(db, { date: "2025-05-24" }, { ...options(served), now })).toEqual({
      ok: false,
      message: "2025-05-24 is a Saturday: arXiv dates its listings Monday to Friday",
    });
    expect(await runDailyDays(db, { date: "2025-05-21" }, { ...options(served), now })).toEqual({
      ok: false,
      message: "2025-05-21 has no listing yet: the newest is 2025-05-20",
    });
    expect(served.requests).toEqual([]);
  });

  it("catches up every listing day since a date that is not published, oldest first", async () => {
    const db = await migrated(testDialects()[0]!);
    expect((await applyTaxonomy(db)).ok).toBe(true);
    const served = await replay();
    const now = new Date("2025-05-20T12:00:00Z");
    const result = await runDailyDays(db, { since: "2025-05-16" }, { ...options(served), now });
    if (!result.ok) throw new Error(result.message);
    expect(result.outcomes.map((o) => [o.date, o.ok && o.details.digest])).toEqual([
      ["2025-05-16", "none"],
      ["2025-05-19", "none"],
      ["2025-05-20", "created"],
    ]);
    const again = await runDailyDays(db, { since: "2025-05-16" }, { ...options(served), now });
    expect(again).toEqual({
      ok: true,
      outcomes: [],
      skipped: ["2025-05-16", "2025-05-19", "2025-05-20"],
    });
  });
});
