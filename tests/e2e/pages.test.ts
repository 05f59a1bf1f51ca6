import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { formatDay } from "../../lib/i18n/format-date.ts";
import { getTranslator } from "../../lib/i18n/get-translator.ts";
import type { Locale } from "../../lib/i18n/locales.ts";
import { plainText } from "../../lib/text/rich-runs.ts";
import { splitSentences } from "../../lib/text/split-sentences.ts";
import { seriousViolations } from "../support/axe.ts";
import { screenshot, suiteBrowser } from "../support/browser.ts";
import { sampleDigests } from "../support/sample-content.ts";

const base = inject("appUrls").sqlite;
const digests = sampleDigests();
const latest = digests.at(-1)!;
const middle = digests[Math.floor(digests.length / 2)]!;
const locales: Locale[] = ["ko", "en"];
const widths = { phone: 390, desktop: 1280 };

const { browser, openPage } = suiteBrowser();

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
    expect(await page.locator("aside [data-digest-day]").evaluateAll((links) => links.map((a) => a.getAttribute("data-digest-day")))).toEqual(daysInMonth);
    await context.close();
  });

  it("the calendar goes back month by month and opens a day's digest", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}`);
    await page.locator("aside").getByRole("link", { name: t("calendar.previousMonth") }).click();
    await page.waitForURL(/month=/);
    const month = new URL(page.url()).searchParams.get("month")!;
    const earlier = digests.filter((d) => d.date < latest.date.slice(0, 7)).at(-1)!;
    expect(month).toBe(earlier.date.slice(0, 7));
    await page.locator(`aside [data-digest-day="${earlier.date}"]`).click();
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
      // The reader's language leads: the heading in it, the other title below.
      const heading = article.locator("h2");
      const other = article.locator("h2 + p");
      const [first, second] = locale === "ko" ? [["ko", paper.titleKo], ["en", paper.title]] : [["en", paper.title], ["ko", paper.titleKo]];
      expect([await heading.getAttribute("lang"), await heading.innerText()]).toEqual(first);
      expect([await other.getAttribute("lang"), await other.innerText()]).toEqual(second);
      // The abstract opens in place, in the reader's language, and links both side by side.
      await article.locator("summary").click();
      const abstract = article.locator(`div.dp-abs[lang="${locale}"]`);
      // Shown as read: TeX markup set (``시소 현상'' as quotes, 3\% as 3%), text otherwise as stored.
      if (locale === "ko") expect((await abstract.innerText()).replace(/\s+/g, " ").trim()).toBe(plainText(paper.abstractKo!));
      else expect(await abstract.innerText()).toContain(paper.abstractEn.split("\n")[0]!.slice(0, 80));
      expect(await article.getByRole("link", { name: t("digestList.sideBySide") }).getAttribute("href")).toBe(`/${locale}/papers/${paper.arxivId}`);
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
    for (const path of [`/${locale}/digests/not-a-date`, `/${locale}/digests/2025-02-30`, `/${locale}/papers/9999.99999`, `/${locale}/no/such/page`]) {
      const response = await page.goto(`${base}${path}`);
      expect([path, response?.status()]).toEqual([path, 404]);
      await expect.poll(() => page.locator("h1").innerText()).toBe(t("notFound.title"));
      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
    }
    await context.close();
  });

  it("a day without a digest answers 404 with the nearest days that have one", async () => {
    const { context, page } = await openPage({ width: widths.phone });
    const [first, second] = digests;
    // A day between the first two digests, and one before them all.
    const between = new Date(Date.parse(`${first!.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const response = await page.goto(`${base}/${locale}/digests/${between}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toBe(t("notFound.noDigest", { date: formatDay(between, locale) }));
    const offered = await page.locator("[data-nearest-day]").evaluateAll((links) => links.map((a) => a.getAttribute("data-nearest-day")));
    expect(offered).toEqual([first!.date, second!.date, digests[2]!.date]);
    await screenshot(page, `missing-day-${locale}-phone`);
    await page.locator(`[data-nearest-day="${second!.date}"]`).click();
    await page.waitForURL(`${base}/${locale}/digests/${second!.date}`);
    await page.goto(`${base}/${locale}/digests/1999-01-01`);
    expect(await page.locator("[data-nearest-day]").evaluateAll((links) => links.map((a) => a.getAttribute("data-nearest-day")))).toEqual([first!.date, second!.date]);
    await context.close();
  });

  it("on a phone the day picker sits above the digest, on the digest pages too, and opens the calendar", async () => {
    const { context, page } = await openPage({ width: widths.phone });
    for (const path of [`/${locale}`, `/${locale}/digests/${middle.date}`]) {
      await page.goto(`${base}${path}`);
      const picker = page.locator("details[data-day-picker]");
      const top = (await picker.boundingBox())!;
      expect(top.y).toBeLessThan((await page.locator("#digest-heading").boundingBox())!.y);
      expect(top.y).toBeLessThan(300);
      await picker.locator("summary").click();
      const day = picker.locator(`[data-digest-day]`).first();
      expect(await day.isVisible()).toBe(true);
    }
    await picker(page).locator('a[rel="prev"]').click();
    await page.waitForURL(new RegExp(`/${locale}/digests/${middle.date}\\?month=`));
    expect(await page.locator("details[data-day-picker]").getAttribute("open")).not.toBeNull();
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

const picker = (page: Page) => page.locator("details[data-day-picker]");

describe("layout", () => {
  it("a digest fits a phone's width with an abstract open", async () => {
    const { context, page } = await openPage({ width: widths.phone });
    await page.goto(`${base}/ko/digests/${middle.date}`);
    const article = page.locator("main ol > li article").first();
    await article.locator("summary").click();
    const abstract = (await article.locator('div.dp-abs[lang="ko"]').boundingBox())!;
    expect(abstract.x + abstract.width).toBeLessThanOrEqual(widths.phone);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(widths.phone);
    await context.close();
  });

  it("keeps Korean words whole when lines wrap", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/ko/digests/${middle.date}`);
    const wordBreak = await page.locator('div.dp-abs[lang="ko"]').first().evaluate((el) => getComputedStyle(el).wordBreak);
    expect(wordBreak).toBe("keep-all");
    await context.close();
  });

  for (const dark of [false, true]) {
    it(`has no serious or critical axe-core violations on any kind of page (${dark ? "dark" : "light"})`, async () => {
      const paths = ["", `/digests/${middle.date}`, `/papers/${middle.papers[0]!.arxivId}`, "/concepts", "/concepts/lora", "/search", "/search?q=LoRA", `/search?q=${encodeURIComponent("검색 증강 생성")}`, "/search?q=LoRA+qwxzv", "/digests/1999-01-01"];
      for (const locale of locales) {
        const context = await browser().newContext({ colorScheme: dark ? "dark" : "light", viewport: { width: widths.desktop, height: 900 } });
        const page = await context.newPage();
        for (const path of paths) {
          await page.goto(`${base}/${locale}${path}`);
          expect([path, await seriousViolations(page)]).toEqual([path, []]);
        }
        await context.close();
      }
    });
  }

  it("fits every page in both languages to phone and desktop width, saving a screenshot of each", async () => {
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
          expect(await page.locator("html").getAttribute("lang"), name).toBe(locale);
          // Nothing wider than the screen: no sideways scrolling.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} ${locale}`).toBeLessThanOrEqual(width);
          await screenshot(page, `${name}-${locale}-${widthName}`);
        }
        await context.close();
      }
    }
  });
});
