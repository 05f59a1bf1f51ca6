// A paper PaperBridge translated itself (tests/support/app-global-setup.ts): its provenance and
// the quality checks' findings in both UI languages, its sentence pairing in the reader, its API.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getTranslator } from "../../lib/i18n/get-translator.ts";
import { formatDay } from "../../lib/i18n/format-date.ts";
import type { Locale } from "../../lib/i18n/locales.ts";
import { launchChromium, screenshot } from "../support/browser.ts";

const urls = inject("appUrls");
const PAPER = "2508.12687";
const TRANSPARENT = "rgba(0, 0, 0, 0)";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each([urls.sqlite, urls.postgresql].filter((u): u is string => u !== null))(
  "a machine-translated paper on %s",
  (base) => {
    it("is served by the API with its provenance and the checks' findings", async () => {
      const response = await fetch(`${base}/api/papers/${PAPER}`);
      expect(response.status).toBe(200);
      const paper = await response.json();
      expect(paper.translation).toMatchObject({
        method: "machine",
        stale: false,
        machine: { engine: "openai", model: "test-model", promptVersion: "ko-abstract-1" },
      });
      expect(paper.translation.checks).toContainEqual({
        kind: "glossary",
        sentence: 2,
        message: '"hallucinations" should read 환각',
        evidence: "hallucinations",
      });
      expect(paper.sentencesKo).toHaveLength(paper.sentencesEn.length);
      expect(paper.alignment).toEqual(
        paper.sentencesEn.map((_: string, i: number) => ({ en: [i], ko: [i] })),
      );
    });

    describe.each(["ko", "en"] as Locale[])("in %s", (locale) => {
      const t = getTranslator(locale);

      it("says it is a machine translation, by which engine and when, and lists what the checks found", async () => {
        const api = await (await fetch(`${base}/api/papers/${PAPER}`)).json();
        const date = formatDay(api.translation.machine.translatedAt.slice(0, 10), locale);
        for (const [size, width] of [
          ["desktop", 1280],
          ["phone", 390],
        ] as const) {
          const context = await browser.newContext({ viewport: { width, height: 900 } });
          const page = await context.newPage();
          await page.goto(`${base}/${locale}/papers/${PAPER}?mode=side`);
          await expect
            .poll(() => page.locator('#reader [data-translation-method="machine"]').innerText())
            .toBe(t("translation.machine", { engine: "openai test-model", date }));
          const notice = page.locator("#reader [data-checks]");
          expect(await notice.getAttribute("role")).toBe("note");
          expect(await notice.locator("p").first().innerText()).toBe(
            t("translation.checks", { count: api.translation.checks.length }),
          );
          const glossary = notice.locator('li[data-check="glossary"]');
          expect(await glossary.innerText()).toBe(
            `${t("translation.where.sentence", { number: 2 })}: ${t("translation.kind.glossary")} (hallucinations)`,
          );
          expect(await glossary.locator("a").getAttribute("href")).toBe("#s2");
          if (base === urls.sqlite) await screenshot(page, `translation-${locale}-machine-${size}`);
          await context.close();
        }
      });

      it("pairs each English sentence with the Korean made from it", async () => {
        const api = await (await fetch(`${base}/api/papers/${PAPER}`)).json();
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${base}/${locale}/papers/${PAPER}?mode=side`);
        await page.locator("#reader[data-interactive]").waitFor();
        const rows = page.locator("#reader li[data-pair]");
        expect(await rows.count()).toBe(api.sentencesEn.length);
        for (let n = 1; n <= api.sentencesEn.length; n++) {
          expect(
            await rows
              .nth(n - 1)
              .locator('div[lang="ko"]')
              .innerText(),
          ).toBe(api.sentencesKo[n - 1]);
        }
        const row2 = page.locator("#reader li#s2");
        expect(await row2.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(TRANSPARENT);
        await row2.locator('div[lang="ko"]').hover({ position: { x: 5, y: 5 } });
        expect(await row2.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
          TRANSPARENT,
        );
        await context.close();
      });
    });
  },
);
