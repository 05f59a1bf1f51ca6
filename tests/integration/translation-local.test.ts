// The local engine end to end: @huggingface/transformers' translation pipeline running a real
// seq2seq ONNX pair (encoder, decoder with cache) and an NLLB-style tokenizer that the project
// builds (scripts/models/write-test-translation-model.ts), read from MODELS_DIR only.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTranslationEnv } from "../../lib/config/translation-env.ts";
import { createDb } from "../../lib/db/create-db.ts";
import { getPaper } from "../../lib/queries/get-paper.ts";
import { loadLocalEngine } from "../../lib/translation/engines/local-engine.ts";
import { loadGlossary } from "../../lib/translation/glossary.ts";
import { translatePaper } from "../../lib/translation/translate-paper.ts";
import { sentenceTexts } from "../../lib/text/sentence-alignment.ts";
import { splitSentences } from "../../lib/text/split-sentences.ts";
import {
  TEST_TRANSLATION_MODEL,
  writeTestTranslationModel,
} from "../../scripts/models/write-test-translation-model.ts";
import { runScript } from "../support/run-cli.ts";
import { sqlite } from "../support/test-databases.ts";

const temp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `paperbridge-${name}-`));
const modelsDir = temp("translation-model");
writeTestTranslationModel(modelsDir);
const FIXTURE = path.join("tests", "fixtures", "reader", "machine-translated.jsonl");
const fixture = JSON.parse(readFileSync(FIXTURE, "utf8"));
const paper = { title: fixture.title, abstractEn: fixture.abstract.replace(/\s+/g, " ").trim() };
const settings = (dir = modelsDir) =>
  readTranslationEnv({
    TRANSLATION_ENGINE: "local",
    TRANSLATION_MODEL: TEST_TRANSLATION_MODEL,
    MODELS_DIR: dir,
  });
const localEnv = {
  TRANSLATION_ENGINE: "local",
  TRANSLATION_MODEL: TEST_TRANSLATION_MODEL,
  MODELS_DIR: modelsDir,
};

// A stand-in for huggingface.co serving the test model's files at /<model>/resolve/main/<file>.
let server: Server;
let endpoint: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const match = /^\/(.+)\/resolve\/main\/(.+)$/.exec(request.url ?? "");
    const file = match ? path.join(modelsDir, match[1]!, match[2]!) : "";
    if (!match || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server?.close());

describe("local translation engine", () => {
  it("translates a paper sentence by sentence through the transformers.js pipeline, keeping protected spans", async () => {
    const status = await loadLocalEngine(settings());
    if (!status.on) throw new Error(status.reason);
    expect(status.engine).toMatchObject({
      name: "local",
      model: TEST_TRANSLATION_MODEL,
      tldr: false,
    });
    const result = await translatePaper(status.engine, loadGlossary(), paper);
    const english = splitSentences(paper.abstractEn, "en");
    const korean = sentenceTexts(result.abstractKo, result.alignment.ko);
    expect(korean).toHaveLength(english.length);
    expect(result.alignment.keyed).toBe(true);
    // The model's dictionary words are Korean; numbers and names came back as placeholders.
    expect(korean[0]).toMatch(/^Multimodal 대규모 언어 모델\(MLLMs\)/);
    // The glossary's first mention, in the term's own form: 환각(hallucination), then 환각.
    expect(result.abstractKo.match(/환각\(hallucination\)/g)).toHaveLength(1);
    for (const span of ["1,400", "8,000", "59%", "GPT-4o", "MLLMs", "EgoIllusion"])
      expect(result.abstractKo).toContain(span);
    expect(result.titleKo).toBe(
      "EGOILLUSION: 벤치마크ing 환각 에서 Egocentric 비디오 Understanding",
    );
    expect(status.engine.cost(result.usage)).toBe(0);
  });

  it("is off, saying what to do, without its files", async () => {
    const status = await loadLocalEngine(settings(temp("empty")));
    expect(status.on).toBe(false);
    expect(!status.on && status.reason).toMatch(
      /^no translation model paperbridge\/test-translator in .* \(missing config\.json, .*onnx\/encoder_model\.onnx.*\): run "npm run models:pull -- --translation"/,
    );
  });

  it("ingest --translate translates with it, and models:pull --translation fetches it", async () => {
    const url = await sqlite.freshUrl();
    const run = await runScript("scripts/ingest.ts", [FIXTURE, "--translate"], {
      DATABASE_URL: url,
      ...localEnv,
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/Translating with local \(paperbridge\/test-translator\)/);
    expect(run.stdout).toMatch(/Translated 1 of 1 paper\(s\).*\n.*\n.*: \$0\.0000\./);
    const db = createDb(url);
    const stored = (await getPaper(db, { arxivId: "2508.12687" }))!;
    expect(stored.translation).toMatchObject({
      method: "machine",
      machine: {
        engine: "local",
        model: TEST_TRANSLATION_MODEL,
        promptVersion: "nllb-eng_Latn-kor_Hang-1",
      },
    });
    expect(stored.sentencesKo).toHaveLength(stored.sentencesEn.length);
    await db.$disconnect();

    const target = temp("pulled");
    const pulled = await runScript("scripts/models-pull.ts", ["--translation"], {
      MODELS_DIR: target,
      TRANSLATION_MODEL: TEST_TRANSLATION_MODEL,
      TRANSLATION_LOCAL_DTYPE: "fp32",
      HF_ENDPOINT: endpoint,
    });
    expect(pulled.status, pulled.stderr).toBe(0);
    expect(pulled.stdout).toMatch(/Now set TRANSLATION_ENGINE=local/);
    const status = await loadLocalEngine(settings(target));
    expect(status.on).toBe(true);
  });
});
