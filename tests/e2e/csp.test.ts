import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Locale } from "../../lib/i18n/locales.ts";
import { launchChromium } from "../support/browser.ts";
import { sampleDigests } from "../support/sample-content.ts";

const base = inject("appUrls").sqlite;
const latest = sampleDigests().at(-1)!;
// A sample paper with concept tips, and a reader fixture with KaTeX math (tests/support/app-global-setup.ts).
const PAPER = "2504.08838";
const WITH_MATH = "2508.13346";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Opens a page recording every Content-Security-Policy violation and console error. */
async function open(
  path: string,
): Promise<{ page: Page; violations: () => Promise<string[]>; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const console: string[] = [];
  // The browser's own favicon request and a not-found page's 404 are logged as failed loads.
  const expected404 = (url: string) =>
    url.endsWith("/favicon.ico") || url.includes("/no-such-page");
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
  const response = await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
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
