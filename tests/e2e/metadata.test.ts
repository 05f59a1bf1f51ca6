import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatDay } from "../../lib/i18n/format-date.ts";
import type { Locale } from "../../lib/i18n/locales.ts";
import { launchChromium } from "../support/browser.ts";
import { sampleDigests } from "../support/sample-content.ts";

// What a shared link, a search engine and a reference manager read from the pages.
const base = inject("appUrls").sqlite;
const locales: Locale[] = ["ko", "en"];
const digest = sampleDigests().at(-1)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const meta = (page: Page, key: string) =>
  page
    .locator(`head meta[property="${key}"], head meta[name="${key}"]`)
    .first()
    .getAttribute("content");
const link = (page: Page, selector: string) =>
  page.locator(`head link${selector}`).first().getAttribute("href");

describe.each(locales)("page metadata in %s", (locale) => {
  const other = locale === "ko" ? "en" : "ko";

  it("gives each kind of page its own title and description in the page's language, with canonical and hreflang links", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pages = [
      `/${locale}`,
      `/${locale}/digests/${digest.date}`,
      `/${locale}/papers/2504.08838`,
      `/${locale}/concepts`,
      `/${locale}/concepts/lora`,
    ];
    const descriptions = new Set<string>();
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      const description = (await meta(page, "description"))!;
      descriptions.add(description);
      expect([path, await meta(page, "og:description")]).toEqual([path, description]);
      expect([path, await meta(page, "twitter:card")]).toEqual([path, "summary"]);
      expect([path, (await meta(page, "og:title"))!.length]).toEqual([path, expect.any(Number)]);
      expect([path, await meta(page, "og:locale")]).toEqual([
        path,
        locale === "ko" ? "ko_KR" : "en_US",
      ]);
      expect([path, await link(page, '[rel="canonical"]')]).toEqual([path, `${base}${path}`]);
      expect([path, await link(page, `[rel="alternate"][hreflang="${other}"]`)]).toEqual([
        path,
        `${base}/${other}${path.slice(3)}`,
      ]);
      if (locale === "ko") expect([path, /[가-힣]/.test(description)]).toEqual([path, true]);
    }
    expect(descriptions.size).toBe(pages.length);
    await page.goto(`${base}/${locale}/digests/${digest.date}`);
    expect(await meta(page, "og:title")).toContain(formatDay(digest.date, locale));
    await page.goto(`${base}/${locale}/papers/2504.08838`);
    expect(await page.title()).toMatch(
      locale === "ko" ? /^SD²: 자기 증류/ : /^SD²: Self-Distilled/,
    );
    expect(await meta(page, "og:type")).toBe("article");
    expect(await meta(page, "description")).not.toMatch(/\$|\\/);
    await context.close();
  });

  it("puts citation tags and a BibTeX entry to copy or download on a paper page", async () => {
    const context = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const page = await context.newPage();
    await page.goto(`${base}/${locale}/papers/2508.11661`);
    expect(await meta(page, "citation_title")).toBe(
      "Sparse Attention across Multiple-context KV Cache",
    );
    expect(
      await page
        .locator('head meta[name="citation_author"]')
        .evaluateAll((tags) => tags.map((t) => t.getAttribute("content"))),
    ).toEqual(["Ziyi Cao", "Qingyi Si", "Jingbin Zhang", "Bingquan Liu"]);
    expect(await meta(page, "citation_pdf_url")).toBe("https://arxiv.org/pdf/2508.11661");
    const bibtex = await page.locator("#bibtex").innerText();
    expect(bibtex).toMatch(/^@misc\{cao2025sparse,/);
    await page.locator("[data-copy=bibtex]").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      bibtex.endsWith("\n") ? bibtex : `${bibtex}\n`,
    );
    const download = await fetch(
      `${base}${await page.getByRole("link", { name: /\.bib/ }).getAttribute("href")}`,
    );
    expect(download.headers.get("content-type")).toContain("application/x-bibtex");
    expect(download.headers.get("content-disposition")).toBe(
      'attachment; filename="cao2025sparse.bib"',
    );
    expect(await download.text()).toBe(bibtex.endsWith("\n") ? bibtex : `${bibtex}\n`);
    await context.close();
  });
});

describe("site files", () => {
  it("serves a favicon, robots.txt and a sitemap of both languages", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/ko`);
    const icon = (await link(page, '[rel="icon"]'))!;
    const favicon = await fetch(new URL(icon, base));
    expect([favicon.status, favicon.headers.get("content-type")]).toEqual([200, "image/svg+xml"]);
    const robots = await (await fetch(`${base}/robots.txt`)).text();
    expect(robots).toContain("Disallow: /api/");
    expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
    // An index of sitemap files (all of them fit one here), each kept until the data changes.
    const index = await fetch(`${base}/sitemap.xml`);
    expect([index.status, index.headers.get("content-type")]).toEqual([
      200,
      "application/xml; charset=utf-8",
    ]);
    const files = [...(await index.text()).matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)];
    expect(files.map((m) => m[1])).toEqual([`${base}/sitemaps/1.xml`]);
    const sitemap = await fetch(`${base}/sitemaps/1.xml`);
    expect(sitemap.status).toBe(200);
    const xml = await sitemap.text();
    expect(xml).toContain(`<loc>${base}/ko/digests/${digest.date}</loc>`);
    expect(xml).toContain(`<loc>${base}/en/papers/2504.08838</loc>`);
    expect(xml).toContain(`hreflang="en" href="${base}/en/concepts/lora"`);
    const again = await fetch(`${base}/sitemaps/1.xml`, {
      headers: { "if-none-match": sitemap.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
    for (const missing of ["/sitemaps/2.xml", "/sitemaps/0.xml", "/sitemaps/1.txt"])
      expect([missing, (await fetch(`${base}${missing}`)).status]).toEqual([missing, 404]);
    expect((await fetch(`${base}/api/bibtex/9999.99999`)).status).toBe(404);
    await context.close();
  });
});
