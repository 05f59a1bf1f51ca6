import { describe, expect, inject, it } from "vitest";
import { getTranslator } from "../../lib/i18n/get-translator.ts";
import type { Locale } from "../../lib/i18n/locales.ts";
import { embeddingSettings } from "../../lib/semantic/embedding-settings.ts";
import { fuseRankings } from "../../lib/semantic/fuse-rankings.ts";
import { NEAR_DUPLICATE, RELATED_PAPERS, SUGGESTED_CONCEPTS } from "../../lib/semantic/paper-neighbours.ts";
import { TEST_MODEL } from "../../scripts/models/write-test-model.ts";
import { screenshot, useChromium } from "../support/browser.ts";
import { cosine, referenceModel } from "../support/test-model-reference.ts";

// The SQLite app runs with the test embedding model and embedded samples; the PostgreSQL app has
// no model. What the app should answer is computed here by the reference implementation of the
// model, from the texts the app serves (a paper's English title and abstract, a concept's names
// and descriptions in both languages) with E5's prefixes.
const urls = inject("appUrls");
const locales: Locale[] = ["ko", "en"];
const reference = referenceModel(inject("testModelDir"), "q8");
const passage = (text: string) => reference.embed(`passage: ${text}`);
const { suggestMin } = embeddingSettings({ EMBEDDING_MODEL: TEST_MODEL });
const CLOSE = 1e-5;
const PAPER = "2504.08838";
const QUERY = "강화 학습";

async function get(path: string, base = urls.sqlite) {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: await response.json() };
}

interface Result {
  id: number;
  arxivId: string | null;
  score: number;
}

async function everyPage(q: string, mode: string): Promise<Result[]> {
  const results: Result[] = [];
  for (let page = 1; ; page++) {
    const { body } = await get(`/api/search?q=${encodeURIComponent(q)}&mode=${mode}&page=${page}`);
    if (body.results.length === 0) return results;
    results.push(...body.results);
  }
}

const texts = new Map<number, string>();
async function paperVector(id: number | string): Promise<Float64Array> {
  const { body } = await get(`/api/papers/${id}`);
  if (!texts.has(body.id)) texts.set(body.id, `${body.title}\n${body.abstractEn}`);
  return passage(texts.get(body.id)!);
}

describe("semantic search and related papers through the API", () => {
  it("GET /api/search?mode= ranks every paper by the model's similarity to the query, or fuses both lists, and rejects an unknown mode", async () => {
    const semantic = await everyPage(QUERY, "semantic");
    // Every paper stored: the runs that loaded the samples added them.
    const runs = (await get("/api/ingest-runs?limit=500")).body.runs as { added: number }[];
    expect(semantic).toHaveLength(runs.reduce((n, r) => n + r.added, 0));
    const asked = reference.embed(`query: ${QUERY}`);
    for (const r of semantic) expect(Math.abs(r.score - cosine(asked, await paperVector(r.id))), r.arxivId ?? "").toBeLessThan(CLOSE);
    const scores = semantic.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const lexical = await everyPage(QUERY, "lexical");
    const hybrid = await everyPage(QUERY, "hybrid");
    expect(lexical.length).toBeGreaterThan(0);
    expect(hybrid.map((r) => r.id)).toEqual(fuseRankings([lexical.map((r) => r.id), semantic.map((r) => r.id)]).map((f) => f.paperId));
    expect((await get("/api/search?q=LoRA&mode=vibes")).body.error.code).toBe("invalid_mode");
  });

  it("GET /api/papers/{id} carries the nearest papers and the nearest concepts it is not tagged with", async () => {
    const { body } = await get(`/api/papers/${PAPER}`);
    expect(body.semantic.status).toBe("on");
    const own = await paperVector(PAPER);
    const all = await everyPage(QUERY, "semantic");
    const others = await Promise.all(all.filter((r) => r.id !== body.id).map(async (r) => ({ arxivId: r.arxivId, similarity: cosine(own, await paperVector(r.id)) })));
    const related = others.filter((o) => o.similarity < NEAR_DUPLICATE).sort((a, b) => b.similarity - a.similarity).slice(0, RELATED_PAPERS);
    expect(body.semantic.related.map((r: Result) => r.arxivId)).toEqual(related.map((r) => r.arxivId));

    const tagged = new Set(body.concepts.map((c: { slug: string }) => c.slug));
    const concepts = (await get("/api/concepts")).body.concepts as { slug: string; nameEn: string; descriptionEn: string; nameKo: string; descriptionKo: string }[];
    const suggested = concepts
      .filter((c) => !tagged.has(c.slug))
      .map((c) => ({ slug: c.slug, similarity: cosine(own, passage(`${c.nameEn}. ${c.descriptionEn}\n${c.nameKo}. ${c.descriptionKo}`)) }))
      .filter((c) => c.similarity >= suggestMin)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, SUGGESTED_CONCEPTS);
    expect(suggested.length).toBeGreaterThan(0);
    expect(body.semantic.suggestedConcepts.map((s: { slug: string }) => s.slug)).toEqual(suggested.map((s) => s.slug));
  });

  it.runIf(urls.postgresql)("answers 503 where there is no model, without the server's paths or setup", async () => {
    const { status, body } = await get("/api/search?q=LoRA&mode=hybrid", urls.postgresql!);
    expect(status).toBe(503);
    expect(body.error.code).toBe("semantic_off");
    expect(body.error.message).not.toMatch(/npm|models|\//);
    expect((await get(`/api/papers/${PAPER}`, urls.postgresql!)).body.semantic).toEqual({ status: "off" });
  });
});

describe.each(locales)("semantic features in the %s UI", (locale) => {
  const t = getTranslator(locale);
  const browser = useChromium();
  const paperPaths = (results: Result[]) => results.map((r) => `/${locale}/papers/${r.arxivId ?? r.id}`);

  it("switches a search between words, meaning and both, listing what each ranks first", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const listed = () => page.locator("main ol > li article h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const firstPage = async (mode: string) => (await get(`/api/search?q=${encodeURIComponent(QUERY)}&mode=${mode}`)).body.results as Result[];
    await page.goto(`${urls.sqlite}/${locale}/search?q=${encodeURIComponent(QUERY)}`);
    const modes = page.getByRole("navigation", { name: t("search.mode.modes") });
    expect(await modes.locator('[aria-current="true"]').innerText()).toBe(t("search.mode.lexical"));
    expect(await listed()).toEqual(paperPaths(await firstPage("lexical")));
    await modes.getByRole("link", { name: t("search.mode.semantic"), exact: true }).click();
    await page.waitForURL(/mode=semantic/);
    expect(await modes.locator('[aria-current="true"]').innerText()).toBe(t("search.mode.semantic"));
    expect(await listed()).toEqual(paperPaths(await firstPage("semantic")));
    await screenshot(page, `semantic-${locale}-search-desktop`);
    await modes.getByRole("link", { name: t("search.mode.hybrid"), exact: true }).click();
    await page.waitForURL(/mode=hybrid/);
    expect(await modes.locator('[aria-current="true"]').innerText()).toBe(t("search.mode.hybrid"));
    expect(await listed()).toEqual(paperPaths(await firstPage("hybrid")));
    // A new search from the header keeps matching by meaning.
    await page.locator("[data-search-shortcut]").fill("양자화");
    await page.locator("[data-search-shortcut]").press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === "양자화");
    expect(new URL(page.url()).searchParams.get("mode")).toBe("hybrid");
    await context.close();
  });

  it("shows related papers and suggested concepts apart from the tags", async () => {
    const { body } = await get(`/api/papers/${PAPER}`);
    const context = await browser().newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${urls.sqlite}/${locale}/papers/${PAPER}`);
    const related = page.locator("[data-related-paper]");
    expect(await related.evaluateAll((items) => items.map((li) => li.getAttribute("data-related-paper")))).toEqual(body.semantic.related.map((r: Result) => r.arxivId));
    expect(await page.locator("#related-papers").innerText()).toBe(t("semantic.related"));
    const suggested = await page.locator("[data-suggested-concept]").evaluateAll((links) => links.map((a) => a.getAttribute("data-suggested-concept")));
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested).toEqual(body.semantic.suggestedConcepts.map((s: { slug: string }) => s.slug));
    const chips = await page.locator("header a[data-concept]").evaluateAll((links) => links.map((a) => a.getAttribute("data-concept")));
    expect(chips.length).toBeGreaterThan(0);
    expect(suggested.filter((slug) => chips.includes(slug))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, `semantic-${locale}-paper-phone`);
    await related.first().locator("a").first().click();
    await page.waitForURL(`${urls.sqlite}/${locale}/papers/${body.semantic.related[0].arxivId}`);
    await context.close();
  });

  it.runIf(urls.postgresql)("shows nothing of semantic features, nor of how to set them up, without a model", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${urls.postgresql}/${locale}/search?q=LoRA&mode=hybrid`);
    expect(await page.locator('main [role="note"]').innerText()).toBe(t("search.mode.offFallback"));
    expect(await page.getByRole("navigation", { name: t("search.mode.modes") }).count()).toBe(0);
    expect(await page.locator("main ol > li").count()).toBeGreaterThan(0);
    expect(await page.locator("body").innerText()).not.toMatch(/npm |models:pull|MODELS_DIR/);
    await page.goto(`${urls.postgresql}/${locale}/papers/${PAPER}`);
    expect(await page.locator("#related-papers").count()).toBe(0);
    expect(await page.locator("body").innerText()).not.toMatch(/npm |models:pull|MODELS_DIR/);
    await context.close();
  });
});
