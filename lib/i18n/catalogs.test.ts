import { describe, expect, it } from "vitest";
import en from "./catalogs/en/common.json";
import ko from "./catalogs/ko/common.json";
import { getTranslator } from "./get-translator.ts";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("UI catalogs", () => {
  it("have the same keys in Korean and English", () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
  });

  it("have no empty strings", () => {
    for (const catalog of [en, ko]) {
      for (const key of keys(catalog)) {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
        expect(typeof value === "string" && value.trim().length > 0, key).toBe(true);
      }
    }
  });

  it("hold no operator instructions: no command, option or environment variable", () => {
    for (const catalog of [en, ko]) {
      for (const key of keys(catalog)) {
        const value = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
        expect(value, key).not.toMatch(/\bnpm\b|\bnpx\b|(^|\s)--[a-z]|\b[A-Z]{2,}_[A-Z_]{2,}\b/);
      }
    }
  });

  it("pluralise and interpolate per language", () => {
    expect(getTranslator("en")("digest.paperCount", { count: 1 })).toBe("1 paper");
    expect(getTranslator("en")("digest.paperCount", { count: 5 })).toBe("5 papers");
    expect(getTranslator("ko")("digest.paperCount", { count: 5 })).toBe("논문 5편");
  });
});
