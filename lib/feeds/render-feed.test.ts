import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import type { FeedPaper } from "./feed-papers.ts";
import { renderFeed, type FeedDescription } from "./render-feed.ts";

const paper = (n: number, korean: boolean): FeedPaper => ({
  id: n,
  arxivId: `2505.0000${n}`,
  arxivVersion: 1,
  title: `Attention <script>alert(${n})</script> & Sinks ${n}`,
  titleKo: korean ? `어텐션 싱크 ${n}` : null,
  abstractEn: `We study sinks ${n}.\n\nSecond paragraph.`,
  abstractKo: korean ? `우리는 싱크 ${n}을 연구한다.` : null,
  authors: ["A. Author", "B. Author"],
  categories: ["cs.CL"],
  classes: [],
  primaryCategory: "cs.CL",
  publishedAt: "2025-05-19",
  comment: null,
  translation: korean
    ? { method: "manual", by: null, stale: false, machine: null, checks: [], tldrKo: null }
    : null,
  links: null,
  codeUrl: null,
  projectUrl: null,
  huggingFace: null,
  concepts: [
    {
      slug: "lora",
      nameEn: "LoRA",
      nameKo: "LoRA(저랭크 적응)",
      score: 3,
      method: "lexical",
      implied: false,
      evidence: [],
    },
    {
      slug: "peft",
      nameEn: "PEFT",
      nameKo: "PEFT",
      score: 0,
      method: "implied",
      implied: true,
      evidence: [],
    },
  ],
  mentions: [],
  day: "2025-05-20",
});

const description = (locale: "ko" | "en"): FeedDescription => ({
  locale,
  title: "PaperBridge",
  description: "Daily papers",
  pageUrl: `https://pb.example/${locale}`,
  feedUrl: `https://pb.example/${locale}/feed.xml`,
  paperUrl: (p) => `https://pb.example/${locale}/papers/${p.arxivId}`,
  copyright: "arXiv metadata",
});

describe("renderFeed", () => {
  const parser = new Parser<Record<string, unknown>, { "content:encoded": string }>({
    customFields: { item: ["content:encoded"] },
  });
  const papers = [paper(1, true), paper(2, false)];

  it("writes RSS 2.0 a feed reader parses: titles in the feed's language, the other title and the abstract in the content", async () => {
    const { body, type } = renderFeed(description("ko"), papers, "rss");
    expect(type).toBe("application/rss+xml; charset=utf-8");
    const feed = await parser.parseString(body);
    expect(feed.items.map((i) => i.title)).toEqual([
      "어텐션 싱크 1",
      "Attention <script>alert(2)</script> & Sinks 2",
    ]);
    expect(feed.items[0]!["content:encoded"]).toBe(
      '<p lang="en"><strong>Attention &lt;script&gt;alert(1)&lt;/script&gt; &amp; Sinks 1</strong></p><p lang="ko">우리는 싱크 1을 연구한다.</p>',
    );
    expect(feed.items.map((i) => i.content)).toEqual([
      "우리는 싱크 1을 연구한다.",
      "We study sinks 2.\n\nSecond paragraph.",
    ]);
    expect(feed.items[0]!.categories).toEqual(["LoRA(저랭크 적응)"]);
    expect(feed.items.map((i) => i.isoDate)).toEqual([
      "2025-05-20T00:00:00.000Z",
      "2025-05-20T00:00:00.000Z",
    ]);
    // Markup in a title is text: only the title element (plain text in RSS) holds it unescaped.
    expect(body.match(/<script>/g)).toHaveLength(1);
  });

  it("writes Atom with its titles as escaped HTML, and the English feed in English", async () => {
    const { body } = renderFeed(description("en"), papers, "atom");
    const feed = await parser.parseString(body);
    expect(feed.items.map((i) => i.title)).toEqual([
      "Attention &lt;script&gt;alert(1)&lt;/script&gt; &amp; Sinks 1",
      "Attention &lt;script&gt;alert(2)&lt;/script&gt; &amp; Sinks 2",
    ]);
    expect(feed.items[0]!.content).toContain('<p lang="ko"><strong>어텐션 싱크 1</strong></p>');
    expect(feed.items[0]!.content).toContain(
      '<p lang="en">We study sinks 1.</p><p lang="en">Second paragraph.</p>',
    );
  });

  it("writes JSON Feed with plain-text titles and summaries, byte for byte the same for the same papers", () => {
    const { body, type } = renderFeed(description("ko"), papers, "json");
    expect(type).toBe("application/feed+json; charset=utf-8");
    const feed = JSON.parse(body) as {
      version: string;
      items: { id: string; title: string; summary: string }[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1");
    expect(feed.items.map((i) => [i.id, i.title, i.summary])).toEqual([
      ["https://pb.example/ko/papers/2505.00001", "어텐션 싱크 1", "우리는 싱크 1을 연구한다."],
      [
        "https://pb.example/ko/papers/2505.00002",
        "Attention <script>alert(2)</script> & Sinks 2",
        "We study sinks 2.\n\nSecond paragraph.",
      ],
    ]);
    expect(renderFeed(description("ko"), papers, "json").body).toBe(body);
  });
});
