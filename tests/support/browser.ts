import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
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
