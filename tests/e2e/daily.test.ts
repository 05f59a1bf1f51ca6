import Parser from "rss-parser";
import { describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { formatDay } from "../../lib/i18n/format-date.ts";
import { getTranslator } from "../../lib/i18n/get-translator.ts";
import type { Locale } from "../../lib/i18n/locales.ts";
import { seriousViolations } from "../support/axe.ts";
import { screenshot, suiteBrowser } from "../support/browser.ts";

// The app where the daily run published 20 May 2025 from the replayed listings, over the samples.
const base = inject("appUrls").daily;
const DAY = "2025-05-20";
const locales: Locale[] = ["ko", "en"];

const { openPage } = suiteBrowser();

async function dailyRun() {
  const { runs } = (await (await fetch(`${base}/api/ingest-runs`)).json()) as {
    runs: { format: string; date: string; details: Record<string, number> }[];
  };
  return runs.find((run) => run.format === "daily" && run.date === DAY)!;
}

const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);

describe.each(locales)("a daily digest at real volume in %s", (locale) => {
  const t = getTranslator(locale);

  it("opens with the highlights in order, then the rest compactly, page by page", async () => {
    const { details } = await dailyRun();
    const { context, page } = await openPage();
    const response = await page.goto(`${base}/${locale}/digests/${DAY}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator("#digest-highlights").innerText()).toBe(
      t("digestList.highlights", { count: 20 }),
    );
    const highlights = page.locator("#digest-highlights ~ ol article");
    expect(await highlights.count()).toBe(20);
    expect(await highlights.locator(".dp-num").allInnerTexts()).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1)),
    );
    expect(await page.locator("#digest-list").innerText()).toBe(
      t("digestList.rest", { count: details.published! - 20 }),
    );
    // Page 1 is the highlights': the list says how many follow and starts on the next page.
    expect(await page.locator("#digest-list ~ ol article").count()).toBe(0);
    // The first highlight is the most upvoted paper of the day on Hugging Face.
    expect(
      await highlights
        .first()
        .getByRole("link", { name: /Hugging Face/ })
        .getAttribute("href"),
    ).toMatch(/^https:\/\/huggingface\.co\/papers\/2505\./);

    await page.getByRole("link", { name: new RegExp(t("digestList.nextPage")) }).click();
    await page.waitForURL(`${base}/${locale}/digests/${DAY}?page=2`);
    expect(await page.locator("#digest-highlights").count()).toBe(0);
    const second = await page.locator("main article .dp-num").allInnerTexts();
    expect(second.slice(0, 3)).toEqual(["21", "22", "23"]);
    expect(second).toHaveLength(20);
    await context.close();
  });

  it("opens an abstract in place in the reader's language without JavaScript, and links both side by side", async () => {
    const { context, page } = await openPage({ javaScript: false });
    await page.goto(`${base}/${locale}/digests/${DAY}?ko=1`);
    const article = page.locator("main article").first();
    const abstract = article.locator(`div.dp-abs[lang="${locale}"]`);
    expect(await abstract.isVisible()).toBe(false);
    await article.locator("summary").click();
    expect(await abstract.isVisible()).toBe(true);
    if (locale === "ko") expect(await abstract.innerText()).toMatch(/[가-힣]{2}/);
    await article.getByRole("link", { name: t("digestList.sideBySide") }).click();
    await page.waitForURL(/\/papers\//);
    expect(await page.locator('#reader div[lang="ko"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it("filters by category, concept and Korean with a plain form", async () => {
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}/digests/${DAY}`);
    const option = page.locator('select[name="cat"] option[value="cs.LG"]');
    const [expected] = numbers((await option.innerText()).replace("cs.LG", ""));
    await page.locator('select[name="cat"]').selectOption("cs.LG");
    await page.getByRole("button", { name: t("digestList.apply") }).click();
    await page.waitForURL(/cat=cs\.LG/);
    expect(await page.locator("#digest-list").innerText()).toBe(
      t("digestList.matching", { count: expected }),
    );
    expect(await page.locator("#digest-highlights").count()).toBe(0);

    const concept = page.locator('select[name="concept"] option').nth(1);
    const [slug, label] = [await concept.getAttribute("value"), await concept.innerText()];
    await page.locator('select[name="concept"]').selectOption(slug!);
    await page.locator('select[name="cat"]').selectOption("");
    await page.getByRole("button", { name: t("digestList.apply") }).click();
    await page.waitForURL(new RegExp(`concept=${slug}`));
    expect(await page.locator("#digest-list").innerText()).toBe(
      t("digestList.matching", { count: numbers(label).at(-1) }),
    );

    await page.goto(`${base}/${locale}/digests/${DAY}`);
    await page.locator('input[name="ko"]').check();
    await page.getByRole("button", { name: t("digestList.apply") }).click();
    await page.waitForURL(/ko=1/);
    // The run translated the day's papers: each has Korean, 20 to a page.
    const { details } = await dailyRun();
    expect(await page.locator("#digest-list").innerText()).toBe(
      t("digestList.matching", { count: details.translated }),
    );
    const korean = page.locator("main article");
    expect(await korean.count()).toBe(Math.min(20, details.translated!));
    for (let i = 0; i < 5; i++)
      expect(
        await korean
          .nth(i)
          .getByRole("link", { name: t("digestList.sideBySide"), includeHidden: true })
          .count(),
      ).toBe(1);
    await page.getByRole("link", { name: t("digestList.clear") }).click();
    await page.waitForURL(`${base}/${locale}/digests/${DAY}`);
    await context.close();
  });

  it("the day's page says what its run found; the home, showing a newer day, does not", async () => {
    const { details } = await dailyRun();
    const { context, page } = await openPage();
    await page.goto(`${base}/${locale}/digests/${DAY}`);
    const summary = page.locator('section[aria-labelledby="daily-run"]');
    expect(await summary.locator("h2").innerText()).toBe(
      t("dailyRun.title", { date: formatDay(DAY, locale) }),
    );
    expect(await summary.locator("p").first().innerText()).toBe(
      t("dailyRun.found", {
        inScope: details.inScope,
        candidates: details.candidates,
        published: details.published,
        translated: details.translated,
      }),
    );
    expect(await summary.locator("a.dl-chip").count()).toBeGreaterThan(0);
    await page.goto(`${base}/${locale}/digests/${DAY}?page=2`);
    expect(await summary.count()).toBe(0);
    // The samples hold later days than the run's: the home opens with the newest of them.
    await page.goto(`${base}/${locale}`);
    const newest = await page.locator("time").first().getAttribute("datetime");
    expect(newest! > DAY).toBe(true);
    expect(await summary.count()).toBe(0);
    await context.close();
  });

  it("offers its feeds for autodiscovery, and the pages pass axe", async () => {
    const { context, page } = await openPage();
    for (const [path, feed] of [
      [`/${locale}/digests/${DAY}`, `/${locale}/feed.xml`],
      [`/${locale}`, `/${locale}/feed.xml`],
      [`/${locale}/concepts/agents`, `/${locale}/concepts/agents/feed.xml`],
      [`/${locale}/search?q=reasoning`, `/${locale}/search/feed.xml?q=reasoning`],
    ]) {
      await page.goto(`${base}${path}`);
      // Absolute, as every link of the page's metadata (SITE_URL, else the address asked at).
      expect([
        path,
        await page
          .locator('head link[rel="alternate"][type="application/rss+xml"]')
          .getAttribute("href"),
      ]).toEqual([path, `${base}${feed}`]);
      expect(
        await page
          .locator('head link[rel="alternate"][type="application/atom+xml"]')
          .getAttribute("href"),
      ).toMatch(/format=atom$/);
      expect(
        await page
          .locator('head link[rel="alternate"][type="application/feed+json"]')
          .getAttribute("href"),
      ).toMatch(/format=json$/);
    }
    await page.goto(`${base}/${locale}/digests/${DAY}`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("feeds", () => {
  const parser = new Parser();
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      body: await response.text(),
    };
  };

  it("the daily feed, in RSS, Atom and JSON Feed, carries each day's highlights with both titles and the abstract in the feed's language", async () => {
    const digest = (await (await fetch(`${base}/api/digests/${DAY}`)).json()) as {
      papers: {
        arxivId: string;
        title: string;
        titleKo: string | null;
        abstractEn: string;
        abstractKo: string | null;
      }[];
    };
    const top = digest.papers.slice(0, 20);
    for (const locale of locales) {
      const rss = await get(`/${locale}/feed.xml`);
      expect([rss.status, rss.type]).toEqual([200, "application/rss+xml; charset=utf-8"]);
      const feed = await parser.parseString(rss.body);
      expect(feed.title).toBe(getTranslator(locale)("feeds.dailyTitle"));
      const items = feed.items.filter((item) =>
        top.some((p) => item.link?.endsWith(`/papers/${p.arxivId}`)),
      );
      expect(items).toHaveLength(20);
      for (const [i, paper] of top.entries()) {
        const item = feed.items.find(
          (it) => it.link === `${base}/${locale}/papers/${paper.arxivId}`,
        )!;
        const korean = locale === "ko" && paper.titleKo;
        expect([i, item.title]).toEqual([i, korean ? paper.titleKo : paper.title]);
        // The other title leads the item's full content (content:encoded).
        if (paper.titleKo)
          expect((item as { "content:encoded"?: string })["content:encoded"]).toContain(
            escapeHtml(korean ? paper.title : paper.titleKo),
          );
        const abstract = locale === "ko" && paper.abstractKo ? paper.abstractKo : paper.abstractEn;
        expect(item.contentSnippet?.replace(/\s+/g, " ")).toContain(
          abstract.split("\n")[0]!.slice(0, 60),
        );
        expect(new Date(item.isoDate!).toISOString().slice(0, 10)).toBe(DAY);
      }

      const atom = await get(`/${locale}/feed.xml?format=atom`);
      expect([atom.status, atom.type]).toEqual([200, "application/atom+xml; charset=utf-8"]);
      const parsedAtom = await parser.parseString(atom.body);
      expect(parsedAtom.items.map((item) => item.link)).toEqual(
        feed.items.map((item) => item.link),
      );
      expect(parsedAtom.items.map((item) => item.title)).toEqual(
        feed.items.map((item) => escapeHtml(item.title!)),
      );

      const json = await get(`/${locale}/feed.xml?format=json`);
      expect([json.status, json.type]).toEqual([200, "application/feed+json; charset=utf-8"]);
      const parsedJson = JsonFeed.parse(JSON.parse(json.body));
      expect(parsedJson.items.map((item) => item.url)).toEqual(feed.items.map((item) => item.link));
      expect(parsedJson.items.map((item) => item.title)).toEqual(
        feed.items.map((item) => item.title),
      );
    }
  });

  it("a concept's feed and a search's feed hold the papers the pages show", async () => {
    const concept = await parser.parseString((await get("/ko/concepts/agents/feed.xml")).body);
    const page = (await (await fetch(`${base}/api/concepts/agents`)).json()) as {
      concept: { nameKo: string };
      papers: { arxivId: string }[];
    };
    expect(concept.title).toBe(
      getTranslator("ko")("feeds.conceptTitle", { name: page.concept.nameKo }),
    );
    expect(concept.items.slice(0, page.papers.length).map((item) => item.link)).toEqual(
      page.papers.map((p) => `${base}/ko/papers/${p.arxivId}`),
    );

    const search = await parser.parseString(
      (await get(`/en/search/feed.xml?q=${encodeURIComponent("reasoning cat:cs.CL")}`)).body,
    );
    const api = (await (
      await fetch(`${base}/api/search?q=${encodeURIComponent("reasoning cat:cs.CL")}&sort=date`)
    ).json()) as { results: { arxivId: string }[] };
    expect(search.items.map((item) => item.link)).toEqual(
      api.results.map((r) => `${base}/en/papers/${r.arxivId}`),
    );
    const korean = await parser.parseString(
      (await get(`/ko/search/feed.xml?q=${encodeURIComponent("에이전트")}`)).body,
    );
    expect(korean.title).toBe(getTranslator("ko")("feeds.searchTitle", { q: "에이전트" }));
  });

  it("answers a wrong request with the API's error shape", async () => {
    for (const [path, status, code] of [
      ["/ko/feed.xml?format=rdf", 400, "invalid_format"],
      ["/ko/concepts/no-such-concept/feed.xml", 404, "unknown_concept"],
      ["/en/search/feed.xml", 400, "empty_query"],
      ["/en/search/feed.xml?q=concept:nothing-here", 400, "unknown_concept"],
      [`/en/search/feed.xml?q=${"a".repeat(1001)}`, 400, "invalid_query"],
      ["/en/search/feed.xml?q=LoRA%00", 400, "malformed_request"],
      ["/ko/concepts/LoRA/feed.xml", 400, "invalid_slug"],
      [`/ko/feed.xml?format=${"x".repeat(100)}`, 400, "invalid_format"],
      ["/ko/concepts/%ff/feed.xml", 400, "malformed_request"],
    ] as const) {
      const response = await get(path);
      expect([
        path,
        response.status,
        (JSON.parse(response.body) as { error: { code: string } }).error.code,
      ]).toEqual([path, status, code]);
    }
  });
});

describe("feeds as the API is served", () => {
  it("carry an ETag, answer 304 while nothing changed, and carry the API's security headers", async () => {
    for (const path of ["/ko/feed.xml", "/en/concepts/agents/feed.xml?format=atom"]) {
      const first = await fetch(`${base}${path}`);
      expect(first.status).toBe(200);
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get("cache-control")).toBe("public, max-age=600");
      expect(first.headers.get("content-security-policy")).toBe(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      );
      expect(first.headers.get("x-content-type-options")).toBe("nosniff");
      expect(first.headers.get("x-frame-options")).toBe("DENY");
      const again = await fetch(`${base}${path}`, { headers: { "If-None-Match": etag! } });
      expect([path, again.status, await again.text()]).toEqual([path, 304, ""]);
    }
    // Links follow the address the feed was asked at, so that one is its own entry.
    const proxied = await fetch(`${base}/ko/feed.xml`, {
      headers: { "X-Forwarded-Host": "papers.example.org", "X-Forwarded-Proto": "https" },
    });
    expect(await proxied.text()).toContain("https://papers.example.org/ko/papers/");
  });

  it("refuse other methods as the request gate does", async () => {
    const response = await fetch(`${base}/ko/feed.xml`, { method: "POST" });
    expect([response.status, response.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
  });
});

describe("health", () => {
  it("says the database answers and when the daily run last succeeded, naming no server path", async () => {
    const response = await fetch(`${base}/api/health`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      status: "ok",
      database: { reachable: true },
      daily: { lastRun: { date: DAY, status: "succeeded" }, lastSucceeded: { date: DAY } },
    });
    expect(text).not.toContain(process.cwd());
    expect(text).not.toMatch(/"\/(tmp|home|work|var)\//);
    const samplesOnly = await (await fetch(`${inject("appUrls").sqlite}/api/health`)).json();
    expect(samplesOnly).toMatchObject({
      status: "ok",
      lastIngestRun: { status: "succeeded" },
      daily: { lastRun: null, lastSucceeded: null },
    });
    expect(samplesOnly.lastIngestRun).not.toHaveProperty("source");
  });
});

describe("screenshots", () => {
  it("saves the daily digest, its filters and an open abstract, and the home page, in both languages at phone and desktop width", async () => {
    for (const locale of locales) {
      for (const [width, name] of [
        [390, "phone"],
        [1280, "desktop"],
      ] as const) {
        const { context, page } = await openPage({ width });
        await page.goto(`${base}/${locale}/digests/${DAY}`);
        await page.locator("main article summary").nth(19).click();
        await screenshot(page, `daily-digest-${locale}-${name}`);
        await page.goto(`${base}/${locale}/digests/${DAY}?ko=1&cat=cs.CL`);
        await screenshot(page, `daily-digest-filtered-${locale}-${name}`);
        await page.goto(`${base}/${locale}`);
        await screenshot(page, `daily-home-${locale}-${name}`);
        await context.close();
      }
    }
  });
});

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** What JSON Feed 1 requires of a feed and its items (jsonfeed.org/version/1). */
const JsonFeed = z.object({
  version: z.literal("https://jsonfeed.org/version/1"),
  title: z.string().min(1),
  home_page_url: z.string().url(),
  feed_url: z.string().url(),
  items: z.array(
    z.object({
      id: z.string().min(1),
      url: z.string().url(),
      title: z.string().min(1),
      content_html: z.string().min(1),
      date_modified: z.string(),
    }),
  ),
});
