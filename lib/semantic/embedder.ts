// Sentence embeddings computed in Node by @huggingface/transformers from a local model directory;
// nothing is fetched at run time (allowRemoteModels off).
import { existsSync } from "node:fs";
import path from "node:path";
import { modelDir, modelFiles, type EmbeddingSettings } from "./embedding-settings.ts";

export interface Embedder {
  model: string;
  dims: number;
  /** Papers' or concepts' texts, as unit vectors. */
  embedPassages(texts: string[]): Promise<Float32Array[]>;
  embedQuery(text: string): Promise<Float32Array>;
}

export type EmbedderStatus = { on: true; embedder: Embedder } | { on: false; reason: string };

/** Why the model cannot load, or null when its files are all there. */
export function missingModel(settings: EmbeddingSettings): string | null {
  const dir = modelDir(settings);
  const missing = modelFiles(settings).filter((file) => !existsSync(path.join(dir, file)));
  if (missing.length === 0) return null;
  return `no embedding model ${settings.model} in ${dir} (missing ${missing.join(", ")}): run "npm run models:pull" where huggingface.co is reachable, or copy the model's files there; then "npm run embed"`;
}

const loaded = new Map<string, Promise<EmbedderStatus>>();

/**
 * Loads the configured model once per process; off, with the reason, when its files are missing
 * or do not load (then it is tried again on the next call, so a model put in place later is found).
 */
export async function loadEmbedder(settings: EmbeddingSettings): Promise<EmbedderStatus> {
  const missing = missingModel(settings);
  if (missing) return { on: false, reason: missing };
  const key = JSON.stringify(settings);
  let status = loaded.get(key);
  if (!status) loaded.set(key, (status = load(settings).catch((error: Error) => ({ on: false as const, reason: `the embedding model in ${modelDir(settings)} did not load: ${error.message}` }))));
  const result = await status;
  if (!result.on) loaded.delete(key);
  return result;
}

async function load(settings: EmbeddingSettings): Promise<EmbedderStatus> {
  const { env, pipeline } = await import("@huggingface/transformers");
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = `${settings.modelsDir}${path.sep}`;
  const extractor = await pipeline("feature-extraction", settings.model, { dtype: settings.dtype });
  const embed = async (texts: string[]) => {
    if (texts.length === 0) return [];
    const output = await extractor(texts, { pooling: "mean", normalize: true });
    const [count, dims] = output.dims as [number, number];
    const data = output.data as Float32Array;
    return Array.from({ length: count }, (_, i) => data.slice(i * dims, (i + 1) * dims));
  };
  const [probe] = await embed(["dimension probe"]);
  return {
    on: true,
    embedder: {
      model: settings.model,
      dims: probe!.length,
      embedPassages: (texts) => embed(texts.map((t) => settings.passagePrefix + t)),
      embedQuery: async (text) => (await embed([settings.queryPrefix + text]))[0]!,
    },
  };
}
