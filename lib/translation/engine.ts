// The one interface every translation engine implements (lib/translation/engines/), and the
// shapes that cross it.
import type { GlossaryTerm } from "./glossary.ts";

export const ENGINE_NAMES = ["openai", "deepl", "local"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** One piece of English to translate: 0 is the title, 1..n the abstract's sentences. */
export interface SourceUnit {
  id: number;
  /** English with protected spans as markers (protect-spans.ts). */
  text: string;
}

export interface EngineRequest {
  units: SourceUnit[];
  /** The glossary terms whose English occurs in the paper. */
  glossary: GlossaryTerm[];
  /** Also asks for a one-sentence Korean TL;DR of the whole abstract (engines that can). */
  tldr: boolean;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  /** Characters of English sent (what DeepL bills). */
  characters: number;
}

export interface EngineReply {
  /** Korean per id as the engine returned it: ids may be missing, repeated or unknown. */
  units: { id: number; text: string }[];
  tldr: string | null;
  usage: Usage;
}

export interface TranslationEngine {
  name: EngineName;
  /** The model (or DeepL's model type) recorded with each translation. */
  model: string;
  /** Version of the instructions the engine is given; null where there are none. */
  promptVersion: string | null;
  /** Whether it can write a TL;DR. */
  tldr: boolean;
  translate(request: EngineRequest): Promise<EngineReply>;
  /** US dollars for this usage; null when the engine's prices are not configured. */
  cost(usage: Usage): number | null;
}

/** An engine failure after its retries: the paper is not stored and the run goes on. */
export class EngineError extends Error {}

export const NO_USAGE: Usage = { inputTokens: 0, outputTokens: 0, characters: 0 };

export function addUsage(a: Usage, b: Usage): Usage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    characters: a.characters + b.characters,
  };
}
