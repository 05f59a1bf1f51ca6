// Translation by DeepL through the official deepl-node package: the sentences go as one batch
// (one text per sentence, so one result per sentence comes back), protected spans as XML tags
// DeepL keeps in place, and a DeepL glossary built from content/glossary.yaml.
import * as deepl from "deepl-node";
import type { TranslationSettings } from "../../config/translation-env.ts";
import { EngineError, type EngineReply, type TranslationEngine, type Usage } from "../engine.ts";
import type { Glossary } from "../glossary.ts";
import { createPacer } from "../pacer.ts";
import { XML_PLACEHOLDERS } from "../protect-spans.ts";
import { DEFAULT_RETRY, withRetries, type FailureKind, type RetryPolicy } from "../retry.ts";

/** How texts are sent (XML placeholders, glossary); recorded as the prompt version. */
export const DEEPL_REQUEST_VERSION = "deepl-xml-glossary-1";

/** Source term -> Korean, for every English form of every term that has Korean. */
export function deeplGlossaryEntries(glossary: Glossary): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const term of glossary.terms) {
    if (term.keep || !term.ko) continue;
    for (const form of term.en) entries[form] ??= term.ko;
  }
  return entries;
}

// deepl-node does not expose response headers, so DeepL's 429s back off exponentially (DeepL
// documents no Retry-After); 5xx answers and connection failures are retried the same way.
function classify(error: unknown): FailureKind {
  if (error instanceof deepl.TooManyRequestsError || error instanceof deepl.ConnectionError)
    return { retry: true, afterMs: null };
  if (
    error instanceof deepl.DeepLError &&
    /^(Service unavailable|Unexpected status code: 5\d\d)/.test(error.message)
  )
    return { retry: true, afterMs: null };
  return { retry: false, afterMs: null };
}

export function deeplEngine(
  settings: TranslationSettings,
  glossary: Glossary,
  retry: RetryPolicy = { ...DEFAULT_RETRY, maxRetries: settings.maxRetries },
): TranslationEngine {
  const translator = new deepl.Translator(settings.apiKey!, {
    serverUrl: settings.baseUrl ?? undefined,
    maxRetries: 0,
    minTimeout: settings.timeoutMs,
  });
  const pacer = createPacer({
    concurrency: settings.concurrency,
    requestsPerMinute: settings.requestsPerMinute,
  });
  const send = <T>(request: () => Promise<T>) =>
    withRetries(() => pacer.run(request), classify, retry);
  const name = `paperbridge-${glossary.version}`;
  let glossaryId: Promise<string> | null = null;
  // The same glossary version is created once on the account and reused by every run.
  const ensureGlossary = async (): Promise<string> => {
    const existing = (await send(() => translator.listGlossaries())).find(
      (g) => g.name === name && g.sourceLang === "en" && g.targetLang === "ko" && g.ready,
    );
    if (existing) return existing.glossaryId;
    const created = await send(() =>
      translator.createGlossary(
        name,
        "en",
        "ko",
        new deepl.GlossaryEntries({ entries: deeplGlossaryEntries(glossary) }),
      ),
    );
    return created.glossaryId;
  };
  return {
    name: "deepl",
    model: settings.model ?? "default",
    promptVersion: DEEPL_REQUEST_VERSION,
    tldr: false,
    async translate(request): Promise<EngineReply> {
      const texts = request.units.map((u) => XML_PLACEHOLDERS.toEngine(u.text));
      const characters = texts.reduce((n, t) => n + t.length, 0);
      const usage: Usage = { inputTokens: 0, outputTokens: 0, characters };
      try {
        glossaryId ??= ensureGlossary().catch((error: unknown) => {
          glossaryId = null;
          throw error;
        });
        const options: deepl.TranslateTextOptions = {
          glossary: await glossaryId,
          tagHandling: "xml",
          preserveFormatting: true,
        };
        if (settings.model) options.modelType = settings.model as deepl.ModelType;
        const results = await send(() => translator.translateText(texts, "en", "ko", options));
        // Results pair with texts by position: with another count no result can be trusted.
        const paired = results.length === texts.length;
        return {
          units: paired
            ? results.map((r, i) => ({
                id: request.units[i]!.id,
                text: XML_PLACEHOLDERS.fromEngine(r.text),
              }))
            : [],
          tldr: null,
          usage: {
            ...usage,
            characters: results.reduce((n, r) => n + (r.billedCharacters ?? 0), 0) || characters,
          },
        };
      } catch (error) {
        // A reply that is not the JSON DeepL documents counts as one with no translations.
        if (error instanceof deepl.DeepLError && /parsing response JSON/i.test(error.message))
          return { units: [], tldr: null, usage };
        throw new EngineError(`DeepL: ${(error as Error).message}`);
      }
    },
    cost: (usage) => (usage.characters * settings.priceCharacters) / 1e6,
  };
}
