// Writes PaperBridge's test translation model: a real encoder-decoder pair of ONNX graphs and an
// NLLB-style tokenizer (SentencePiece unigram pieces, eng_Latn/kor_Hang language tokens) that
// @huggingface/transformers loads and runs through its translation pipeline exactly as it runs
// NLLB-200, cache and all. Its "translation" is word for word: the decoder's n-th step emits the
// n-th source piece mapped through a small English-Korean dictionary; every other piece
// (letters, digits, placeholders) is copied, so placeholders survive as they must.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import onnxProto from "onnx-proto";

// A CommonJS module: its namespace comes as the default export.
const { onnx } = onnxProto;

export const TEST_TRANSLATION_MODEL = "paperbridge/test-translator";

const SPECIAL = ["<s>", "<pad>", "</s>", "<unk>"];
const LANGUAGES = ["eng_Latn", "kor_Hang"];
const DICTIONARY: Record<string, string> = {
  large: "대규모",
  language: "언어",
  languages: "언어",
  model: "모델",
  models: "모델",
  we: "우리는",
  propose: "제안한다",
  present: "제시한다",
  benchmark: "벤치마크",
  benchmarks: "벤치마크",
  hallucination: "환각",
  hallucinations: "환각",
  videos: "비디오",
  video: "비디오",
  and: "그리고",
  accuracy: "정확도",
  evaluate: "평가한다",
  questions: "질문",
  the: "",
  a: "",
  an: "",
  of: "의",
  in: "에서",
  with: "와",
  to: "",
};
// Characters any English text is spelt with, and the placeholder brackets.
const CHARACTERS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => c !== " "),
  "⟦",
  "⟧",
  "–",
  "—",
  "’",
];

function tensor(name: string, dims: number[], dataType: number, raw: Uint8Array) {
  return onnx.TensorProto.create({ name, dims, dataType, rawData: raw });
}

function int64(name: string, values: number[], dims: number[] = [values.length]) {
  return tensor(
    name,
    dims,
    onnx.TensorProto.DataType.INT64,
    new Uint8Array(new BigInt64Array(values.map(BigInt)).buffer),
  );
}

function valueInfo(name: string, elemType: number, shape: (string | number)[]) {
  return onnx.ValueInfoProto.create({
    name,
    type: {
      tensorType: {
        elemType,
        shape: {
          dim: shape.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })),
        },
      },
    },
  });
}

const node = (opType: string, input: string[], output: string[], attribute: object[] = []) => ({
  opType,
  input,
  output,
  attribute,
});
const intAttribute = (name: string, i: number) => ({
  name,
  type: onnx.AttributeProto.AttributeType.INT,
  i,
});

function save(file: string, graph: ReturnType<typeof onnx.GraphProto.create>): void {
  const model = onnx.ModelProto.create({
    irVersion: 7,
    opsetImport: [{ domain: "", version: 13 }],
    producerName: "paperbridge",
    graph,
  });
  writeFileSync(file, onnx.ModelProto.encode(model).finish());
}

/** The vocabulary: special and language tokens, then pieces (▁words outrank characters). */
function vocabulary(): { pieces: [string, number][]; ids: Map<string, number> } {
  const words = Object.entries(DICTIONARY).flatMap(([en, ko]) => [
    `▁${en}`,
    `▁${en[0]!.toUpperCase()}${en.slice(1)}`,
    ...(ko ? [`▁${ko}`] : []),
  ]);
  const pieces: [string, number][] = [
    ...SPECIAL.map((p): [string, number] => [p, 0]),
    ...LANGUAGES.map((p): [string, number] => [p, 0]),
    ...[...new Set(words)].map((p): [string, number] => [p, -1]),
    ["▁", -5],
    ...CHARACTERS.map((c): [string, number] => [c, -10]),
  ];
  return { pieces, ids: new Map(pieces.map(([p], i) => [p, i])) };
}

/** Writes the model under `modelsDir/paperbridge/test-translator` (fp32 weights). */
export function writeTestTranslationModel(modelsDir: string): void {
  const { pieces, ids } = vocabulary();
  const size = pieces.length;
  // Row s of the table: the logits after reading source piece s (copy it, or its dictionary word).
  const table = new Float32Array(size * size);
  for (let s = 0; s < size; s++) table[s * size + s] = 1;
  const map = (from: string, to: string) => {
    const s = ids.get(from)!;
    table[s * size + s] = 0;
    table[s * size + ids.get(to)!] = 1;
  };
  map("eng_Latn", "kor_Hang");
  for (const [en, ko] of Object.entries(DICTIONARY)) {
    for (const form of [`▁${en}`, `▁${en[0]!.toUpperCase()}${en.slice(1)}`])
      map(form, ko ? `▁${ko}` : "▁");
  }

  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const INT64 = onnx.TensorProto.DataType.INT64;
  const dir = path.join(modelsDir, TEST_TRANSLATION_MODEL);
  mkdirSync(path.join(dir, "onnx"), { recursive: true });

  // Encoder: each source piece's id, as the one-wide hidden state the decoder reads back.
  save(
    path.join(dir, "onnx", "encoder_model.onnx"),
    onnx.GraphProto.create({
      name: "test-translator-encoder",
      initializer: [int64("last", [-1])],
      node: [
        node("Cast", ["input_ids"], ["ids"], [intAttribute("to", FLOAT)]),
        node("Unsqueeze", ["ids", "last"], ["last_hidden_state"]),
      ],
      input: [
        valueInfo("input_ids", INT64, ["batch_size", "encoder_sequence_length"]),
        valueInfo("attention_mask", INT64, ["batch_size", "encoder_sequence_length"]),
      ],
      output: [valueInfo("last_hidden_state", FLOAT, ["batch_size", "encoder_sequence_length", 1])],
    }),
  );

  // Decoder: the cache's length counts the steps taken; step n reads source piece n.
  const cache = (kind: string) =>
    ["key", "value"].map((part) => `past_key_values.0.${kind}.${part}`);
  save(
    path.join(dir, "onnx", "decoder_model_merged.onnx"),
    onnx.GraphProto.create({
      name: "test-translator-decoder",
      initializer: [
        tensor("table", [size, size], FLOAT, new Uint8Array(table.buffer)),
        int64("axes13", [1, 3]),
        int64("axis1", [1]),
        int64("two", [2], []),
        int64("one", [1], []),
        tensor("zero", [], FLOAT, new Uint8Array(new Float32Array([0]).buffer)),
      ],
      node: [
        node("Cast", ["input_ids"], ["steps"], [intAttribute("to", FLOAT)]),
        node("Mul", ["steps", "zero"], ["blank"]),
        node("Unsqueeze", ["blank", "axes13"], ["new_entries"]),
        node(
          "Concat",
          ["past_key_values.0.decoder.key", "new_entries"],
          ["present.0.decoder.key"],
          [intAttribute("axis", 2)],
        ),
        node(
          "Concat",
          ["past_key_values.0.decoder.value", "new_entries"],
          ["present.0.decoder.value"],
          [intAttribute("axis", 2)],
        ),
        node("Identity", ["past_key_values.0.encoder.key"], ["present.0.encoder.key"]),
        node("Identity", ["past_key_values.0.encoder.value"], ["present.0.encoder.value"]),
        node("Shape", ["present.0.decoder.key"], ["cache_shape"]),
        node("Gather", ["cache_shape", "two"], ["taken"], [intAttribute("axis", 0)]),
        node("Sub", ["taken", "one"], ["step"]),
        node("Shape", ["encoder_hidden_states"], ["source_shape"]),
        node("Gather", ["source_shape", "one"], ["source_length"], [intAttribute("axis", 0)]),
        node("Sub", ["source_length", "one"], ["last_source"]),
        node("Min", ["step", "last_source"], ["position"]),
        node(
          "Gather",
          ["encoder_hidden_states", "position"],
          ["piece_hidden"],
          [intAttribute("axis", 1)],
        ),
        node("Squeeze", ["piece_hidden", "axis1"], ["piece_float"]),
        node("Cast", ["piece_float"], ["piece"], [intAttribute("to", INT64)]),
        node("Gather", ["table", "piece"], ["scores"], [intAttribute("axis", 0)]),
        node("Unsqueeze", ["scores", "axis1"], ["logits"]),
      ],
      input: [
        valueInfo("input_ids", INT64, ["batch_size", "decoder_sequence_length"]),
        valueInfo("encoder_hidden_states", FLOAT, ["batch_size", "encoder_sequence_length", 1]),
        ...cache("decoder").map((name) =>
          valueInfo(name, FLOAT, ["batch_size", 1, "past_decoder_sequence_length", 1]),
        ),
        ...cache("encoder").map((name) =>
          valueInfo(name, FLOAT, ["batch_size", 1, "encoder_sequence_length_out", 1]),
        ),
      ],
      output: [
        valueInfo("logits", FLOAT, ["batch_size", 1, size]),
        ...["decoder", "encoder"].flatMap((kind) =>
          ["key", "value"].map((part) =>
            valueInfo(`present.0.${kind}.${part}`, FLOAT, [
              "batch_size",
              1,
              `present_${kind}_length`,
              1,
            ]),
          ),
        ),
      ],
    }),
  );

  const ids_ = { bos: 0, pad: 1, eos: 2, unk: 3 };
  writeFileSync(
    path.join(dir, "config.json"),
    JSON.stringify({
      model_type: "m2m_100",
      architectures: ["M2M100ForConditionalGeneration"],
      is_encoder_decoder: true,
      d_model: 1,
      encoder_layers: 1,
      decoder_layers: 1,
      encoder_attention_heads: 1,
      decoder_attention_heads: 1,
      vocab_size: size,
      bos_token_id: ids_.bos,
      pad_token_id: ids_.pad,
      eos_token_id: ids_.eos,
      decoder_start_token_id: ids_.eos,
      max_length: 512,
    }),
  );
  writeFileSync(
    path.join(dir, "generation_config.json"),
    JSON.stringify({
      bos_token_id: ids_.bos,
      pad_token_id: ids_.pad,
      eos_token_id: ids_.eos,
      decoder_start_token_id: ids_.eos,
      max_length: 512,
    }),
  );
  writeFileSync(
    path.join(dir, "tokenizer_config.json"),
    JSON.stringify({
      tokenizer_class: "NllbTokenizer",
      bos_token: "<s>",
      eos_token: "</s>",
      pad_token: "<pad>",
      unk_token: "<unk>",
      src_lang: "eng_Latn",
      tgt_lang: "kor_Hang",
      model_max_length: 1024,
      additional_special_tokens: LANGUAGES,
      legacy_behaviour: false,
    }),
  );
  const added = [...SPECIAL, ...LANGUAGES].map((content) => ({
    id: ids.get(content)!,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  }));
  writeFileSync(
    path.join(dir, "tokenizer.json"),
    JSON.stringify({
      version: "1.0",
      truncation: null,
      padding: null,
      added_tokens: added,
      normalizer: null,
      pre_tokenizer: { type: "Metaspace", replacement: "▁", prepend_scheme: "always", split: true },
      post_processor: {
        type: "TemplateProcessing",
        single: [
          { SpecialToken: { id: "eng_Latn", type_id: 0 } },
          { Sequence: { id: "A", type_id: 0 } },
          { SpecialToken: { id: "</s>", type_id: 0 } },
        ],
        pair: [
          { SpecialToken: { id: "eng_Latn", type_id: 0 } },
          { Sequence: { id: "A", type_id: 0 } },
          { Sequence: { id: "B", type_id: 0 } },
          { SpecialToken: { id: "</s>", type_id: 0 } },
        ],
        special_tokens: Object.fromEntries(
          ["eng_Latn", "kor_Hang", "</s>"].map((t) => [
            t,
            { id: t, ids: [ids.get(t)!], tokens: [t] },
          ]),
        ),
      },
      decoder: { type: "Metaspace", replacement: "▁", prepend_scheme: "always", split: true },
      model: { type: "Unigram", unk_id: ids_.unk, vocab: pieces, byte_fallback: false },
    }),
  );
}
