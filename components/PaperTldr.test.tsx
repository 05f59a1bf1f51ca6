import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/get-translator";
import type { DigestItem } from "@/lib/queries/get-digest-page";
import type { TranslationView } from "@/lib/queries/paper-view";
import { DigestPaper } from "./DigestPaper";
import { PaperTldr, TldrLegend } from "./PaperTldr";

const machine: TranslationView = {
  method: "machine",
  by: "openai gpt-4o-mini",
  stale: false,
  machine: {
    engine: "openai",
    model: "gpt-4o-mini",
    translatedAt: "2026-12-04T10:00:00.000Z",
    glossaryVersion: "abc",
    promptVersion: "ko-abstract-1",
  },
  checks: [],
  tldrKo: "이 논문은 KV 캐시를 $15\\%$로 줄이는 <b>SamKV</b>를 제안한다.",
};

describe("PaperTldr", () => {
  it("labels the TL;DR as machine-made in the reader's language and marks it Korean", () => {
    for (const locale of ["ko", "en"] as const) {
      const t = getTranslator(locale);
      const html = renderToStaticMarkup(<PaperTldr translation={machine} t={t} />);
      expect(html).toContain(`>${t("translation.tldr")}</span>`);
      expect(html).toMatch(/<span lang="ko">이 논문은 KV 캐시를 /);
      expect(html).toContain("&lt;b&gt;SamKV&lt;/b&gt;");
    }
  });

  it("is in a digest's paper card, under the titles", () => {
    const item: DigestItem = {
      id: 1,
      arxivId: "2508.11661",
      position: 1,
      title: "Sparse Attention",
      titleKo: "희소 어텐션",
      primaryCategory: "cs.CL",
      lineEn: null,
      lineKo: null,
      abstractEn: "We study it.",
      abstractKo: "연구한다.",
      translation: machine,
      hfUpvotes: null,
      concepts: [],
      detail: null,
    };
    const html = renderToStaticMarkup(
      <DigestPaper item={item} locale="ko" t={getTranslator("ko")} level="h2" />,
    );
    expect(html.indexOf("data-tldr")).toBeGreaterThan(html.indexOf("희소 어텐션"));
    expect(html.indexOf("data-tldr")).toBeLessThan(html.indexOf("연구한다."));
  });

  it("says once, in the reader's language, what the label means", () => {
    for (const locale of ["ko", "en"] as const) {
      const t = getTranslator(locale);
      const html = renderToStaticMarkup(<TldrLegend t={t} />);
      expect(html).toContain(`>${t("translation.tldr")}</span>${t("translation.tldrHint")}</p>`);
    }
  });

  it("shows nothing without a TL;DR", () => {
    expect(
      renderToStaticMarkup(
        <PaperTldr translation={{ ...machine, tldrKo: null }} t={getTranslator("ko")} />,
      ),
    ).toBe("");
    expect(renderToStaticMarkup(<PaperTldr translation={null} t={getTranslator("ko")} />)).toBe("");
  });
});
