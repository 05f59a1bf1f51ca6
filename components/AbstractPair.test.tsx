import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/get-translator";
import type { PaperView } from "@/lib/queries/paper-view";
import { AbstractPair } from "./AbstractPair";

const hostile: PaperView = {
  id: 1,
  arxivId: "2501.00001",
  arxivVersion: null,
  title: "<script>alert(1)</script>",
  titleKo: null,
  abstractEn: 'We show <img src=x onerror="alert(1)"> that $O(n^2)$ holds.\n\nSecond paragraph.',
  abstractKo: "<b>굵게</b> 표시하지 않는다.",
  authors: [],
  categories: [],
  primaryCategory: null,
  publishedAt: null,
  comment: null,
  translation: { method: "machine", by: null, stale: true },
  links: null,
  concepts: [],
  mentions: [],
};

describe("AbstractPair", () => {
  const html = renderToStaticMarkup(<AbstractPair paper={hostile} t={getTranslator("en")} />);

  it("shows markup in abstracts as text, never as HTML", () => {
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("&lt;b&gt;굵게&lt;/b&gt;");
  });

  it("marks each block with its language and keeps paragraphs", () => {
    expect(html).toMatch(/<div lang="en"[^>]*><p>We show .*<\/p><p>Second paragraph.<\/p><\/div>/);
    expect(html).toMatch(/<div lang="ko"/);
  });

  it("labels a stale machine translation", () => {
    expect(html).toContain(getTranslator("en")("paper.staleTranslation"));
    expect(html).toContain("Translation: machine");
  });
});
