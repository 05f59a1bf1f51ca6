import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../lib/db/create-db.ts";
import { TEST_MODEL, writeTestModel } from "../../scripts/models/write-test-model.ts";
import { runScript } from "../support/run-cli.ts";
import { sqlite } from "../support/test-databases.ts";

const temp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `paperbridge-${name}-`));
const source = temp("model-source");
writeTestModel(source);

// A stand-in for huggingface.co: serves the test model's files at /<model>/resolve/main/<file>.
let server: Server;
let endpoint: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const match = /^\/(.+)\/resolve\/main\/(.+)$/.exec(request.url ?? "");
    const file = match ? path.join(source, match[1]!, match[2]!) : "";
    if (!match || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server?.close());

describe("npm run models:pull and npm run embed", () => {
  it("models:pull fetches the model's files into MODELS_DIR, and says what to copy where it cannot", async () => {
    const modelsDir = temp("models");
    const pulled = await runScript("scripts/models-pull.ts", [], { MODELS_DIR: modelsDir, EMBEDDING_MODEL: TEST_MODEL, HF_ENDPOINT: endpoint });
    expect(pulled.status).toBe(0);
    const same = (file: string) => readFileSync(path.join(modelsDir, TEST_MODEL, file)).equals(readFileSync(path.join(source, TEST_MODEL, file)));
    expect(["onnx/model_quantized.onnx", "tokenizer.json", "config.json"].map(same)).toEqual([true, true, true]);
    const again = await runScript("scripts/models-pull.ts", [], { MODELS_DIR: modelsDir, EMBEDDING_MODEL: TEST_MODEL, HF_ENDPOINT: endpoint });
    expect(again.stdout).toContain("config.json: already there");

    const unreachable = await runScript("scripts/models-pull.ts", [], { MODELS_DIR: temp("models"), EMBEDDING_MODEL: TEST_MODEL, HF_ENDPOINT: "http://127.0.0.1:9" });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toMatch(/could not reach http:\/\/127\.0\.0\.1:9/);
    expect(unreachable.stderr).toMatch(/copy them into .*paperbridge\/test-embedder: config\.json, tokenizer\.json, tokenizer_config\.json, onnx\/model_quantized\.onnx/);
  });

  it("embed says semantic features are off without a model, and embeds every paper with one", async () => {
    const url = await sqlite.freshUrl();
    const load = await runScript("scripts/ingest.ts", [path.join("content", "digests", "2025-04-15.yaml")], { DATABASE_URL: url, MODELS_DIR: temp("empty") });
    expect(load.stdout).toMatch(/Semantic features are off: no embedding model Xenova\/multilingual-e5-small in /);
    const off = await runScript("scripts/embed.ts", [], { DATABASE_URL: url, MODELS_DIR: temp("empty"), EMBEDDING_MODEL: TEST_MODEL });
    expect(off.status).toBe(1);
    expect(off.stdout).toMatch(/Semantic features are off: .*npm run models:pull/);

    const on = await runScript("scripts/embed.ts", [], { DATABASE_URL: url, MODELS_DIR: source, EMBEDDING_MODEL: TEST_MODEL });
    expect(on.status).toBe(0);
    const db = createDb(url);
    const papers = await db.paper.count();
    expect(on.stdout).toContain(`Embedded ${papers} papers`);
    expect(await db.embedding.count({ where: { model: TEST_MODEL } })).toBe(papers);
    await db.$disconnect();
    const rerun = await runScript("scripts/embed.ts", [], { DATABASE_URL: url, MODELS_DIR: source, EMBEDDING_MODEL: TEST_MODEL });
    expect(rerun.stdout).toContain("Embedded 0 papers and 0 concepts");
  });

  it("ingest embeds the papers it adds when a model is present", async () => {
    const url = await sqlite.freshUrl();
    const env = { DATABASE_URL: url, MODELS_DIR: source, EMBEDDING_MODEL: TEST_MODEL };
    const first = await runScript("scripts/ingest.ts", [path.join("content", "digests", "2025-04-15.yaml")], env);
    expect(first.status).toBe(0);
    const db = createDb(url);
    const papers = await db.paper.count();
    expect(first.stdout).toContain(`Embedded ${papers} papers`);
    await runScript("scripts/ingest.ts", [path.join("content", "digests", "2025-05-20.yaml")], env);
    expect(await db.embedding.count({ where: { model: TEST_MODEL } })).toBe(await db.paper.count());
    expect(await db.paper.count()).toBeGreaterThan(papers);
    await db.$disconnect();
  });
});
