import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, with the flags that work as root on a closed network (ENVIRONMENT.md). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
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
 * A Chromium for a test file, launched before its tests and closed after them. `openPage` opens
 * a page in a fresh context: a Korean browser by default, 1280 px wide, JavaScript on.
 */
export function suiteBrowser(): { browser: () => Browser; openPage: (options?: PageOptions) => Promise<{ context: BrowserContext; page: Page }> } {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());
  return { browser: () => browser, openPage: (options = {}) => openPage(browser, options) };
}

async function openPage(browser: Browser, options: PageOptions): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? "ko-KR",
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  return { context, page: await context.newPage() };
}
