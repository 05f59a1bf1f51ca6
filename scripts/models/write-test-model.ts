// Writes PaperBridge's test embedding model: a real ONNX graph and WordPiece tokenizer that
// @huggingface/transformers loads through its normal local-files path, small enough to build in
// a test. Its "meaning" is the concept taxonomy: every word of a concept's English and Korean
// aliases points along that concept's own dimension, so "양자화" and "quantization" land
// together and cross-lingual search can be tested without a real model. Other words of the
// sample content get a weak hashed direction; particles (##를) point nowhere.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import onnxProto from "onnx-proto";
import { parse } from "yaml";
import { KOREAN_PARTICLES } from "../../lib/concepts/korean-particles.ts";

// A CommonJS module: its namespace comes as the default export.
const { onnx } = onnxProto;

export const TEST_MODEL = "paperbridge/test-embedder";
const SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"];
const HASHED_DIMS = 16;
const HASHED_WEIGHT = 0.25;
// [CLS], [SEP] and [UNK] share one weak dimension, so that no text embeds to zero.
const COMMON_WEIGHT = 0.1;

interface TaxonomyConcept {
  aliases?: { en?: string[]; acronyms?: string[]; ko?: string[] };
  name?: { en?: string; ko?: string };
}

/** Lower-cased words as BERT's pre-tokenizer cuts them: runs of letters and digits. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function conceptWords(): string[][] {
  const dir = path.join("content", "concepts");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .flatMap((f) => parse(readFileSync(path.join(dir, f), "utf8")) as TaxonomyConcept[])
    .map((c) => [...new Set([c.name?.en ?? "", c.name?.ko ?? "", ...(c.aliases?.en ?? []), ...(c.aliases?.acronyms ?? []), ...(c.aliases?.ko ?? [])].flatMap(words))]);
}

function sampleWords(): string[] {
  const dir = path.join("content", "digests");
  return readdirSync(dir).flatMap((f) => words(readFileSync(path.join(dir, f), "utf8")));
}

function hash(word: string): number {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}

function tensor(name: string, dims: number[], dataType: number, raw: Uint8Array) {
  return onnx.TensorProto.create({ name, dims, dataType, rawData: raw });
}

function valueInfo(name: string, elemType: number, shape: (string | number)[]) {
  return onnx.ValueInfoProto.create({
    name,
    type: { tensorType: { elemType, shape: { dim: shape.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) } } },
  });
}

/** Writes the model under `modelsDir/paperbridge/test-embedder`; returns its dimension. */
export function writeTestModel(modelsDir: string): number {
  const concepts = conceptWords();
  const dims = concepts.length + HASHED_DIMS + 1;
  const vectors = new Map<string, Float32Array>();
  concepts.forEach((list, conceptIndex) => {
    for (const word of list) {
      const v = vectors.get(word) ?? new Float32Array(dims);
      v[conceptIndex] = 1;
      vectors.set(word, v);
    }
  });
  for (const word of sampleWords()) {
    if (vectors.has(word)) continue;
    const v = new Float32Array(dims);
    v[concepts.length + (hash(word) % HASHED_DIMS)] = HASHED_WEIGHT;
    vectors.set(word, v);
  }
  const vocab = [...SPECIAL, ...vectors.keys(), ...KOREAN_PARTICLES.map((p) => `##${p}`)];
  const table = new Float32Array(vocab.length * dims);
  vocab.forEach((token, i) => {
    const v = vectors.get(token);
    if (v) table.set(v, i * dims);
  });
  for (const token of ["[UNK]", "[CLS]", "[SEP]"]) table[vocab.indexOf(token) * dims + dims - 1] = COMMON_WEIGHT;

  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const INT64 = onnx.TensorProto.DataType.INT64;
  const graph = onnx.GraphProto.create({
    name: "test-embedder",
    initializer: [
      tensor("embeddings", [vocab.length, dims], FLOAT, new Uint8Array(table.buffer)),
      tensor("last_axis", [1], INT64, new Uint8Array(new BigInt64Array([-1n]).buffer)),
    ],
    node: [
      { opType: "Gather", input: ["embeddings", "input_ids"], output: ["hidden"], attribute: [{ name: "axis", type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
      { opType: "Cast", input: ["attention_mask"], output: ["mask"], attribute: [{ name: "to", type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }] },
      { opType: "Unsqueeze", input: ["mask", "last_axis"], output: ["mask3"] },
      { opType: "Mul", input: ["hidden", "mask3"], output: ["last_hidden_state"] },
    ],
    input: [valueInfo("input_ids", INT64, ["batch", "sequence"]), valueInfo("attention_mask", INT64, ["batch", "sequence"])],
    output: [valueInfo("last_hidden_state", FLOAT, ["batch", "sequence", dims])],
  });
  const model = onnx.ModelProto.create({ irVersion: 7, opsetImport: [{ domain: "", version: 13 }], producerName: "paperbridge", graph });

  const dir = path.join(modelsDir, TEST_MODEL);
  mkdirSync(path.join(dir, "onnx"), { recursive: true });
  writeFileSync(path.join(dir, "onnx", "model.onnx"), onnx.ModelProto.encode(model).finish());
  writeFileSync(path.join(dir, "config.json"), JSON.stringify({ model_type: "bert", architectures: ["BertModel"], hidden_size: dims, vocab_size: vocab.length, max_position_embeddings: 512 }));
  writeFileSync(
    path.join(dir, "tokenizer_config.json"),
    JSON.stringify({ tokenizer_class: "BertTokenizer", do_lower_case: true, model_max_length: 512, cls_token: "[CLS]", sep_token: "[SEP]", pad_token: "[PAD]", unk_token: "[UNK]" }),
  );
  writeFileSync(
    path.join(dir, "tokenizer.json"),
    JSON.stringify({
      version: "1.0",
      truncation: null,
      padding: null,
      added_tokens: SPECIAL.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
      // Hangul must not lose its syllables to accent stripping (NFD would split them into jamo).
      normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: false, lowercase: true },
      pre_tokenizer: { type: "BertPreTokenizer" },
      post_processor: {
        type: "TemplateProcessing",
        single: [{ SpecialToken: { id: "[CLS]", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "[SEP]", type_id: 0 } }],
        pair: [{ SpecialToken: { id: "[CLS]", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "[SEP]", type_id: 0 } }, { Sequence: { id: "B", type_id: 1 } }, { SpecialToken: { id: "[SEP]", type_id: 1 } }],
        special_tokens: { "[CLS]": { id: "[CLS]", ids: [2], tokens: ["[CLS]"] }, "[SEP]": { id: "[SEP]", ids: [3], tokens: ["[SEP]"] } },
      },
      decoder: { type: "WordPiece", prefix: "##", cleanup: true },
      model: { type: "WordPiece", unk_token: "[UNK]", continuing_subword_prefix: "##", max_input_chars_per_word: 100, vocab: Object.fromEntries(vocab.map((t, i) => [t, i])) },
    }),
  );
  return dims;
}
