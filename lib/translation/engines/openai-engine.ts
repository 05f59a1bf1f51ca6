// Translation by any OpenAI-compatible chat completions API (OpenAI, DeepSeek, vLLM, llama.cpp
// server, LM Studio, Ollama) through the official openai package: the paper's title and
// sentences go as a JSON list with ids, and a JSON list with the same ids is asked back.
import OpenAI from "openai";
import { z } from "zod";
import type { TranslationSettings } from "../../config/translation-env.ts";
import {
  EngineError,
  type EngineReply,
  type EngineRequest,
  type TranslationEngine,
  type Usage,
} from "../engine.ts";
import { firstMention } from "../glossary.ts";
import { createPacer } from "../pacer.ts";
import { BRACKET_PLACEHOLDERS } from "../protect-spans.ts";
import {
  DEFAULT_RETRY,
  retryAfterMs,
  withRetries,
  type FailureKind,
  type RetryPolicy,
} from "../retry.ts";

/** Bump when the instructions change; recorded with every translation. */
export const PROMPT_VERSION = "ko-abstract-1";

const INSTRUCTIONS = [
  "You translate the title and abstract of a machine learning research paper from English into",
  "Korean for Korean ML researchers and engineers.",
  "Rules:",
  "- Translate every item on its own and return exactly one Korean rendering for each id: never",
  "  merge, split, skip or add items. Item 0 is the title.",
  "- Write natural, concise written Korean in the formal style of Korean research papers",
  "  (sentences end in -다), not word for word.",
  "- Keep each placeholder such as ⟦3⟧ exactly as written, once, where it belongs in the Korean",
  "  sentence. Never translate, change or drop a placeholder.",
  "- Render the glossary's English terms with the given Korean; at a term's first mention write",
  '  its "first" form when it has one.',
  "- Keep names of models, datasets, methods, people and organisations as written.",
].join("\n");

const TLDR_RULE = [
  'Also write "tldr": one Korean sentence on what the paper does and what it finds, using only',
  "facts, numbers, names and placeholders from the abstract.",
].join("\n");

const ReplySchema = z.object({
  translations: z.array(z.object({ id: z.coerce.number().int(), ko: z.string() })),
  tldr: z.string().nullish(),
});

function prompt(request: EngineRequest): { system: string; user: string } {
  const shape = request.tldr
    ? '{"translations":[{"id":0,"ko":"..."}],"tldr":"..."}'
    : '{"translations":[{"id":0,"ko":"..."}]}';
  const rules = request.tldr ? `${INSTRUCTIONS}\n${TLDR_RULE}` : INSTRUCTIONS;
  const system = `${rules}\nAnswer with JSON only, shaped ${shape}.`;
  const glossary = request.glossary.map((t) => {
    const first = firstMention(t, t.en[0]!);
    return {
      en: t.en[0],
      ko: t.keep ? `${t.en[0]} (keep as written)` : t.ko,
      ...(first ? { first } : {}),
    };
  });
  const items = request.units.map((u) => ({ id: u.id, en: BRACKET_PLACEHOLDERS.toEngine(u.text) }));
  return { system, user: JSON.stringify({ glossary, items }) };
}

/** The reply's JSON, also inside a Markdown fence; null when it is not the shape asked for. */
export function parseReply(content: string): z.infer<typeof ReplySchema> | null {
  const body = content
    .trim()
    .replace(/^```(?:json)?\s*/i, "")
    .replace(/\s*```$/, "");
  try {
    const parsed = ReplySchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function classify(error: unknown): FailureKind {
  if (error instanceof OpenAI.APIConnectionError) return { retry: true, afterMs: null };
  if (error instanceof OpenAI.APIError && typeof error.status === "number") {
    return {
      retry:
        error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500,
      afterMs: retryAfterMs(error.headers),
    };
  }
  return { retry: false, afterMs: null };
}

function describe(error: unknown, baseUrl: string): string {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return `${baseUrl} did not answer in time`;
  if (error instanceof OpenAI.APIConnectionError) return `could not reach ${baseUrl}`;
  if (error instanceof OpenAI.APIError)
    return `${baseUrl} answered HTTP ${error.status}: ${error.message}`;
  return (error as Error).message;
}

export function openAiEngine(
  settings: TranslationSettings,
  retry: RetryPolicy = { ...DEFAULT_RETRY, maxRetries: settings.maxRetries },
): TranslationEngine {
  const baseUrl = settings.baseUrl!;
  // Retries are ours (withRetries): Retry-After and backoff are one policy for every engine.
  const client = new OpenAI({
    apiKey: settings.apiKey ?? "none",
    baseURL: baseUrl,
    timeout: settings.timeoutMs,
    maxRetries: 0,
  });
  const pacer = createPacer({
    concurrency: settings.concurrency,
    requestsPerMinute: settings.requestsPerMinute,
  });
  const model = settings.model!;
  return {
    name: "openai",
    model,
    promptVersion: PROMPT_VERSION,
    tldr: settings.tldr,
    async translate(request): Promise<EngineReply> {
      const { system, user } = prompt(request);
      const completion = await withRetries(
        () =>
          pacer.run(() =>
            client.chat.completions.create({
              model,
              temperature: 0,
              response_format: { type: "json_object" },
              messages: [
                { role: "system", content: system },
                { role: "user", content: user },
              ],
            }),
          ),
        classify,
        retry,
      ).catch((error: unknown) => {
        throw new EngineError(describe(error, baseUrl));
      });
      const usage: Usage = {
        inputTokens: completion.usage?.prompt_tokens ?? 0,
        outputTokens: completion.usage?.completion_tokens ?? 0,
        characters: request.units.reduce((n, u) => n + u.text.length, 0),
      };
      // Malformed JSON counts as a reply with no ids: the paper is repaired, then translated
      // sentence by sentence.
      const reply = parseReply(completion.choices[0]?.message?.content ?? "");
      return {
        units: (reply?.translations ?? []).map((t) => ({
          id: t.id,
          text: BRACKET_PLACEHOLDERS.fromEngine(t.ko),
        })),
        tldr: reply?.tldr ? BRACKET_PLACEHOLDERS.fromEngine(reply.tldr) : null,
        usage,
      };
    },
    cost: (usage) =>
      settings.priceInput === null || settings.priceOutput === null
        ? null
        : (usage.inputTokens * settings.priceInput + usage.outputTokens * settings.priceOutput) /
          1e6,
  };
}
