import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { getTranslator } from "../../lib/i18n/get-translator.ts";
import type { Locale } from "../../lib/i18n/locales.ts";
import { screenshot, suiteBrowser } from "../support/browser.ts";

const urls = inject("appUrls");
const base = urls.sqlite;
const servers = [{ dialect: "sqlite", url: urls.sqlite }, ...(urls.postgresql ? [{ dialect: "postgresql", url: urls.postgresql }] : [])];
const locales: Locale[] = ["ko", "en"];

const resultCount = (page: Page) => page.locator("main ol > li article").count();

describe.each(locales)("search pages in %s", (locale) => {
  const t = getTranslator(locale);
  const { openPage } = suiteBrowser();

  it("searches from the header box without JavaScript and marks Korean matches", async () => {
    const { context, page } = await openPage({ javaScript: false });
    await page.goto(`${base}/${locale}/concepts`);
    await page.getByRole("searchbox", { name: t("search.label") }).first().fill("검색 증강 생성");
    await page.getByRole("searchbox", { name: t("search.label") }).first().press("Enter");
    await page.waitForURL(/\/search\?q=/);
    expect(new URL(page.url()).pathname).toBe(`/${locale}/search`);
    expect(await resultCount(page)).toBeGreaterThanOrEqual(3);
    const marks = page.locator('main ol [lang="ko"] mark');
    expect(await marks.count()).toBeGreaterThan(0);
    // Written with spaces or without, the compound is one match.
    expect(["검색", "증강", "생성", "검색 증강 생성"]).toContain(await marks.first().innerText());
    await screenshot(page, `search-${locale}-desktop`);
    await context.close();
  });

  it("focuses the search box with /", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}`);
    // Until the page has hydrated, / does nothing; press again until the listener is there.
    await expect
      .poll(async () => {
        await page.keyboard.press("/");
        return page.evaluate(() => document.activeElement?.getAttribute("name"));
      })
      .toBe("q");
    await page.locator(":focus").fill("LoRA");
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=LoRA/);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await context.close();
  });

  it("narrows by a concept facet to the count it showed, and removes the filter again", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}/search?q=model`);
    const before = await page.locator('[role="status"]').innerText();
    const facet = page.locator("#facet-concepts + ul a").first();
    const count = Number((await facet.locator("span").last().innerText()).replace(/\D/g, ""));
    await facet.click();
    await page.waitForURL(/concept=/);
    const slug = new URL(page.url()).searchParams.get("concept")!;
    expect(await page.locator('[role="status"]').innerText()).toBe(t("search.results", { count }));
    await page.getByRole("link", { name: t("search.removeFilter", { name: `concept:${slug}` }) }).click();
    await page.waitForURL((url) => !url.searchParams.has("concept"));
    expect(await page.locator('[role="status"]').innerText()).toBe(before);
    await context.close();
  });

  it("suggests concepts before a search and explains a bad query", async () => {
    const { context, page } = await openPage({ width: 390 });
    await page.goto(`${base}/${locale}/search`);
    const suggestion = page.locator('a[href*="/search?concept="]').first();
    expect(await suggestion.count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, `search-${locale}-empty-phone`);
    await suggestion.click();
    await page.waitForURL(/concept=/);
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, `search-${locale}-concept-phone`);
    await page.goto(`${base}/${locale}/search?q=${encodeURIComponent("LoRA qwxzv")}`);
    expect(await page.locator('[role="status"]').innerText()).toBe(t("search.results", { count: 0 }));
    await screenshot(page, `search-${locale}-alternatives-phone`);
    await page.getByRole("link", { name: /^LoRA \(\d/ }).click();
    await page.waitForURL(/q=LoRA(&|$)/);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await page.goto(`${base}/${locale}/search?q=${encodeURIComponent("검색 증강 생성")}`);
    const byConcept = page.locator('main a[href*="q=concept%3Arag"]');
    const offered = Number((await byConcept.locator("span").innerText()).replace(/\D/g, ""));
    // The words already rank the concept's papers; the offer lists every paper tagged with it.
    expect(offered).toBeGreaterThan(0);
    await byConcept.click();
    await page.waitForURL(/q=concept%3Arag/);
    expect(await page.locator('[role="status"]').innerText()).toBe(t("search.results", { count: offered }));
    const response = await page.goto(`${base}/${locale}/search?q=${encodeURIComponent("from:2025-02-30")}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('main [role="alert"]').innerText()).toContain(t("search.error"));
    await context.close();
  });
});

async function get(server: string, path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server}${path}`);
  return { status: response.status, body: await response.json() };
}

describe.each(servers)("GET /api/search on $dialect", ({ url }) => {
  it("returns ranked results with both titles, marked snippets, concepts and facets", async () => {
    const { status, body } = await get(url, `/api/search?q=${encodeURIComponent("LoRA")}`);
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    expect(Object.keys(body.results[0])).toEqual(expect.arrayContaining(["id", "arxivId", "title", "titleKo", "titleMatches", "titleKoMatches", "snippetEn", "snippetKo", "concepts", "score"]));
    expect(body.results[0].snippetEn.some((part: { match: boolean; text: string }) => part.match && /lora/i.test(part.text))).toBe(true);
    const titled = body.results.find((r: { title: string }) => /lora/i.test(r.title));
    const marked = titled.titleMatches.map(([start, end]: [number, number]) => titled.title.slice(start, end));
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(text).toMatch(/^loras?$/i);
    expect(body.facets.concepts[0]).toMatchObject({ slug: expect.any(String), count: expect.any(Number) });
    const scores = body.results.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  });

  it("filters by concept, category and dates given as parameters", async () => {
    const { body } = await get(url, `/api/search?q=model&concept=peft&cat=cs.CL&from=2025-05&to=2025-08&sort=date`);
    expect(body.query).toMatchObject({ concepts: [{ slug: "peft" }], categories: ["cs.CL"], from: "2025-05-01", to: "2025-08-31" });
    expect(body.results.length).toBeGreaterThan(0);
    const days = body.results.map((r: { day: string }) => r.day);
    expect(days).toEqual([...days].sort().reverse());
    expect(days.filter((day: string) => day < "2025-05-01" || day > "2025-08-31")).toEqual([]);
    for (const r of body.results) {
      const paper = (await get(url, `/api/papers/${r.id}`)).body;
      expect([r.arxivId, paper.categories.includes("cs.CL"), paper.concepts.some((c: { slug: string }) => c.slug === "peft")]).toEqual([r.arxivId, true, true]);
    }
  });

  it("answers every hostile string with results or a 400 (414 for an address over 8 kB), never a 500", async () => {
    const hostile = ['"unbalanced', "NEAR(a b) OR *", "'; DROP TABLE \"Paper\"; --", "x".repeat(10_000), "🙂", "양자\u200b화", "\u1107\u1165\u11ab\u110b\u1167\u11a8", "%", "concept:nope", ""];
    for (const q of hostile) {
      const { status, body } = await get(url, `/api/search?q=${encodeURIComponent(q)}`);
      expect([200, 400, 414], q.slice(0, 20)).toContain(status);
      if (status !== 200) expect(body.error.message.length).toBeGreaterThan(10);
    }
    expect((await get(url, "/api/search?q=a&sort=sideways")).body.error.code).toBe("invalid_sort");
    expect((await get(url, "/api/search?q=a&page=0")).body.error.code).toBe("invalid_page");
  });
});

describe("GET /api/search on both databases", () => {
  it.runIf(servers.length === 2)("returns the same papers in the same order", async () => {
    for (const q of ["LoRA", "검색 증강 생성", "language model -vision", '"speculative decoding"', "concept:rlhf"]) {
      const [a, b] = await Promise.all(servers.map((s) => get(s.url, `/api/search?q=${encodeURIComponent(q)}`)));
      expect(a!.body.results.length, q).toBeGreaterThan(0);
      expect(b!.body.results.map((r: { arxivId: string }) => r.arxivId), q).toEqual(a!.body.results.map((r: { arxivId: string }) => r.arxivId));
    }
  });
});

describe.each(locales)("Korean queries of issue 19 in %s", (locale) => {
  const t = getTranslator(locale);
  const { openPage } = suiteBrowser();

  it("the search box's own example, spacing variants, Korean spellings and one-syllable words find papers", async () => {
    const { context, page } = await openPage({ width: 390 });
    await page.goto(`${base}/${locale}/search`);
    await page.getByRole("link", { name: "LoRA 양자화", exact: true }).click();
    await page.waitForURL(/q=LoRA/);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await screenshot(page, `search-${locale}-example-phone`);
    for (const q of ["검색증강생성", "로라", "긴", "2508.21085", "Ziyi Cao"]) {
      await page.goto(`${base}/${locale}/search?q=${encodeURIComponent(q)}`);
      expect([q, (await resultCount(page)) > 0]).toEqual([q, true]);
      expect(await page.locator('main [role="alert"]').count()).toBe(0);
    }
    await context.close();
  });

  it("explains a query it cannot run in the page's language", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}/search?q=${encodeURIComponent("LoRA from:2025-13")}`);
    const alert = await page.locator('main [role="alert"]').innerText();
    expect(alert).toContain(t("search.problem.notADate", { written: "from:2025-13", key: "from" }));
    if (locale === "ko") expect(alert).not.toMatch(/is not a date|write from/);
    await context.close();
  });
});
