import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/get-translator";
import type { TranslationView } from "@/lib/queries/paper-view";
import { LISTED_CHECKS, TranslationNote } from "./TranslationNote";

const translation = (findings: number): TranslationView => ({
  method: "machine",
  by: null,
  stale: false,
  machine: null,
  tldrKo: null,
  checks: Array.from({ length: findings }, (_, i) => ({
    kind: "number" as const,
    sentence: i + 1,
    message: `the Korean lacks ${i}`,
    evidence: String(i),
  })),
});

describe("TranslationNote on a paper page", () => {
  it("lists each finding with a link to its sentence while there are few", () => {
    const t = getTranslator("ko");
    const html = renderToStaticMarkup(
      <TranslationNote translation={translation(3)} locale="ko" t={t} detail />,
    );
    expect(html.match(/<li /g)).toHaveLength(3);
    expect(html).toContain('href="#s3"');
    expect(html).not.toMatch(/외 \d+건/);
  });

  it("lists the first findings of a translation with very many, and counts the rest", () => {
    for (const locale of ["ko", "en"] as const) {
      const t = getTranslator(locale);
      const html = renderToStaticMarkup(
        <TranslationNote translation={translation(1000)} locale={locale} t={t} detail />,
      );
      expect(html.match(/<li /g)).toHaveLength(LISTED_CHECKS);
      expect(html).toContain(`data-checks="1000"`);
      expect(html).toContain(t("translation.checks", { count: 1000 }));
      expect(html).toContain(`>${t("translation.checksMore", { count: 1000 - LISTED_CHECKS })}<`);
      expect(html).not.toContain(`href="#s${LISTED_CHECKS + 1}"`);
    }
  });
});
