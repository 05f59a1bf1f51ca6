// The DeepL engine through deepl-node against a local server speaking DeepL's REST API.
import { afterEach, describe, expect, it } from "vitest";
import { readTranslationEnv } from "../../lib/config/translation-env.ts";
import { EngineError } from "../../lib/translation/engine.ts";
import { deeplEngine, deeplGlossaryEntries } from "../../lib/translation/engines/deepl-engine.ts";
import { loadCheckSet } from "../../lib/translation/checks/load-check-set.ts";
import { loadGlossary } from "../../lib/translation/glossary.ts";
import type { RetryPolicy } from "../../lib/translation/retry.ts";
import { translatePaper } from "../../lib/translation/translate-paper.ts";
import { sentenceTexts } from "../../lib/text/sentence-alignment.ts";
import { splitSentences } from "../../lib/text/split-sentences.ts";
import {
  deeplKorean,
  startFakeDeeplServer,
  type DeeplBehaviour,
} from "../support/fake-deepl-server.ts";

const glossary = loadGlossary();
const papers = loadCheckSet();
const POINTER = papers.find((p) => p.id === "2508.02631")!;
const SAMKV = papers.find((p) => p.id === "2508.11661")!;
const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function engineFor(
  script: DeeplBehaviour[],
  fallback?: DeeplBehaviour,
  env: Record<string, string> = {},
) {
  const server = await startFakeDeeplServer(script, fallback);
  servers.push(server);
  const delays: number[] = [];
  const retry: RetryPolicy = {
    maxRetries: 3,
    baseDelayMs: 500,
    maxDelayMs: 60_000,
    sleep: async (ms) => void delays.push(ms),
  };
  const settings = readTranslationEnv({
    TRANSLATION_ENGINE: "deepl",
    TRANSLATION_API_KEY: "test-key:fx",
    TRANSLATION_BASE_URL: server.url,
    ...env,
  });
  return { server, delays, settings, engine: deeplEngine(settings, glossary, retry) };
}

describe("DeepL engine", () => {
  it("sends one text per sentence with placeholders as XML tags and the glossary, and gets one result per text", async () => {
    const { server, engine } = await engineFor([]);
    const result = await translatePaper(engine, glossary, POINTER);
    const [request] = server.translations;
    const english = splitSentences(POINTER.abstractEn, "en");
    expect(request!.texts).toHaveLength(english.length + 1);
    expect(request!.params.get("source_lang")).toBe("en");
    expect(request!.params.get("target_lang")).toBe("ko");
    expect(request!.params.get("tag_handling")).toBe("xml");
    expect(request!.params.get("glossary_id")).toBe("g-1");
    expect(request!.texts[2]).toMatch(/<x i="\d+"\/>/);
    expect(request!.texts[2]).not.toContain("$O(N^2)$");
    // "$>95\%$" holds a ">", which XML needs escaped.
    expect(request!.texts.join(" ")).not.toMatch(/>95/);
    expect(sentenceTexts(result.abstractKo, result.alignment.ko)).toHaveLength(english.length);
    for (const span of ["$O(NK)$", "$O(N^2)$", "$>95\\%$", "2048"])
      expect(result.abstractKo).toContain(span);
    expect(result.usage.characters).toBeGreaterThan(0);
    expect(result.tldrKo).toBeNull();
  });

  it("creates the DeepL glossary from content/glossary.yaml once and reuses it by its version's name", async () => {
    const { server, settings } = await engineFor([]);
    const [stored] = await (async () => {
      await translatePaper(deeplEngine(settings, glossary), glossary, SAMKV);
      await translatePaper(deeplEngine(settings, glossary), glossary, SAMKV);
      return server.glossaries;
    })();
    expect(server.glossaries).toHaveLength(1);
    expect(server.glossaryRequests).toEqual(["list", "create", "list"]);
    expect(stored!.info.name).toBe(`paperbridge-${glossary.version}`);
    expect(stored!.entries.get("hallucination")).toBe("환각");
    expect(stored!.entries.get("retrieval-augmented generation")).toBe("검색 증강 생성");
    expect(stored!.entries.size).toBe(Object.keys(deeplGlossaryEntries(glossary)).length);
  });

  it("repairs a reply with another number of translations, then goes sentence by sentence", async () => {
    const short: DeeplBehaviour = { translate: (texts, g) => deeplKorean(texts, g).slice(1) };
    const { server, engine } = await engineFor([short, short]);
    const result = await translatePaper(engine, glossary, POINTER);
    expect(server.translations.map((r) => r.texts.length)).toEqual([5, 5, 1, 1, 1, 1, 1]);
    expect(sentenceTexts(result.abstractKo, result.alignment.ko)).toHaveLength(4);
  });

  it("repairs a reply that is not JSON", async () => {
    const { server, engine } = await engineFor([{ raw: "<html>upstream error</html>" }]);
    await translatePaper(engine, glossary, POINTER);
    expect(server.translations).toHaveLength(2);
  });

  it("backs off on 429 and 500, and retries a request that times out", async () => {
    const { server, engine, delays } = await engineFor(
      [{ status: 429 }, { status: 500 }, { hang: true }],
      undefined,
      { TRANSLATION_TIMEOUT_MS: "300" },
    );
    await translatePaper(engine, glossary, POINTER);
    expect(server.translations).toHaveLength(4);
    expect(delays).toEqual([500, 1_000, 2_000]);
  });

  it("fails with DeepL's reason when the key is refused, without retrying", async () => {
    const { server, settings } = await engineFor([]);
    const engine = deeplEngine({ ...settings, apiKey: "wrong-key" }, glossary);
    const failure = await translatePaper(engine, glossary, POINTER).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EngineError);
    expect((failure as Error).message).toMatch(/^DeepL: .*Authorization failure/);
    expect(server.glossaryRequests).toEqual([]);
  });

  it("prices characters (DeepL API Pro's list price by default)", async () => {
    const { engine } = await engineFor([]);
    expect(engine.cost({ inputTokens: 0, outputTokens: 0, characters: 1_000_000 })).toBe(25);
  });
});
