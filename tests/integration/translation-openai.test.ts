// The OpenAI-compatible engine against a local server speaking the chat completions wire format:
// sentence-keyed replies, repair of faulty replies, errors, rate limits and timeouts.
import { afterEach, describe, expect, it } from "vitest";
import { readTranslationEnv } from "../../lib/config/translation-env.ts";
import { EngineError } from "../../lib/translation/engine.ts";
import { openAiEngine } from "../../lib/translation/engines/openai-engine.ts";
import { loadCheckSet } from "../../lib/translation/checks/load-check-set.ts";
import { loadGlossary } from "../../lib/translation/glossary.ts";
import type { RetryPolicy } from "../../lib/translation/retry.ts";
import { translatePaper, TranslationFailure } from "../../lib/translation/translate-paper.ts";
import { sentenceTexts } from "../../lib/text/sentence-alignment.ts";
import { splitSentences } from "../../lib/text/split-sentences.ts";
import {
  chatPayload,
  startFakeChatServer,
  translateItems,
  type ChatBehaviour,
} from "../support/fake-chat-server.ts";

const glossary = loadGlossary();
const papers = loadCheckSet();
// LaTeX, numbers with units and names: what must survive unchanged.
const POINTER = papers.find((p) => p.id === "2508.02631")!;
const SAMKV = papers.find((p) => p.id === "2508.11661")!;

const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function engineFor(
  script: ChatBehaviour[],
  fallback?: ChatBehaviour,
  env: Record<string, string> = {},
) {
  const server = await startFakeChatServer(script, fallback);
  servers.push(server);
  const delays: number[] = [];
  const retry: RetryPolicy = {
    maxRetries: 3,
    baseDelayMs: 1_000,
    maxDelayMs: 60_000,
    sleep: async (ms) => void delays.push(ms),
  };
  const settings = readTranslationEnv({
    TRANSLATION_ENGINE: "openai",
    TRANSLATION_BASE_URL: server.baseUrl,
    TRANSLATION_API_KEY: "test-key",
    TRANSLATION_MODEL: "test-model",
    ...env,
  });
  return { server, delays, engine: openAiEngine(settings, retry) };
}

/** Replies that leave out the items with these ids. */
const omitting = (...ids: number[]): ChatBehaviour => ({
  reply: (items, request) =>
    translateItems(
      items.filter((i) => !ids.includes(i.id)),
      request,
    ),
});

describe("OpenAI-compatible engine", () => {
  it("translates the title and every sentence in one request, keyed so that the alignment is exact", async () => {
    const { server, engine } = await engineFor([]);
    const result = await translatePaper(engine, glossary, POINTER);
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.model).toBe("test-model");
    expect(request.response_format).toEqual({ type: "json_object" });
    const { items, glossary: sent } = chatPayload(request);
    const english = splitSentences(POINTER.abstractEn, "en");
    expect(items.map((i) => i.id)).toEqual(
      english
        .map((_, i) => i)
        .concat(english.length)
        .sort((a, b) => a - b),
    );
    // Protected spans go as placeholders; only glossary terms found in the paper go along.
    expect(items[1]!.en).not.toContain("$O(NK)$");
    expect(items[1]!.en).toMatch(/⟦\d+⟧/);
    expect(sent.map((t) => t.en).sort()).toEqual(
      expect.arrayContaining(["attention mechanism", "transformer", "pretraining"]),
    );
    expect(sent.map((t) => t.en)).not.toContain("hallucination");

    expect(result.alignment.keyed).toBe(true);
    expect(result.alignment.pairs).toEqual(english.map((_, i) => ({ en: [i], ko: [i] })));
    expect(sentenceTexts(POINTER.abstractEn, result.alignment.en)).toEqual(
      english.map((s) => s.text),
    );
    const korean = sentenceTexts(result.abstractKo, result.alignment.ko);
    expect(korean).toHaveLength(english.length);
    for (const span of ["$O(NK)$", "$O(N^2)$", "$2$", "$10\\times$", "$>95\\%$", "2048"])
      expect(result.abstractKo).toContain(span);
    expect(korean[1]).toContain("$O(N^2)$");
    expect(result.titleKo).toMatch(/\p{Script=Hangul}/u);
    expect(result.tldrKo).toBe("이 논문은 새로운 방법을 제안하고 그 효과를 보인다.");
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.calls).toBe(1);
  });

  it("writes a glossary term's first mention as Korean readers expect: 검색 증강 생성(RAG)", async () => {
    const { engine } = await engineFor([]);
    const result = await translatePaper(engine, glossary, SAMKV);
    expect(result.abstractKo).toContain("검색 증강 생성");
    expect(result.abstractKo.match(/검색 증강 생성\(RAG\)/g)).toHaveLength(1);
  });

  it("repairs a reply that is not JSON by asking again", async () => {
    const { server, engine } = await engineFor([
      { reply: () => ({ content: "Sure! Here is the translation: {translations: [" }) },
    ]);
    const result = await translatePaper(engine, glossary, POINTER);
    expect(server.requests).toHaveLength(2);
    expect(sentenceTexts(result.abstractKo, result.alignment.ko)).toHaveLength(
      splitSentences(POINTER.abstractEn, "en").length,
    );
  });

  it("repairs missing and merged ids with their neighbours, then goes sentence by sentence", async () => {
    const { server, engine } = await engineFor([omitting(2), omitting(2)]);
    const result = await translatePaper(engine, glossary, POINTER);
    // Whole paper; the missing id with its neighbours; then id 2 alone.
    expect(server.requests.map((r) => chatPayload(r).items.map((i) => i.id))).toEqual([
      [0, 1, 2, 3, 4],
      [1, 2, 3],
      [2],
    ]);
    expect(result.calls).toBe(3);
    expect(sentenceTexts(result.abstractKo, result.alignment.ko)).toHaveLength(4);
  });

  it("rejects an extra id and a rendering that lost a placeholder", async () => {
    const lossy: ChatBehaviour = {
      reply: (items, request) => {
        const content = JSON.parse(translateItems(items, request).content);
        content.translations[1].ko = content.translations[1].ko.replace(/⟦\d+⟧/, "");
        content.translations.push({ id: 1, ko: "중복된 번역이다." });
        return { content: JSON.stringify(content) };
      },
    };
    const { server, engine } = await engineFor([lossy]);
    const result = await translatePaper(engine, glossary, POINTER);
    expect(chatPayload(server.requests[1]!).items.map((i) => i.id)).toEqual([0, 1, 2]);
    expect(result.abstractKo).toContain("$O(NK)$");
  });

  it("stores nothing of a paper whose sentence never comes back", async () => {
    const { server, engine } = await engineFor([], omitting(3));
    await expect(translatePaper(engine, glossary, POINTER)).rejects.toThrow(
      new TranslationFailure("openai could not translate sentence 3 was missing from the reply"),
    );
    expect(server.requests).toHaveLength(3);
  });

  it("waits as long as a 429's Retry-After says, then tries again", async () => {
    const { server, engine, delays } = await engineFor([
      { status: 429, headers: { "Retry-After": "7" } },
      { status: 429, headers: { "retry-after-ms": "250" } },
    ]);
    await translatePaper(engine, glossary, POINTER);
    expect(delays).toEqual([7_000, 250]);
    expect(server.requests).toHaveLength(3);
  });

  it("backs off exponentially on 500s and gives up after its retries with a clear error", async () => {
    const { server, engine, delays } = await engineFor([], { status: 500 });
    const failure = await translatePaper(engine, glossary, POINTER).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EngineError);
    expect((failure as Error).message).toMatch(/answered HTTP 500/);
    expect(delays).toEqual([1_000, 2_000, 4_000]);
    expect(server.requests).toHaveLength(4);
  });

  it("does not retry a request the server refuses (400)", async () => {
    const { server, engine } = await engineFor([{ status: 400 }]);
    await expect(translatePaper(engine, glossary, POINTER)).rejects.toThrow(/answered HTTP 400/);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a request that times out", async () => {
    const { server, engine, delays } = await engineFor([{ hang: true }], undefined, {
      TRANSLATION_TIMEOUT_MS: "300",
    });
    const result = await translatePaper(engine, glossary, POINTER);
    expect(server.requests).toHaveLength(2);
    expect(delays).toEqual([1_000]);
    expect(result.titleKo).toBeTruthy();
  });

  it("prices tokens when prices are set, and says the cost is unknown when not", async () => {
    const priced = (
      await engineFor([], undefined, {
        TRANSLATION_PRICE_INPUT: "0.15",
        TRANSLATION_PRICE_OUTPUT: "0.6",
      })
    ).engine;
    expect(
      priced.cost({ inputTokens: 1_000_000, outputTokens: 1_000_000, characters: 0 }),
    ).toBeCloseTo(0.75);
    expect(
      (await engineFor([])).engine.cost({ inputTokens: 10, outputTokens: 10, characters: 0 }),
    ).toBeNull();
  });
});
