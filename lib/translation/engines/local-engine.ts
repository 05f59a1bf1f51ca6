// Translation on this machine by a multilingual seq2seq model (NLLB-200 by default, eng_Latn ->
// kor_Hang) through @huggingface/transformers' translation pipeline, read from MODELS_DIR only:
// nothing is downloaded at run time. The sentences of a paper go as one batch.
import { existsSync } from "node:fs";
import path from "node:path";
import type { TranslationSettings } from "../../config/translation-env.ts";
import { EngineError, type EngineReply, type TranslationEngine } from "../engine.ts";
import { BRACKET_PLACEHOLDERS } from "../protect-spans.ts";

export const SOURCE_LANGUAGE = "eng_Latn";
export const TARGET_LANGUAGE = "kor_Hang";
/** How the local model is called; recorded as the prompt version. */
export const LOCAL_REQUEST_VERSION = "nllb-eng_Latn-kor_Hang-1";

/** The files a translation model directory must hold, relative to it. */
export function localModelFiles(dtype: "fp32" | "q8"): string[] {
  const suffix = dtype === "q8" ? "_quantized" : "";
  return [
    "config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    `onnx/encoder_model${suffix}.onnx`,
    `onnx/decoder_model_merged${suffix}.onnx`,
  ];
}

export function localModelDir(settings: Pick<TranslationSettings, "modelsDir" | "model">): string {
  return path.join(settings.modelsDir, settings.model!);
}

/** Why the local model cannot load, or null when its files are all there. */
export function missingLocalModel(settings: TranslationSettings): string | null {
  const dir = localModelDir(settings);
  const missing = localModelFiles(settings.localDtype).filter(
    (file) => !existsSync(path.join(dir, file)),
  );
  if (missing.length === 0) return null;
  return `no translation model ${settings.model} in ${dir} (missing ${missing.join(", ")}): run "npm run models:pull -- --translation" where huggingface.co is reachable, or copy the model's files there`;
}

type Translator = (
  texts: string[],
  options: Record<string, unknown>,
) => Promise<{ translation_text: string }[]>;

export async function loadLocalEngine(
  settings: TranslationSettings,
): Promise<{ on: true; engine: TranslationEngine } | { on: false; reason: string }> {
  const missing = missingLocalModel(settings);
  if (missing) return { on: false, reason: missing };
  const { env, pipeline } = await import("@huggingface/transformers");
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = `${settings.modelsDir}${path.sep}`;
  let translator: Translator;
  try {
    translator = (await pipeline("translation", settings.model!, {
      dtype: settings.localDtype,
    })) as unknown as Translator;
  } catch (error) {
    return {
      on: false,
      reason: `the translation model in ${localModelDir(settings)} did not load: ${(error as Error).message}`,
    };
  }
  // One model, one CPU: papers wait for each other.
  let queue = Promise.resolve();
  return {
    on: true,
    engine: {
      name: "local",
      model: settings.model!,
      promptVersion: LOCAL_REQUEST_VERSION,
      tldr: false,
      async translate(request): Promise<EngineReply> {
        const texts = request.units.map((u) => BRACKET_PLACEHOLDERS.toEngine(u.text));
        const run = queue.then(() =>
          translator(texts, {
            src_lang: SOURCE_LANGUAGE,
            tgt_lang: TARGET_LANGUAGE,
            max_new_tokens: 512,
          }),
        );
        queue = run.then(
          () => undefined,
          () => undefined,
        );
        const outputs = await run.catch((error: Error) => {
          throw new EngineError(`the local model failed: ${error.message}`);
        });
        return {
          units: outputs.map((o, i) => ({
            id: request.units[i]!.id,
            text: BRACKET_PLACEHOLDERS.fromEngine(o.translation_text),
          })),
          tldr: null,
          usage: {
            inputTokens: 0,
            outputTokens: 0,
            characters: texts.reduce((n, t) => n + t.length, 0),
          },
        };
      },
      cost: () => 0,
    },
  };
}
