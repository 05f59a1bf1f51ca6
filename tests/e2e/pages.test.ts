import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatDay } from "../../lib/i18n/format-date.ts";
import { getTranslator } from "../../lib/i18n/get-translator.ts";
import type { Locale } from "../../lib/i18n/locales.ts";
import { splitSentences } from "../../lib/text/split-sentences.ts";
import { seriousViolations } from "../support/axe.ts";
import { launchChromium, screenshot } from "../support/browser.ts";
import { sampleDigests } from "../support/sample-content.ts";

const base = inject("appUrls").sqlite;
const digests = sampleDigests();
const latest = digests.at(-1)!;
const middle = digests[Math.floor(digests.length / 2)]!;
const locales: Locale[] = ["ko", "en"];
const widths = { phone: 390, desktop: 1280 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function openPage(options: { locale?: string; width?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: options.locale ?? "ko-KR", viewport: { width: options.width ?? widths.desktop, height: 900 } });
  return { context, page: await context.newPage() };
}

describe("locale in the URL", () => {
  it("sends / to the browser's language, then to the language the reader chose", async () => {
    const { context, page } = await openPage({ locale: "en-US" });
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe("/en");
    await page.getByRole("link", { name: getTranslator("en")("language.switchToLabel") }).click();
    await page.waitForURL(/\/ko$/);
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe("/ko");
    await context.close();
  });

  it("keeps the page when switching language", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/ko/digests/${middle.date}`);
    await page.getByRole("link", { name: getTranslator("ko")("language.switchToLabel") }).click();
    await page.waitForURL(`${base}/en/digests/${middle.date}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await context.close();
  });
});

describe.each(locales)("pages in %s", (locale) => {
  const t = getTranslator(locale);

  it("home shows the latest digest and a calendar marking the days with digests", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}`);
    expect(await page.locator("html").getAttribute("lang")).toBe(locale);
    await expect.poll(() => page.locator("#digest-heading").innerText()).toBe(t("digest.heading", { date: formatDay(latest.date, locale) }));
    expect(await page.locator("main ol > li article").count()).toBe(latest.papers.length);
    const daysInMonth = digests.filter((d) => d.date.startsWith(latest.date.slice(0, 7))).map((d) => d.date);
    expect(await page.locator("[data-digest-day]").evaluateAll((links) => links.map((a) => a.getAttribute("data-digest-day")))).toEqual(daysInMonth);
    await context.close();
  });

  it("the calendar goes back month by month and opens a day's digest", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}`);
    await page.getByRole("link", { name: t("calendar.previousMonth") }).click();
    await page.waitForURL(/month=/);
    const month = new URL(page.url()).searchParams.get("month")!;
    const earlier = digests.filter((d) => d.date < latest.date.slice(0, 7)).at(-1)!;
    expect(month).toBe(earlier.date.slice(0, 7));
    await page.locator(`[data-digest-day="${earlier.date}"]`).click();
    await page.waitForURL(`${base}/${locale}/digests/${earlier.date}`);
    expect(await page.locator("h1").innerText()).toBe(t("digest.heading", { date: formatDay(earlier.date, locale) }));
    await context.close();
  });

  it("a digest lists its papers in order with both titles, both abstracts and their languages marked", async () => {
    const { context, page } = await openPage();
    const response = await page.goto(`${base}/${locale}/digests/${middle.date}`);
    expect(response?.status()).toBe(200);
    const articles = page.locator("main ol > li article");
    expect(await articles.count()).toBe(middle.papers.length);
    for (const [i, paper] of middle.papers.entries()) {
      const article = articles.nth(i);
      expect(await article.locator('[lang="en"]').first().innerText()).toBe(locale === "ko" ? paper.title : paper.title);
      const koTitle = article.locator(`:is(h2, p)[lang="ko"]`).first();
      expect(await koTitle.innerText()).toBe(paper.titleKo);
      const abstractKo = article.locator('section div[lang="ko"]');
      expect((await abstractKo.innerText()).replace(/\s+/g, " ")).toBe(paper.abstractKo!.replace(/\s+/g, " "));
      expect(await article.locator('section div[lang="en"]').innerText()).toContain(paper.abstractEn.split("\n")[0]!.slice(0, 80));
      expect(await article.getByRole("link", { name: t("paper.pdf") }).getAttribute("href")).toBe(`https://arxiv.org/pdf/${paper.arxivId}`);
    }
    const index = digests.indexOf(middle);
    await page.getByRole("link", { name: new RegExp(t("digest.next")) }).first().click();
    await page.waitForURL(`${base}/${locale}/digests/${digests[index + 1]!.date}`);
    await page.getByRole("link", { name: new RegExp(t("digest.previous")) }).first().click();
    await page.waitForURL(`${base}/${locale}/digests/${middle.date}`);
    await context.close();
  });

  it("a paper page shows the abstract pair in full and the digests it appeared in", async () => {
    const { context, page } = await openPage();
    const paper = middle.papers[0]!;
    await page.goto(`${base}/${locale}/papers/${paper.arxivId}`);
    expect(await page.locator("h1").innerText()).toBe(locale === "ko" ? paper.titleKo : paper.title);
    expect(await page.locator('#reader div[lang="ko"]').first().innerText()).toBe(splitSentences(paper.abstractKo!, "ko")[0]!.text);
    await page.getByRole("link", { name: formatDay(middle.date, locale) }).click();
    await page.waitForURL(`${base}/${locale}/digests/${middle.date}`);
    await context.close();
  });

  it("unknown dates, ids and paths answer 404 with a page in the reader's language", async () => {
    const { context, page } = await openPage();
    for (const path of [`/${locale}/digests/1999-01-01`, `/${locale}/digests/not-a-date`, `/${locale}/papers/9999.99999`, `/${locale}/no/such/page`]) {
      const response = await page.goto(`${base}${path}`);
      expect([path, response?.status()]).toEqual([path, 404]);
      await expect.poll(() => page.locator("h1").innerText()).toBe(t("notFound.title"));
      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
    }
    await context.close();
  });
});

describe.each(locales)("concept pages in %s", (locale) => {
  const t = getTranslator(locale);

  it("lists the taxonomy by family with paper counts", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}/concepts`);
    expect(await page.locator("h1").innerText()).toBe(t("concepts.title"));
    expect(await page.locator("section h2").count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('a[href$="/concepts/lora"]').first().innerText()).toBe(locale === "ko" ? "LoRA(저랭크 적응)" : "LoRA (low-rank adaptation)");
    await context.close();
  });

  it("a concept chip on a paper leads to the concept's page, which lists that paper", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}/papers/2505.12871`);
    await page.locator('main a[data-concept="lora"]').first().click();
    await page.waitForURL(`${base}/${locale}/concepts/lora`);
    expect(await page.locator(`main a[href="/${locale}/papers/2505.12871"]`).count()).toBe(1);
    expect(await page.locator('div[lang="ko"]').first().innerText()).toContain("저랭크");
    expect(await page.locator("svg rect[data-week]").count()).toBeGreaterThan(0);
    await context.close();
  });

  it("a concept page lists the papers about it, then those that only mention it", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}/concepts/llama`);
    const about = page.locator('section[aria-labelledby="concept-papers"]');
    expect(await about.innerText()).toContain(t("concepts.noPapers"));
    const mentions = page.locator('section[aria-labelledby="concept-mentions"]');
    expect(await mentions.locator("h2").innerText()).toContain(t("concepts.mentioned"));
    expect(await mentions.locator(`a[href="/${locale}/papers/2505.12781"]`).count()).toBe(1);
    await context.close();
  });

  it("a paper page explains a learned tag and lists the concepts only mentioned", async () => {
    const api = (path: string) => fetch(`${base}${path}`).then((r) => r.json());
    const days = await Promise.all(digests.map((d) => api(`/api/digests/${d.date}`)));
    type Listed = { concepts: { method: string }[]; mentions: unknown[] };
    const explained = (p: Listed) =>
      p.concepts.some((c) => c.method === "learned") && p.mentions.length > 0;
    const paper = days.flatMap((d) => d.papers).find(explained);
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}/papers/${paper.arxivId}`);
    const why = page.locator('section[aria-labelledby="concept-evidence"]');
    const learned = why.locator('li[data-method="learned"]').first();
    const inferred = t("paperConcepts.learned", { probability: "" }).split("(")[0]!.trim();
    expect(await learned.innerText()).toContain(inferred);
    const features = await learned.locator("[data-features]").innerText();
    expect(features).toContain(t("paperConcepts.strongest"));
    const mentioned = why.locator("[data-mentions]");
    expect(await mentioned.locator("h3").innerText()).toBe(t("paperConcepts.mentioned"));
    expect(await mentioned.locator("li[data-mention-of]").count()).toBe(paper.mentions.length);
    await context.close();
  });

  it("a paper page highlights why each concept was assigned", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}/papers/2505.12871`);
    expect(await page.locator("#concept-evidence").innerText()).toContain(t("paperConcepts.why"));
    const marks = await page.locator('#reader div[lang="en"] .concept-term').allInnerTexts();
    expect(marks).toEqual(expect.arrayContaining(["LoRA", "data poisoning"]));
    expect(await page.locator('#reader div[lang="ko"] .concept-term').allInnerTexts()).toContain("백도어 공격");
    await context.close();
  });
});

describe("layout", () => {
  async function abstractBoxes(page: Page) {
    const article = page.locator("main ol > li article").first();
    const en = await article.locator('section div[lang="en"]').boundingBox();
    const ko = await article.locator('section div[lang="ko"]').boundingBox();
    return { en: en!, ko: ko! };
  }

  it("puts the abstracts side by side on a desktop and stacks them on a phone", async () => {
    const desktop = await openPage({ width: widths.desktop });
    await desktop.page.goto(`${base}/ko/digests/${middle.date}`);
    const wide = await abstractBoxes(desktop.page);
    expect(Math.abs(wide.en.y - wide.ko.y)).toBeLessThan(2);
    expect(wide.ko.x).toBeGreaterThan(wide.en.x + wide.en.width);
    await desktop.context.close();

    const phone = await openPage({ width: widths.phone });
    await phone.page.goto(`${base}/ko/digests/${middle.date}`);
    const narrow = await abstractBoxes(phone.page);
    expect(narrow.ko.y).toBeGreaterThanOrEqual(narrow.en.y + narrow.en.height);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(widths.phone);
    await phone.context.close();
  });

  it("keeps Korean words whole when lines wrap", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/ko/digests/${middle.date}`);
    const wordBreak = await page.locator('section div[lang="ko"]').first().evaluate((el) => getComputedStyle(el).wordBreak);
    expect(wordBreak).toBe("keep-all");
    await context.close();
  });

  for (const dark of [false, true]) {
    it(`has no serious or critical axe-core violations on any kind of page (${dark ? "dark" : "light"})`, async () => {
      const paths = ["", `/digests/${middle.date}`, `/papers/${middle.papers[0]!.arxivId}`, "/concepts", "/concepts/lora", "/search", "/search?q=LoRA", `/search?q=${encodeURIComponent("검색 증강 생성")}`, "/search?q=LoRA+qwxzv", "/digests/1999-01-01"];
      for (const locale of locales) {
        const context = await browser.newContext({ colorScheme: dark ? "dark" : "light", viewport: { width: widths.desktop, height: 900 } });
        const page = await context.newPage();
        for (const path of paths) {
          await page.goto(`${base}/${locale}${path}`);
          expect([path, await seriousViolations(page)]).toEqual([path, []]);
        }
        await context.close();
      }
    });
  }

  it("saves screenshots of every page in both languages at phone and desktop width", async () => {
    const pages = {
      home: "",
      digest: `/digests/${middle.date}`,
      paper: `/papers/${middle.papers[0]!.arxivId}`,
      concepts: "/concepts",
      concept: "/concepts/lora",
      mentioned: "/concepts/llama",
      missing: "/digests/1999-01-01",
    };
    for (const locale of locales) {
      for (const [widthName, width] of Object.entries(widths)) {
        const { context, page } = await openPage({ width });
        for (const [name, path] of Object.entries(pages)) {
          await page.goto(`${base}/${locale}${path}`);
          await page.locator("h1").first().waitFor();
          await screenshot(page, `${name}-${locale}-${widthName}`);
        }
        await context.close();
      }
    }
  });
});
