// npm run models:pull [-- --translation]: downloads the configured embedding model
// (EMBEDDING_MODEL, default Xenova/multilingual-e5-small), or with --translation the local
// translation model (TRANSLATION_MODEL, default Xenova/nllb-200-distilled-600M), from Hugging
// Face into MODELS_DIR (default models/). Where the network cannot reach it, says so and what to
// copy by hand. HF_ENDPOINT points at a mirror.
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { DEFAULT_LOCAL_MODEL, readTranslationEnv } from "../lib/config/translation-env.ts";
import { localModelDir, localModelFiles } from "../lib/translation/engines/local-engine.ts";
import { modelDir, modelFiles, embeddingSettings } from "../lib/semantic/embedding-settings.ts";

const { values } = parseArgs({ options: { translation: { type: "boolean", default: false } } });
const pull = (() => {
  if (!values.translation) {
    const settings = embeddingSettings();
    return { model: settings.model, dtype: settings.dtype, dir: modelDir(settings), files: modelFiles(settings), next: 'Now run "npm run embed" to embed the stored papers.' };
  }
  const settings = readTranslationEnv({ ...process.env, TRANSLATION_ENGINE: "local", TRANSLATION_MODEL: process.env.TRANSLATION_MODEL || DEFAULT_LOCAL_MODEL });
  const files = [...localModelFiles(settings.localDtype), "generation_config.json"];
  return { model: settings.model!, dtype: settings.localDtype, dir: localModelDir(settings), files, next: 'Now set TRANSLATION_ENGINE=local and run "npm run translate -- --all-missing".' };
})();
const { dir, files } = pull;
const endpoint = (process.env.HF_ENDPOINT || "https://huggingface.co").replace(/\/$/, "");

async function download(file: string): Promise<void> {
  const target = path.join(dir, file);
  if (existsSync(target)) {
    console.log(`${file}: already there`);
    return;
  }
  const url = `${endpoint}/${pull.model}/resolve/main/${file}`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new Error(`could not reach ${endpoint} (${cause})`);
  }
  if (!response.ok || !response.body) throw new Error(`${url} answered HTTP ${response.status}`);
  mkdirSync(path.dirname(target), { recursive: true });
  const part = `${target}.part`;
  try {
    await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream), createWriteStream(part));
    renameSync(part, target);
  } finally {
    rmSync(part, { force: true });
  }
  console.log(`${file}: downloaded`);
}

console.log(`Pulling ${pull.model} (${pull.dtype}) into ${dir}`);
try {
  for (const file of files) await download(file);
  console.log(`Done. ${pull.next}`);
} catch (error) {
  console.error(`error: ${(error as Error).message}.`);
  console.error(`Nothing is fetched at run time, so the model must be put in place once. Where this machine has no network, download these files of https://huggingface.co/${pull.model} elsewhere and copy them into ${dir}: ${files.join(", ")}.`);
  process.exitCode = 1;
}
