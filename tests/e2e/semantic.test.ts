import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getTranslator } from "../../lib/i18n/get-translator.ts";
import type { Locale } from "../../lib/i18n/locales.ts";
import { launchChromium, screenshot } from "../support/browser.ts";

// The SQLite app runs with the test embedding model and embedded samples; the PostgreSQL app has no model.
const urls = inject("appUrls");
const locales: Locale[] = ["ko", "en"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function get(path: string, base = urls.sqlite) {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: await response.json() };
}

describe("semantic search and related papers through the API", () => {
  it("GET /api/search?mode= ranks by meaning or fuses both, and rejects an unknown mode", async () => {
    const lexical = await get(`/api/search?q=${encodeURIComponent("강화 학습")}`);
    const semantic = await get(`/api/search?q=${encodeURIComponent("강화 학습")}&mode=semantic`);
    const hybrid = await get(`/api/search?q=${encodeURIComponent("강화 학습")}&mode=hybrid`);
    expect([lexical.body.mode, semantic.body.mode, hybrid.body.mode]).toEqual(["lexical", "semantic", "hybrid"]);
    expect(semantic.body.total).toBeGreaterThan(lexical.body.total);
    expect(hybrid.body.total).toBeGreaterThanOrEqual(Math.max(lexical.body.total, semantic.body.total));
    expect((await get("/api/search?q=LoRA&mode=vibes")).body.error.code).toBe("invalid_mode");
  });

  it("GET /api/papers/{id} carries related papers and suggested concepts", async () => {
    const { body } = await get("/api/papers/2504.08838");
    expect(body.semantic.status).toBe("on");
    expect(body.semantic.related).toHaveLength(5);
    expect(body.semantic.related.map((r: { arxivId: string }) => r.arxivId)).not.toContain("2504.08838");
    const tagged = new Set(body.concepts.map((c: { slug: string }) => c.slug));
    for (const s of body.semantic.suggestedConcepts) expect(tagged.has(s.slug)).toBe(false);
  });

  it.runIf(urls.postgresql)("answers 503 where there is no model, without the server's paths or setup", async () => {
    const { status, body } = await get("/api/search?q=LoRA&mode=hybrid", urls.postgresql!);
    expect(status).toBe(503);
    expect(body.error.code).toBe("semantic_off");
    expect(body.error.message).not.toMatch(/npm|models|\//);
    expect((await get("/api/papers/2504.08838", urls.postgresql!)).body.semantic).toEqual({ status: "off" });
  });
});

describe.each(locales)("semantic features in the %s UI", (locale) => {
  const t = getTranslator(locale);

  it("switches a search between words, meaning and both", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${urls.sqlite}/${locale}/search?q=${encodeURIComponent("강화 학습")}`);
    const modes = page.getByRole("navigation", { name: t("search.mode.modes") });
    expect(await modes.locator('[aria-current="true"]').innerText()).toBe(t("search.mode.lexical"));
    const lexicalCount = await page.locator("main ol > li").count();
    await modes.getByRole("link", { name: t("search.mode.semantic"), exact: true }).click();
    await page.waitForURL(/mode=semantic/);
    expect(await modes.locator('[aria-current="true"]').innerText()).toBe(t("search.mode.semantic"));
    expect(await page.locator("main ol > li").count()).toBeGreaterThan(lexicalCount);
    await screenshot(page, `semantic-${locale}-search-desktop`);
    await modes.getByRole("link", { name: t("search.mode.hybrid"), exact: true }).click();
    await page.waitForURL(/mode=hybrid/);
    expect(await modes.locator('[aria-current="true"]').innerText()).toBe(t("search.mode.hybrid"));
    // A new search from the header keeps matching by meaning.
    await page.locator("[data-search-shortcut]").fill("양자화");
    await page.locator("[data-search-shortcut]").press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === "양자화");
    expect(new URL(page.url()).searchParams.get("mode")).toBe("hybrid");
    await context.close();
  });

  it("shows related papers and suggested concepts apart from the tags", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${urls.sqlite}/${locale}/papers/2504.08838`);
    const related = page.locator("[data-related-paper]");
    expect(await related.count()).toBe(5);
    expect(await page.locator("#related-papers").innerText()).toBe(t("semantic.related"));
    const suggested = await page.locator("[data-suggested-concept]").evaluateAll((links) => links.map((a) => a.getAttribute("data-suggested-concept")));
    const chips = await page.locator("header a[data-concept]").evaluateAll((links) => links.map((a) => a.getAttribute("data-concept")));
    for (const slug of suggested) expect(chips).not.toContain(slug);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, `semantic-${locale}-paper-phone`);
    await related.first().locator("a").first().click();
    await page.waitForURL(new RegExp(`/${locale}/papers/`));
    await context.close();
  });

  it.runIf(urls.postgresql)("shows nothing of semantic features, nor of how to set them up, without a model", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${urls.postgresql}/${locale}/search?q=LoRA&mode=hybrid`);
    expect(await page.locator('main [role="note"]').innerText()).toBe(t("search.mode.offFallback"));
    expect(await page.getByRole("navigation", { name: t("search.mode.modes") }).count()).toBe(0);
    expect(await page.locator("main ol > li").count()).toBeGreaterThan(0);
    expect(await page.locator("body").innerText()).not.toMatch(/npm |models:pull|MODELS_DIR/);
    await page.goto(`${urls.postgresql}/${locale}/papers/2504.08838`);
    expect(await page.locator("#related-papers").count()).toBe(0);
    expect(await page.locator("body").innerText()).not.toMatch(/npm |models:pull|MODELS_DIR/);
    await context.close();
  });
});
