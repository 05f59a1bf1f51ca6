import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/get-translator";
import type { DigestItem } from "@/lib/queries/get-digest-page";
import { DigestPaper } from "./DigestPaper";

const hostile: DigestItem = {
  id: 1,
  arxivId: "2501.00001",
  position: 3,
  title: "<script>alert(1)</script>",
  titleKo: "어텐션 <i>싱크</i>",
  primaryCategory: "cs.CL",
  lineEn: null,
  lineKo: null,
  abstractEn: 'We show <img src=x onerror="alert(1)"> that $O(n^2)$ holds.\n\nSecond paragraph.',
  abstractKo: "<b>굵게</b> 표시하지 않는다.",
  translation: {
    method: "machine",
    by: null,
    stale: true,
    machine: null,
    checks: [],
    tldrKo: "이 논문은 <b>어텐션 싱크</b>를 줄인다.",
  },
  hfUpvotes: 12,
  concepts: [{ slug: "lora", nameEn: "LoRA (low-rank adaptation)", nameKo: "LoRA(저랭크 적응)" }],
  detail: {
    authors: ["A. Author", "B. Author"],
    authorCount: 9,
    arxivVersion: 2,
    codeUrl: "https://github.com/a/b",
    projectUrl: null,
  },
};

describe("DigestPaper", () => {
  const html = renderToStaticMarkup(
    <DigestPaper item={hostile} locale="ko" t={getTranslator("ko")} level="h3" />,
  );
  const english = renderToStaticMarkup(
    <DigestPaper item={hostile} locale="en" t={getTranslator("en")} level="h3" />,
  );

  it("shows markup in titles and abstracts as text, never as HTML", () => {
    for (const page of [html, english]) {
      expect(page).not.toMatch(/<(img|b|i|script)[\s>]/);
      expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    expect(html).toContain("&lt;b&gt;굵게&lt;/b&gt;");
    expect(english).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("marks each block with its language: the reader's title first, the abstract in the reader's language, paragraphs kept", () => {
    expect(html).toMatch(/<h3 lang="ko" class="dp-title">/);
    expect(html).toMatch(/<p lang="en" class="dp-sub">/);
    expect(html).toMatch(/<div lang="ko" class="[^"]*dp-abs"><p>&lt;b&gt;굵게/);
    expect(html).not.toContain("Second paragraph");
    expect(english).toMatch(/<h3 lang="en" class="dp-title">/);
    expect(english).toMatch(
      /<div lang="en" class="[^"]*dp-abs"><p>We show .*<\/p><p>Second paragraph.<\/p><\/div>/,
    );
  });

  it("links both languages side by side when there is Korean, and says when there is none", () => {
    expect(html).toContain(
      `<a href="/ko/papers/2501.00001">${getTranslator("ko")("digestList.sideBySide")}</a>`,
    );
    const untranslated = renderToStaticMarkup(
      <DigestPaper
        item={{ ...hostile, titleKo: null, abstractKo: null, translation: null }}
        locale="ko"
        t={getTranslator("ko")}
        level="h3"
      />,
    );
    expect(untranslated).toMatch(/<div lang="en" class="[^"]*dp-abs">/);
    expect(untranslated).toContain(getTranslator("ko")("digestList.noKorean"));
    expect(untranslated).not.toContain(getTranslator("ko")("digestList.sideBySide"));
  });

  it("opens the abstracts in place from the first sentence, with no script", () => {
    const listed = renderToStaticMarkup(
      <DigestPaper
        item={{
          ...hostile,
          detail: null,
          lineEn: "We show <img src=x>",
          lineKo: "<b>굵게</b> 표시하지 않는다.",
        }}
        locale="ko"
        t={getTranslator("ko")}
        level="h3"
      />,
    );
    expect(listed).toMatch(
      /<details class="dp-more"><summary><span class="dp-lbl">초록 보기<\/span><span lang="ko" class="dp-line">&lt;b&gt;굵게/,
    );
    expect(listed).not.toContain("A. Author");
  });

  it("gives a highlight its authors, links and upvotes, and labels a stale machine translation", () => {
    expect(html).toContain("A. Author, B. Author</span> 외 7명");
    expect(html).toContain('href="https://arxiv.org/abs/2501.00001"');
    expect(html).toContain('href="https://github.com/a/b"');
    expect(html).toContain('href="https://huggingface.co/papers/2501.00001"');
    expect(html).toContain(getTranslator("ko")("paper.staleTranslation"));
    expect(html).toContain(`${getTranslator("ko")("translation.machineUnknown")}</p>`);
  });

  it("shows the TL;DR under the titles, before the abstract, as Korean text", () => {
    for (const page of [html, english]) {
      expect(page.indexOf("data-tldr")).toBeGreaterThan(page.indexOf("dp-sub"));
      expect(page.indexOf("data-tldr")).toBeLessThan(page.indexOf("dp-more"));
      expect(page).toContain(
        '<span lang="ko">이 논문은 &lt;b&gt;어텐션 싱크&lt;/b&gt;를 줄인다.</span>',
      );
    }
  });
});
