import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { CHROMIUM } from "./chromium-setup.ts";

/** Debian's Chromium, headless, with the flags that work as root on a closed network (ENVIRONMENT.md). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * For a file or block of browser tests: Chromium, launched before its first test and closed
 * after its last. Without Chromium (chromium-setup.ts: only outside CI) its tests are skipped.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (inject("chromium")) browser = await launchChromium();
  });
  beforeEach((context) => {
    if (!browser) context.skip("no Chromium");
  });
  afterAll(() => browser?.close());
  return () => browser!;
}

export const SCREENSHOT_DIR = path.join("test-results", "screenshots");

/** Saves a full-page screenshot for people to look at; tests do not compare pixels. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export interface PageOptions {
  locale?: string;
  width?: number;
  javaScript?: boolean;
}

/**
 * useChromium with `openPage`, which opens a page in a fresh context: a Korean browser by
 * default, 1280 px wide, JavaScript on.
 */
export function suiteBrowser(): {
  browser: () => Browser;
  openPage: (options?: PageOptions) => Promise<{ context: BrowserContext; page: Page }>;
} {
  const browser = useChromium();
  return { browser, openPage: (options = {}) => openPage(browser(), options) };
}

async function openPage(browser: Browser, options: PageOptions): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? "ko-KR",
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  return { context, page: await context.newPage() };
}
