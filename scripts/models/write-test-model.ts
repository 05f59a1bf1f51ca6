// Writes PaperBridge's test embedding model: a tiny sentence encoder in the layout
// @huggingface/transformers loads from local files (config.json, a WordPiece tokenizer, the
// full-precision onnx/model.onnx and the 8-bit onnx/model_quantized.onnx that dtype q8 reads).
// Its weights are random from a fixed seed, so what it finds similar follows from arithmetic,
// not from the tests: they compute what to expect with a separate plain implementation of the
// same forward pass (tests/support/test-model-reference.ts). The network: token, position and
// token-type embeddings summed, then one dense layer with tanh; the pipeline mean-pools the
// hidden states over the attention mask and normalises, as for a real sentence encoder.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import onnxProto from "onnx-proto";
import { mulberry32 } from "../lib/seeded-random.ts";

// A CommonJS module: its namespace comes as the default export.
const { onnx } = onnxProto;

export const TEST_MODEL = "paperbridge/test-embedder";
export const TEST_MODEL_SHAPE = { width: 48, hidden: 64, positions: 512 };
const SEED = 20261205;
const SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"];
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;
const UINT8 = onnx.TensorProto.DataType.UINT8;

/**
 * The vocabulary: the words used at least twice in the sample digests, then every character of
 * the sample content alone and as a word piece (##x), so that any word of it tokenises.
 */
function vocabulary(): string[] {
  const text = ["digests", "concepts"]
    .flatMap((folder) => readdirSync(path.join("content", folder)).map((f) => path.join("content", folder, f)))
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => readFileSync(file, "utf8").toLowerCase())
    .join("\n");
  const counts = new Map<string, number>();
  for (const word of text.match(/[\p{L}\p{N}]{2,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const chars = [...new Set(text.match(/[^\s]/gu))].sort();
  return [...new Set([...SPECIAL, ...words.map(([w]) => w), ...chars, ...chars.map((c) => `##${c}`)])];
}

function fnv1a(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Per-tensor asymmetric 8-bit quantisation, as onnxruntime's quantiser writes weights. */
function quantize(values: Float32Array): { data: Uint8Array; scale: number; zeroPoint: number } {
  const min = values.reduce((a, b) => Math.min(a, b), 0);
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  const scale = Math.fround((max - min) / 255);
  const zeroPoint = Math.min(255, Math.max(0, Math.round(-min / scale)));
  const data = Uint8Array.from(values, (v) => Math.min(255, Math.max(0, Math.round(v / scale) + zeroPoint)));
  return { data, scale, zeroPoint };
}

const bytes = (array: Float32Array | BigInt64Array | Uint8Array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
const floats = (name: string, dims: number[], values: Float32Array) => onnx.TensorProto.create({ name, dims, dataType: FLOAT, rawData: bytes(values) });
const int64 = (name: string, dims: number[], values: bigint[]) => onnx.TensorProto.create({ name, dims, dataType: INT64, rawData: bytes(BigInt64Array.from(values)) });
const uint8 = (name: string, dims: number[], values: Uint8Array) => onnx.TensorProto.create({ name, dims, dataType: UINT8, rawData: values });
const node = (opType: string, input: string[], output: string, attribute: object[] = []) => ({ opType, input, output: [output], attribute });
const axis0 = [{ name: "axis", type: onnx.AttributeProto.AttributeType.INT, i: 0 }];

function valueInfo(name: string, elemType: number, shape: (string | number)[]) {
  return onnx.ValueInfoProto.create({
    name,
    type: { tensorType: { elemType, shape: { dim: shape.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) } } },
  });
}

/** The graph with full-precision weights, or with 8-bit ones read through DequantizeLinear. */
function graph(weights: Record<"words" | "positions" | "types" | "dense" | "bias", Float32Array>, vocabSize: number, quantized: boolean) {
  const { width, hidden, positions } = TEST_MODEL_SHAPE;
  const initializer = [floats("positions", [positions, width], weights.positions), floats("types", [2, width], weights.types), floats("bias", [hidden], weights.bias)];
  initializer.push(int64("zero", [], [0n]), int64("one", [], [1n]));
  const nodes = [];
  // 8-bit weights with a scale and zero point. The token table is read as onnxruntime's quantiser
  // writes a quantised Gather (DequantizeLinear after it). The dense weights are dequantised with
  // plain arithmetic: onnxruntime turns DequantizeLinear -> MatMul into a kernel that also
  // quantises the activations, with one scale per batch, so a text's vector would depend on the
  // texts batched with it and no test could say what to expect.
  const weight = (name: "words" | "dense", dims: number[], output: string) => {
    if (!quantized) return void initializer.push(floats(output, dims, weights[name]));
    const q = quantize(weights[name]);
    const zero = name === "words" ? uint8(`${name}_zero`, [], Uint8Array.of(q.zeroPoint)) : floats(`${name}_zero`, [], Float32Array.of(q.zeroPoint));
    initializer.push(uint8(`${name}_q`, dims, q.data), floats(`${name}_scale`, [], Float32Array.of(q.scale)), zero);
    if (name === "words") return void nodes.push(node("DequantizeLinear", [`${name}_q`, `${name}_scale`, `${name}_zero`], output));
    const toFloat = [{ name: "to", type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }];
    nodes.push(node("Cast", [`${name}_q`], `${name}_unsigned`, toFloat), node("Sub", [`${name}_unsigned`, `${name}_zero`], `${name}_centred`), node("Mul", [`${name}_centred`, `${name}_scale`], output));
  };
  weight("words", [vocabSize, width], "word_table");
  weight("dense", [width, hidden], "dense_weight");
  nodes.push(
    node("Gather", ["word_table", "input_ids"], "word", axis0),
    node("Shape", ["input_ids"], "shape"),
    node("Gather", ["shape", "one"], "length", axis0),
    node("Range", ["zero", "length", "one"], "position_ids"),
    node("Gather", ["positions", "position_ids"], "position", axis0),
    node("Gather", ["types", "token_type_ids"], "type", axis0),
    node("Add", ["word", "position"], "word_position"),
    node("Add", ["word_position", "type"], "embedded"),
    node("MatMul", ["embedded", "dense_weight"], "projected"),
    node("Add", ["projected", "bias"], "biased"),
    node("Tanh", ["biased"], "last_hidden_state"),
  );
  const inputs = ["input_ids", "attention_mask", "token_type_ids"].map((name) => valueInfo(name, INT64, ["batch", "sequence"]));
  return onnx.GraphProto.create({
    name: "test-embedder",
    initializer,
    node: nodes,
    input: inputs,
    output: [valueInfo("last_hidden_state", FLOAT, ["batch", "sequence", hidden])],
  });
}

/** Writes the model under `modelsDir/paperbridge/test-embedder`; returns its dimension. */
export function writeTestModel(modelsDir: string): number {
  const { width, hidden, positions } = TEST_MODEL_SHAPE;
  const vocab = vocabulary();
  const uniform = (random: () => number, length: number, range: number) => Float32Array.from({ length }, () => (random() * 2 - 1) * range);
  const random = mulberry32(SEED);
  // Each token's vector comes from its own seed, so a word added to the sample content changes
  // only its own row, not every other token's.
  const words = new Float32Array(vocab.length * width);
  vocab.forEach((token, i) => words.set(uniform(mulberry32(SEED ^ fnv1a(token)), width, 1), i * width));
  const weights = {
    words,
    positions: uniform(random, positions * width, 0.2),
    types: uniform(random, 2 * width, 0.2),
    dense: uniform(random, width * hidden, Math.sqrt(3 / width)),
    bias: uniform(random, hidden, 0.1),
  };
  const dir = path.join(modelsDir, TEST_MODEL);
  mkdirSync(path.join(dir, "onnx"), { recursive: true });
  for (const [file, quantized] of [["model.onnx", false], ["model_quantized.onnx", true]] as const) {
    const model = onnx.ModelProto.create({ irVersion: 7, opsetImport: [{ domain: "", version: 13 }], producerName: "paperbridge", graph: graph(weights, vocab.length, quantized) });
    writeFileSync(path.join(dir, "onnx", file), onnx.ModelProto.encode(model).finish());
  }
  const config = { model_type: "bert", architectures: ["BertModel"], hidden_size: hidden, vocab_size: vocab.length, max_position_embeddings: positions, type_vocab_size: 2 };
  writeFileSync(path.join(dir, "config.json"), JSON.stringify(config));
  writeFileSync(
    path.join(dir, "tokenizer_config.json"),
    JSON.stringify({ tokenizer_class: "BertTokenizer", do_lower_case: true, model_max_length: positions, cls_token: "[CLS]", sep_token: "[SEP]", pad_token: "[PAD]", unk_token: "[UNK]" }),
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
  return hidden;
}
