import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getTranslator } from "../../lib/i18n/get-translator.ts";
import type { Locale } from "../../lib/i18n/locales.ts";
import { launchChromium, screenshot } from "../support/browser.ts";
import { sampleDigests } from "../support/sample-content.ts";

// The faults of issue 19 as a reader meets them: raw TeX, mispaired sentences, tips on a phone.
const base = inject("appUrls").sqlite;
const locales: Locale[] = ["ko", "en"];
const RAW_TEX = /\\(?:emph|textbf|textit|textsc|underline|texttt)\b|``|''|\\[%&_#$]/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function open(path: string, options: { width?: number; touch?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  return { context, page };
}

/** The reader row whose Korean side contains `korean` (words without a concept tip, whose text is inside the row too). */
const rowWith = (page: Page, korean: string) =>
  page
    .locator("#reader li[data-pair]")
    .filter({ has: page.locator('div[lang="ko"]', { hasText: korean }) });

describe.each(locales)("TeX markup and links in %s", (locale) => {
  it("shows no TeX source on any digest page, and renders emphasis, bold, small caps, underlines, quotes and escapes", async () => {
    const { context, page } = await open(`/${locale}`);
    for (const digest of sampleDigests()) {
      await page.goto(`${base}/${locale}/digests/${digest.date}`);
      const text = await page.locator("main").innerText();
      expect([digest.date, text.match(RAW_TEX)?.[0] ?? null]).toEqual([digest.date, null]);
    }
    await page.goto(`${base}/${locale}/digests/2025-09-01`);
    // The digest opens a paper's abstract in place, in the reader's language.
    const seesaw = page.locator("#paper-2508\\.21741");
    await seesaw.locator("summary").click();
    const abstract = seesaw.locator(`div.dp-abs[lang="${locale}"]`);
    if (locale === "en") {
      expect(await abstract.locator("em").first().innerText()).toBe(
        "Core Parameter Isolation Fine-Tuning",
      );
      expect(await abstract.innerText()).toContain("\u201cseesaw phenomenon\u201d");
    } else expect(await abstract.innerText()).toContain("\u201c시소 현상\u201d");
    await page.goto(`${base}/${locale}/papers/2504.09753`);
    expect(
      await page
        .locator('#reader div[lang="en"] .sentence strong', { hasText: "Mantra-14B" })
        .count(),
    ).toBe(1);
    expect(await page.locator("#reader").innerText()).toContain("3%");
    await page.goto(`${base}/${locale}/papers/2508.02165`);
    expect(await page.locator('#reader div[lang="en"] u').allInnerTexts()).toEqual(["E", "S", "T"]);
    await page.goto(`${base}/${locale}/papers/2508.12407`);
    expect(
      await page.locator('#reader div[lang="ko"] span[class*="small-caps"]').first().innerText(),
    ).toBe("ZigzagAttention");
    await context.close();
  });

  it("links written-out addresses with safe attributes, and titles read as text in the tab and in search results", async () => {
    const { context, page } = await open(`/${locale}/papers/2508.21085`);
    const link = page.locator(
      '#reader div[lang="en"] a[href="https://huggingface.co/collections/ibm-granite"]',
    );
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(
      await page.locator('#reader div[lang="ko"] a[href^="https://huggingface.co/"]').count(),
    ).toBe(1);
    await page.goto(`${base}/${locale}/papers/2504.08838`);
    expect(await page.title()).toMatch(/^SD²: /);
    await page.goto(`${base}/${locale}/search?q=${encodeURIComponent("sparse drafters")}`);
    const first = page.locator("main ol > li article").first();
    expect(await first.locator("h3").innerText()).toMatch(/^SD²/);
    expect(await page.locator("main ol").innerText()).not.toMatch(RAW_TEX);
    await context.close();
  });
});

describe.each(locales)("sentence pairs in %s", (locale) => {
  // The four sample papers that were mispaired, each with a Korean sentence and the English one it translates.
  const pairs: [string, string, RegExp][] = [
    ["2508.21085", "1세대 모델을 바탕으로", /^Building upon our first-generation release/],
    ["2508.12803", "일정한 손해가 있었음에도", /^Across 25 dialects/],
    ["2508.13426", "7-8B 규모의", /^Our 7-8B models rival/],
    ["2508.21589", "(1) 자기 참조 진단 모듈", /^Unlike conventional one-off/],
  ];

  it("pairs each Korean sentence with the English one it translates, and j moves through the pairs", async () => {
    const { context, page } = await open(`/${locale}/papers/2508.21085?mode=side`);
    for (const [id, korean, english] of pairs) {
      await page.goto(`${base}/${locale}/papers/${id}?mode=side`);
      const row = rowWith(page, korean);
      expect([id, await row.count()]).toEqual([id, 1]);
      expect([id, await row.locator('div[lang="en"]').innerText()]).toEqual([
        id,
        expect.stringMatching(english),
      ]);
    }
    await page.goto(`${base}/${locale}/papers/2508.21085?mode=side`);
    await page.locator("#reader[data-interactive]").waitFor();
    const target = rowWith(page, "1세대 모델을 바탕으로");
    const number = Number(await target.getAttribute("data-pair"));
    for (let i = 0; i < number; i++) await page.keyboard.press("j");
    expect(
      await page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("data-pair")),
    ).toBe(String(number));
    await target.hover();
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
      "rgba(0, 0, 0, 0)",
    );
    await context.close();
  });
});

describe.each(locales)("concept tips on a phone in %s", (locale) => {
  const t = getTranslator(locale);

  it("a first tap shows the tip and stays on the page; the tip's link leads to the concept", async () => {
    const { context, page } = await open(`/${locale}/papers/2504.08838?mode=side`, {
      width: 390,
      touch: true,
    });
    await page.locator("#reader[data-interactive]").waitFor();
    const term = page
      .locator('#reader a.concept-term[data-concept-term="speculative-decoding"]')
      .first();
    const tip = page.locator(`[id="${await term.getAttribute("aria-describedby")}"]`);
    await term.tap();
    expect(new URL(page.url()).pathname).toBe(`/${locale}/papers/2504.08838`);
    expect(await tip.isVisible()).toBe(true);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await screenshot(page, `reader-${locale}-tip-phone`);
    const link = tip.getByRole("link", { name: new RegExp(t("reader.conceptPage")) });
    await link.tap();
    await page.waitForURL(`${base}/${locale}/concepts/speculative-decoding`);
    await context.close();
  });

  it("a tap elsewhere closes the tip, and a second tap on the term follows it", async () => {
    const { context, page } = await open(`/${locale}/papers/2504.08838?mode=side`, {
      width: 390,
      touch: true,
    });
    await page.locator("#reader[data-interactive]").waitFor();
    const term = page
      .locator('#reader a.concept-term[data-concept-term="speculative-decoding"]')
      .first();
    const tip = page.locator(`[id="${await term.getAttribute("aria-describedby")}"]`);
    await term.tap();
    expect(await tip.isVisible()).toBe(true);
    await page.locator("h1").tap();
    expect(await tip.isVisible()).toBe(false);
    await term.tap();
    await term.tap();
    await page.waitForURL(`${base}/${locale}/concepts/speculative-decoding`);
    await context.close();
  });
});
