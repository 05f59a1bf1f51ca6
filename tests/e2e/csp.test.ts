import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Locale } from "../../lib/i18n/locales.ts";
import { launchChromium } from "../support/browser.ts";
import { sampleDigests } from "../support/sample-content.ts";

const base = inject("appUrls").sqlite;
// The app where the daily run published a real day (tests/support/app-global-setup.ts).
const daily = inject("appUrls").daily;
const DAILY_DAY = "2025-05-20";
const latest = sampleDigests().at(-1)!;
// A sample paper with concept tips, and a reader fixture with KaTeX math (tests/support/app-global-setup.ts).
const PAPER = "2504.08838";
const WITH_MATH = "2508.13346";
// A sample paper whose citation box the metadata tests read, and the machine translation.
const CITED = "2508.11661";
const TRANSLATED = "2508.12687";
// A day without a digest: a not-found page that offers the nearest days.
const MISSING_DAY = "1999-01-01";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Opens a page recording every Content-Security-Policy violation and console error. */
async function open(
  path: string,
  { width = 1280, permissions = [] as string[], origin = base } = {},
): Promise<{ page: Page; violations: () => Promise<string[]>; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, permissions });
  const page = await context.newPage();
  const console: string[] = [];
  // The browser's own favicon request and a not-found page's 404 are logged as failed loads.
  const expected404 = (url: string) =>
    url.endsWith("/favicon.ico") ||
    url.includes("/no-such-page") ||
    url.includes(`/digests/${MISSING_DAY}`);
  page.on(
    "console",
    (message) =>
      message.type() === "error" &&
      !expected404(message.location().url) &&
      console.push(`${message.text()} ${message.location().url}`),
  );
  // Injected by the browser's debugging protocol, so the page's own policy does not apply to it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const response = await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
  expect(response!.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  return {
    page,
    violations: async () => [
      ...(await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      )),
      ...console,
    ],
    close: () => context.close(),
  };
}

describe.each<Locale>(["ko", "en"])(
  "every page type in %s under its Content-Security-Policy",
  (locale) => {
    const pages = [
      `/${locale}`,
      `/${locale}/digests/${latest.date}`,
      `/${locale}/papers/${PAPER}`,
      `/${locale}/papers/${WITH_MATH}`,
      `/${locale}/papers/${CITED}`,
      `/${locale}/papers/${TRANSLATED}?mode=side`,
      `/${locale}/digests/${MISSING_DAY}`,
      `/${locale}/concepts`,
      `/${locale}/concepts/lora`,
      `/${locale}/search?q=LoRA`,
      `/${locale}/search`,
      `/${locale}/no-such-page`,
    ];

    it.each(pages)("%s loads its scripts and styles with no violation reported", async (path) => {
      const { page, violations, close } = await open(path);
      expect(await violations()).toEqual([]);
      // Tailwind's stylesheet applied (the body's background is not the browser's default white).
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
        "rgba(0, 0, 0, 0)",
      );
      await close();
    });

    it("the reader's script runs: it marks the reader interactive and switches modes in place", async () => {
      const { page, violations, close } = await open(`/${locale}/papers/${PAPER}`);
      await page.locator("#reader[data-interactive]").waitFor();
      const url = page.url();
      await page.locator("#reader a[data-reading-mode='en']").click();
      await expect.poll(() => page.locator("#reader").getAttribute("data-mode")).toBe("en");
      expect(page.url()).toBe(url);
      await page.keyboard.press("j");
      expect(await page.evaluate(() => document.activeElement?.closest("li[data-pair]")?.id)).toBe(
        "s1",
      );
      expect(await violations()).toEqual([]);
      await close();
    });

    it("KaTeX's stylesheet and fonts are allowed: math is laid out", async () => {
      const { page, violations, close } = await open(`/${locale}/papers/${WITH_MATH}`);
      // KaTeX's stylesheet hides the MathML copy of each formula off-screen.
      const mathml = page.locator(".katex .katex-mathml").first();
      await mathml.waitFor({ state: "attached" });
      expect(await mathml.evaluate((el) => getComputedStyle(el).position)).toBe("absolute");
      expect(
        await page.evaluate(
          async () => (
            await document.fonts.ready,
            [...document.fonts].some(
              (font) => font.family.includes("KaTeX") && font.status === "loaded",
            )
          ),
        ),
      ).toBe(true);
      expect(await violations()).toEqual([]);
      await close();
    });

    it("the citation box's copy button runs and copies the BibTeX entry", async () => {
      const { page, violations, close } = await open(`/${locale}/papers/${CITED}`, {
        permissions: ["clipboard-read", "clipboard-write"],
      });
      const bibtex = await page.locator("#bibtex").innerText();
      await page.locator("[data-copy=bibtex]").click();
      expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(
        bibtex.trim(),
      );
      expect(await violations()).toEqual([]);
      await close();
    });

    it("the translation notice and the checks' findings show, their links working", async () => {
      const { page, violations, close } = await open(`/${locale}/papers/${TRANSLATED}?mode=side`);
      expect(await page.locator('#reader [data-translation-method="machine"]').isVisible()).toBe(
        true,
      );
      await page.locator('#reader [data-checks] li[data-check="glossary"] a').click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe("#s2");
      expect(await violations()).toEqual([]);
      await close();
    });

    it("on a phone the day picker opens its calendar, on the home and a digest page", async () => {
      for (const path of [`/${locale}`, `/${locale}/digests/${latest.date}`]) {
        const { page, violations, close } = await open(path, { width: 390 });
        const picker = page.locator("details[data-day-picker]");
        await picker.locator("summary").click();
        expect(await picker.locator("[data-digest-day]").first().isVisible()).toBe(true);
        expect(await violations()).toEqual([]);
        await close();
      }
    });

    it("the search shortcut's script runs: / focuses the search box", async () => {
      const { page, violations, close } = await open(`/${locale}/digests/${latest.date}`);
      await page.keyboard.press("/");
      expect(
        await page.evaluate(() => document.activeElement?.hasAttribute("data-search-shortcut")),
      ).toBe(true);
      expect(await violations()).toEqual([]);
      await close();
    });
  },
);

describe.each<Locale>(["ko", "en"])("the daily run's pages in %s under their policy", (locale) => {
  it("the home page, and a day of real volume with what its run found: an abstract opened in place, the filters applied", async () => {
    const home = await open(`/${locale}`, { origin: daily });
    expect(await home.violations()).toEqual([]);
    await home.close();

    const { page, violations, close } = await open(`/${locale}/digests/${DAILY_DAY}`, {
      origin: daily,
    });
    expect(await page.locator("#daily-run").count()).toBe(1);
    const article = page.locator("main article").nth(19);
    await article.locator("summary").click();
    expect(await article.locator("div.dp-abs").isVisible()).toBe(true);
    expect(await violations()).toEqual([]);
    const form = page.locator("form:has(select[name=cat])");
    await form.locator("select[name=cat]").selectOption("cs.CL");
    await form.locator("input[name=ko]").check();
    await form.locator("button[type=submit]").click();
    await page.waitForURL(/cat=cs\.CL/);
    await page.waitForLoadState("networkidle");
    expect(page.url()).toContain("ko=1");
    expect(await page.locator("main article").count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await close();
  });
});
