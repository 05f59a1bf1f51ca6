// npm run models:pull: downloads the configured embedding model (EMBEDDING_MODEL, default
// Xenova/multilingual-e5-small) from Hugging Face into MODELS_DIR (default models/). Where the
// network cannot reach it, says so and what to copy by hand. HF_ENDPOINT points at a mirror.
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { modelDir, modelFiles, embeddingSettings } from "../lib/semantic/embedding-settings.ts";

const settings = embeddingSettings();
const dir = modelDir(settings);
const endpoint = (process.env.HF_ENDPOINT || "https://huggingface.co").replace(/\/$/, "");
const files = modelFiles(settings);

async function download(file: string): Promise<void> {
  const target = path.join(dir, file);
  if (existsSync(target)) {
    console.log(`${file}: already there`);
    return;
  }
  const url = `${endpoint}/${settings.model}/resolve/main/${file}`;
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

console.log(`Pulling ${settings.model} (${settings.dtype}) into ${dir}`);
try {
  for (const file of files) await download(file);
  console.log(`Done. Now run "npm run embed" to embed the stored papers.`);
} catch (error) {
  console.error(`error: ${(error as Error).message}.`);
  console.error(`Nothing is fetched at run time, so the model must be put in place once. Where this machine has no network, download these files of https://huggingface.co/${settings.model} elsewhere and copy them into ${dir}: ${files.join(", ")}.`);
  process.exitCode = 1;
}
