// The configured engine (TRANSLATION_ENGINE), or why there is none.
import type { TranslationSettings } from "../config/translation-env.ts";
import { TRANSLATION_OFF_HINT } from "../config/translation-env.ts";
import type { TranslationEngine } from "./engine.ts";
import type { Glossary } from "./glossary.ts";
import { deeplEngine } from "./engines/deepl-engine.ts";
import { openAiEngine } from "./engines/openai-engine.ts";

export type EngineStatus = { on: true; engine: TranslationEngine } | { on: false; reason: string };

export async function createEngine(
  settings: TranslationSettings,
  glossary: Glossary,
): Promise<EngineStatus> {
  switch (settings.engine) {
    case "off":
      return { on: false, reason: TRANSLATION_OFF_HINT };
    case "openai":
      return { on: true, engine: openAiEngine(settings) };
    case "deepl":
      return { on: true, engine: deeplEngine(settings, glossary) };
    case "local": {
      // Loaded only when asked for: it brings in the ONNX runtime.
      const { loadLocalEngine } = await import("./engines/local-engine.ts");
      return loadLocalEngine(settings);
    }
  }
}
