import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate-locale.ts";

describe("negotiateLocale", () => {
  it("follows Accept-Language when the reader has not chosen", () => {
    expect(negotiateLocale({ acceptLanguage: "en-US,en;q=0.9,ko;q=0.8" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "ko-KR,ko;q=0.9,en;q=0.5" })).toBe("ko");
  });

  it("lets the cookie override the browser", () => {
    expect(negotiateLocale({ cookie: "ko", acceptLanguage: "en-US" })).toBe("ko");
  });

  it("falls back to Korean for unknown languages and bad cookies", () => {
    expect(negotiateLocale({ acceptLanguage: "fr-FR,de;q=0.5" })).toBe("ko");
    expect(negotiateLocale({ cookie: "xx" })).toBe("ko");
    expect(negotiateLocale({})).toBe("ko");
  });
});
