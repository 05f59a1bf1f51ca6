// Which sentence-embedding model the semantic layer uses and where it lives. The model is a
// setting (EMBEDDING_MODEL); models known here carry the details their authors prescribe.
import path from "node:path";

export interface EmbeddingSettings {
  /** Root of local models (MODELS_DIR, default models/): a model lives in modelsDir/<name>. */
  modelsDir: string;
  /** Hugging Face name of an ONNX sentence-embedding model, e.g. Xenova/multilingual-e5-small. */
  model: string;
  /** Which ONNX weights to load: fp32 reads onnx/model.onnx, q8 onnx/model_quantized.onnx. */
  dtype: "fp32" | "q8";
  /** Text put before queries and before passages (E5 models are trained with "query: "/"passage: "). */
  queryPrefix: string;
  passagePrefix: string;
  /** Least cosine similarity at which a concept's description is suggested for a paper. */
  suggestMin: number;
}

export const DEFAULT_MODEL = "Xenova/multilingual-e5-small";

type ModelDetails = Omit<EmbeddingSettings, "modelsDir" | "model">;

const KNOWN: Record<string, ModelDetails> = {
  // 384 dimensions, about 100 languages including Korean; 118 MB quantised.
  "Xenova/multilingual-e5-small": { dtype: "q8", queryPrefix: "query: ", passagePrefix: "passage: ", suggestMin: 0.82 },
  "Xenova/multilingual-e5-base": { dtype: "q8", queryPrefix: "query: ", passagePrefix: "passage: ", suggestMin: 0.82 },
  "Xenova/paraphrase-multilingual-MiniLM-L12-v2": { dtype: "q8", queryPrefix: "", passagePrefix: "", suggestMin: 0.5 },
  // The model scripts/models/write-test-model.ts builds for tests, read as E5 models are: 8-bit
  // weights and the same prefixes. Its random weights put every text close to every other.
  "paperbridge/test-embedder": { dtype: "q8", queryPrefix: "query: ", passagePrefix: "passage: ", suggestMin: 0.9 },
};

export function embeddingSettings(env: Record<string, string | undefined> = process.env): EmbeddingSettings {
  const model = env.EMBEDDING_MODEL?.trim() || DEFAULT_MODEL;
  const known = KNOWN[model];
  return {
    // A run-time folder, not part of the build: the ignore comment keeps the build from tracing it.
    modelsDir: path.resolve(/*turbopackIgnore: true*/ env.MODELS_DIR?.trim() || "models"),
    model,
    dtype: env.EMBEDDING_DTYPE === "fp32" || env.EMBEDDING_DTYPE === "q8" ? env.EMBEDDING_DTYPE : (known?.dtype ?? "fp32"),
    queryPrefix: env.EMBEDDING_QUERY_PREFIX ?? known?.queryPrefix ?? "",
    passagePrefix: env.EMBEDDING_PASSAGE_PREFIX ?? known?.passagePrefix ?? "",
    suggestMin: Number(env.EMBEDDING_SUGGEST_MIN) || (known?.suggestMin ?? 0.5),
  };
}

/** The files a model directory must hold, relative to it. */
export function modelFiles(settings: EmbeddingSettings): string[] {
  return ["config.json", "tokenizer.json", "tokenizer_config.json", settings.dtype === "q8" ? "onnx/model_quantized.onnx" : "onnx/model.onnx"];
}

export function modelDir(settings: EmbeddingSettings): string {
  return path.join(settings.modelsDir, settings.model);
}
