import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { getTranslator } from "../../lib/i18n/get-translator.ts";
import type { Locale } from "../../lib/i18n/locales.ts";
import { READING_MODE_COOKIE } from "../../lib/reader/reading-mode.ts";
import { seriousViolations } from "../support/axe.ts";
import { screenshot, useChromium } from "../support/browser.ts";

const base = inject("appUrls").sqlite;
const locales: Locale[] = ["ko", "en"];
const widths = { phone: 390, desktop: 1280 };
// A sample paper whose five sentences pair one to one and carry concept mentions and simple inline TeX.
const PAPER = "2504.08838";
// Reader fixtures (tests/support/app-global-setup.ts): a stale translation and an English-only paper with math.
const STALE = "2508.13397";
const ENGLISH_ONLY = "2508.13346";

const browser = useChromium();

async function openReader(path: string, options: { width?: number; javaScript?: boolean; dark?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({
    viewport: { width: options.width ?? widths.desktop, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.dark ? "dark" : "light",
  });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  if (options.javaScript ?? true) await page.locator("#reader[data-interactive]").waitFor();
  return { context, page };
}

const row = (page: Page, n: number) => page.locator(`#reader li#s${n}`);
const side = (page: Page, n: number, lang: "en" | "ko") => row(page, n).locator(`div[lang="${lang}"]`);
const visible = (page: Page, n: number, lang: "en" | "ko") => side(page, n, lang).evaluate((el) => el.checkVisibility());
const background = (page: Page, n: number) => row(page, n).evaluate((el) => getComputedStyle(el).backgroundColor);
const TRANSPARENT = "rgba(0, 0, 0, 0)";

const modes = (page: Page, locale: Locale) => page.getByRole("navigation", { name: getTranslator(locale)("reader.modes") });

/** Sets the mode through its link, as a reader would. */
async function chooseMode(page: Page, locale: Locale, mode: "side" | "interleaved" | "en" | "ko") {
  await modes(page, locale).getByRole("link", { name: getTranslator(locale)(`reader.mode.${mode}`), exact: true }).click();
  await expect.poll(() => page.locator("#reader").getAttribute("data-mode")).toBe(mode);
}

describe.each(locales)("the bilingual reader in %s", (locale) => {
  const t = getTranslator(locale);

  it("shows aligned sentence rows side by side on a desktop and stacked pairs on a phone", async () => {
    const desktop = await openReader(`/${locale}/papers/${PAPER}?mode=side`);
    expect(await desktop.page.locator("#reader li[data-pair]").count()).toBe(5);
    const en = (await side(desktop.page, 2, "en").boundingBox())!;
    const ko = (await side(desktop.page, 2, "ko").boundingBox())!;
    expect(Math.abs(en.y - ko.y)).toBeLessThan(2);
    expect(ko.x).toBeGreaterThanOrEqual(en.x + en.width);
    expect(await side(desktop.page, 4, "ko").innerText()).toMatch(/^Llama-3\.1-70B 대상 모델에서/);
    await screenshot(desktop.page, `reader-${locale}-side-desktop`);
    await desktop.context.close();

    const phone = await openReader(`/${locale}/papers/${PAPER}?mode=side`, { width: widths.phone });
    const enPhone = (await side(phone.page, 2, "en").boundingBox())!;
    const koPhone = (await side(phone.page, 2, "ko").boundingBox())!;
    expect(koPhone.y).toBeGreaterThanOrEqual(enPhone.y + enPhone.height);
    expect(await side(phone.page, 3, "en").boundingBox().then((b) => b!.y)).toBeGreaterThan(koPhone.y + koPhone.height);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(widths.phone);
    await screenshot(phone.page, `reader-${locale}-side-phone`);
    await phone.context.close();
  });

  it("switches between the four modes in place and remembers the choice", async () => {
    const { context, page } = await openReader(`/${locale}/papers/${PAPER}`);
    const url = page.url();

    await chooseMode(page, locale, "interleaved");
    const en = (await side(page, 1, "en").boundingBox())!;
    const ko = (await side(page, 1, "ko").boundingBox())!;
    expect(ko.y).toBeGreaterThanOrEqual(en.y + en.height);
    expect(Math.abs(ko.x - en.x)).toBeLessThan(20);
    await screenshot(page, `reader-${locale}-interleaved-desktop`);

    await chooseMode(page, locale, "en");
    expect([await visible(page, 1, "en"), await visible(page, 1, "ko")]).toEqual([true, false]);
    expect(await row(page, 1).evaluate((el) => getComputedStyle(el).display)).toBe("inline");

    await chooseMode(page, locale, "ko");
    expect([await visible(page, 1, "en"), await visible(page, 1, "ko")]).toEqual([false, true]);
    await screenshot(page, `reader-${locale}-korean-only-desktop`);
    expect(page.url()).toBe(url);
    expect(await modes(page, locale).getByRole("link", { name: t("reader.mode.ko"), exact: true }).getAttribute("aria-current")).toBe("true");
    expect((await context.cookies()).find((c) => c.name === READING_MODE_COOKIE)?.value).toBe("ko");

    await page.reload();
    expect(await page.locator("#reader").getAttribute("data-mode")).toBe("ko");
    await page.goto(`${base}/${locale}/papers/${STALE}`);
    expect(await page.locator("#reader").getAttribute("data-mode")).toBe("ko");
    await context.close();
  });

  it("switches modes through plain links when JavaScript is off", async () => {
    const { context, page } = await openReader(`/${locale}/papers/${PAPER}`, { javaScript: false });
    expect(await page.locator(".reader-hint").isVisible()).toBe(false);
    await modes(page, locale).getByRole("link", { name: t("reader.mode.en"), exact: true }).click();
    await page.waitForURL(/mode=en/);
    expect(await page.locator("#reader").getAttribute("data-mode")).toBe("en");
    expect(await visible(page, 2, "ko")).toBe(false);
    // The choice is remembered for the next paper opened without ?mode=.
    await page.goto(`${base}/${locale}/papers/${STALE}`);
    expect(await page.locator("#reader").getAttribute("data-mode")).toBe("en");
    await context.close();
  });

  it("highlights a sentence's counterpart when pointing at it or focusing it", async () => {
    const { context, page } = await openReader(`/${locale}/papers/${PAPER}?mode=side`);
    expect(await background(page, 2)).toBe(TRANSPARENT);
    await side(page, 2, "en").hover({ position: { x: 5, y: 5 } });
    const lit = await background(page, 2);
    expect(lit).not.toBe(TRANSPARENT);
    expect(await background(page, 3)).toBe(TRANSPARENT);
    // The Korean cell sits in the highlighted row: its own background is clear, the row's shows through.
    expect(await side(page, 2, "ko").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(TRANSPARENT);

    await page.mouse.move(0, 0);
    await row(page, 4).locator("a.pair-link").focus();
    expect(await background(page, 4)).toBe(lit);
    expect(await background(page, 2)).toBe(TRANSPARENT);
    await context.close();
  });

  it("moves sentence by sentence with j and k, with a visible focus", async () => {
    const { context, page } = await openReader(`/${locale}/papers/${PAPER}?mode=side`);
    const focused = () => page.evaluate(() => document.activeElement?.closest("li[data-pair]")?.id ?? null);
    await page.keyboard.press("j");
    expect(await focused()).toBe("s1");
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    expect(await focused()).toBe("s3");
    await page.keyboard.press("k");
    expect(await focused()).toBe("s2");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
    for (let i = 0; i < 8; i++) await page.keyboard.press("j");
    expect(await focused()).toBe("s5");

    // Typing in the search box is not navigation.
    await page.locator("[data-search-shortcut]").fill("");
    await page.locator("[data-search-shortcut]").press("j");
    expect(await page.locator("[data-search-shortcut]").inputValue()).toBe("j");
    await context.close();
  });

  it("a sentence link (#s3) scrolls to the sentence and highlights it", async () => {
    const { context, page } = await openReader(`/${locale}/papers/${PAPER}#s3`, { width: widths.phone });
    const box = (await row(page, 3).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    expect(await background(page, 3)).not.toBe(TRANSPARENT);
    expect(await background(page, 2)).toBe(TRANSPARENT);
    await row(page, 4).locator("a.pair-link").click();
    expect(new URL(page.url()).hash).toBe("#s4");
    expect(await row(page, 4).locator("a.pair-link").getAttribute("aria-label")).toBe(t("reader.sentenceLink", { number: 4 }));
    await context.close();
  });

  it("gives concept mentions a tip in the reader's language that links to the concept", async () => {
    const { context, page } = await openReader(`/${locale}/papers/${PAPER}?mode=side`);
    const term = side(page, 1, "ko").locator('a.concept-term[data-concept-term="speculative-decoding"]').first();
    const tip = page.locator(`[id="${await term.getAttribute("aria-describedby")}"]`);
    expect(await tip.isVisible()).toBe(false);
    await term.hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.getAttribute("lang")).toBe(locale);
    expect(await tip.innerText()).toContain(locale === "ko" ? "추측 디코딩" : "Speculative decoding");
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    await term.click();
    await page.waitForURL(`${base}/${locale}/concepts/speculative-decoding`);
    await context.close();

    // On a phone a tip opened by focus stays inside the screen.
    const phone = await openReader(`/${locale}/papers/${PAPER}?mode=side`, { width: widths.phone });
    const last = phone.page.locator("#reader .concept-term").last();
    await last.focus();
    const box = (await phone.page.locator(`[id="${await last.getAttribute("aria-describedby")}"]`).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(widths.phone);
    await phone.context.close();
  });

  it("renders inline LaTeX on the server: math as KaTeX with MathML, numbers and simple symbols as text", async () => {
    const { context, page } = await openReader(`/${locale}/papers/${ENGLISH_ONLY}`, { javaScript: false });
    expect(await row(page, 1).locator(".katex math").count()).toBe(1);
    expect(await row(page, 1).locator(".katex-mathml annotation").textContent()).toBe("L^2");
    await page.goto(`${base}/${locale}/papers/${PAPER}`);
    expect(await page.locator("h1").innerText()).toMatch(/^SD²/);
    expect(await side(page, 4, "en").innerText()).toContain("SD² provides a ×1.59 higher");
    expect(await page.locator("#reader .katex").count()).toBe(0);
    await context.close();
  });

  it("labels a stale translation and marks the English sentence it lacks", async () => {
    const { context, page } = await openReader(`/${locale}/papers/${STALE}?mode=side`);
    expect(await page.locator('#reader [role="note"][data-stale]').innerText()).toBe(t("paper.staleTranslation"));
    // The checks see the English sentence the old translation lacks.
    expect(await page.locator('#reader [data-checks] li[data-check="missing-sentence"]').count()).toBe(1);
    const last = page.locator("#reader li[data-pair]").last();
    expect(await last.locator('div[lang="en"]').innerText()).toMatch(/^Finally, the approach is extended/);
    expect(await last.locator('div[lang="ko"] .sr-only').innerText()).toBe(t("reader.noCounterpart"));
    await screenshot(page, `reader-${locale}-stale-desktop`);
    await chooseMode(page, locale, "ko");
    expect(await last.evaluate((el) => el.checkVisibility())).toBe(false);
    await context.close();
  });

  it("reads an English-only paper as running text with a note and no mode switch", async () => {
    const { context, page } = await openReader(`/${locale}/papers/${ENGLISH_ONLY}`, { width: widths.phone });
    expect(await page.locator('#reader [role="note"]').innerText()).toBe(t("paper.noTranslation"));
    expect(await page.locator("#reader").getAttribute("data-mode")).toBe("en");
    expect(await page.getByRole("navigation", { name: t("reader.modes") }).count()).toBe(0);
    expect(await page.locator('#reader div[lang="ko"]').count()).toBe(0);
    expect(await row(page, 1).evaluate((el) => getComputedStyle(el).display)).toBe("inline");
    await screenshot(page, `reader-${locale}-english-only-phone`);
    await context.close();
  });

  it("marks every text block with its language and keeps Korean words whole", async () => {
    const { context, page } = await openReader(`/${locale}/papers/${PAPER}`);
    const langs = await page.locator("#reader .reader-side").evaluateAll((els) => els.map((el) => el.getAttribute("lang")));
    expect(new Set(langs)).toEqual(new Set(["en", "ko"]));
    expect(await side(page, 1, "ko").evaluate((el) => getComputedStyle(el).wordBreak)).toBe("keep-all");
    await context.close();
  });

  for (const dark of [false, true]) {
    it(`has no serious or critical axe-core violations (${dark ? "dark" : "light"})`, async () => {
      for (const path of [`/${locale}/papers/${PAPER}?mode=side`, `/${locale}/papers/${PAPER}?mode=interleaved`, `/${locale}/papers/${STALE}?mode=ko`, `/${locale}/papers/${ENGLISH_ONLY}`]) {
        const { context, page } = await openReader(path, { dark });
        const violations = await seriousViolations(page);
        expect([path, violations]).toEqual([path, []]);
        await context.close();
      }
    });
  }
});

describe("printing the reader", () => {
  it("hides the controls and keeps both languages", async () => {
    const { context, page } = await openReader(`/ko/papers/${PAPER}?mode=side`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#reader .reader-modes").isVisible()).toBe(false);
    expect(await page.locator("header[role=banner]").isVisible()).toBe(false);
    expect([await visible(page, 1, "en"), await visible(page, 1, "ko")]).toEqual([true, true]);
    await context.close();
  });
});
