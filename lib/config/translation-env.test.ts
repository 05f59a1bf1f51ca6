import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";
import { readTranslationEnv } from "./translation-env.ts";

describe("translation settings", () => {
  it("are off by default, with engine defaults when on", () => {
    expect(readTranslationEnv({})).toMatchObject({ engine: "off", model: null, tldr: true });
    expect(
      readTranslationEnv({ TRANSLATION_ENGINE: "openai", TRANSLATION_API_KEY: "k" }),
    ).toMatchObject({
      model: "gpt-4o-mini",
      baseUrl: "https://api.openai.com/v1",
      concurrency: 4,
      priceInput: null,
    });
    expect(
      readTranslationEnv({
        TRANSLATION_ENGINE: "openai",
        TRANSLATION_BASE_URL: "http://localhost:11434/v1",
        TRANSLATION_MODEL: "qwen2.5:14b",
      }),
    ).toMatchObject({ apiKey: null, model: "qwen2.5:14b" });
    expect(
      readTranslationEnv({ TRANSLATION_ENGINE: "deepl", DEEPL_AUTH_KEY: "d:fx" }),
    ).toMatchObject({ apiKey: "d:fx", baseUrl: null, priceCharacters: 25, concurrency: 2 });
    expect(readTranslationEnv({ TRANSLATION_ENGINE: "local", MODELS_DIR: "/m" })).toMatchObject({
      model: "Xenova/nllb-200-distilled-600M",
      localDtype: "q8",
      modelsDir: "/m",
      concurrency: 1,
    });
  });

  it("name the variable that is wrong, also at start-up with the others", () => {
    expect(() => readTranslationEnv({ TRANSLATION_ENGINE: "google" })).toThrow(
      /^TRANSLATION_ENGINE: must be one of openai, deepl, local, off$/,
    );
    expect(() => readTranslationEnv({ TRANSLATION_ENGINE: "openai" })).toThrow(
      /^TRANSLATION_API_KEY: is required for api\.openai\.com/,
    );
    expect(() => readTranslationEnv({ TRANSLATION_ENGINE: "deepl" })).toThrow(
      /^TRANSLATION_API_KEY: is required for DeepL/,
    );
    expect(() =>
      readTranslationEnv({ TRANSLATION_RPM: "-1", TRANSLATION_CONCURRENCY: "many" }),
    ).toThrow(/TRANSLATION_CONCURRENCY: .*; TRANSLATION_RPM: /);
    expect(() => readTranslationEnv({ TRANSLATION_BASE_URL: "localhost:11434" })).toThrow(
      /^TRANSLATION_BASE_URL: must be a URL/,
    );
    expect(() => readEnv({ PORT: "x", TRANSLATION_TLDR: "maybe" })).toThrow(
      /^Invalid environment: PORT: .*; TRANSLATION_TLDR: must be on or off$/,
    );
  });
});
