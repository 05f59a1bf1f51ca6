// A second implementation of the test embedding model (scripts/models/write-test-model.ts), in
// plain TypeScript and float64: BERT's text cleaning, lower-casing and punctuation split, greedy
// WordPiece, then the forward pass from the weights stored in the ONNX file (dequantised by hand
// for the 8-bit file), mean pooling and normalisation. Tests compare what the app computes
// through @huggingface/transformers and onnxruntime with what this computes.
import { readFileSync } from "node:fs";
import path from "node:path";
import onnxProto from "onnx-proto";

const { onnx } = onnxProto;
const MAX_WORD_CHARS = 100;

export interface ReferenceModel {
  /** Token ids as the model sees them: [CLS], the word pieces, [SEP], cut to the model's length. */
  tokenize(text: string): number[];
  /** The text's unit vector. */
  embed(text: string): Float64Array;
}

// BERT's punctuation: ASCII symbols and every Unicode punctuation character, each a token alone.
const PUNCTUATION = /[\p{P}\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E]/u;
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u;
// CJK ideographs get spaces around them (Hangul is not among them).
const CJK = [[0x4e00, 0x9fff], [0x3400, 0x4dbf], [0x20000, 0x2a6df], [0x2a700, 0x2b73f], [0x2b740, 0x2b81f], [0x2b820, 0x2ceaf], [0xf900, 0xfaff], [0x2f800, 0x2fa1f]];

function basicTokens(text: string): string[] {
  let cleaned = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0 || code === 0xfffd || (CONTROL.test(char) && !"\t\n\r".includes(char))) continue;
    if (/\s/u.test(char)) cleaned += " ";
    else if (CJK.some(([low, high]) => code >= low! && code <= high!)) cleaned += ` ${char} `;
    else cleaned += char;
  }
  const pieces: string[] = [];
  for (const word of cleaned.toLowerCase().split(" ")) {
    let run = "";
    for (const char of word) {
      if (!PUNCTUATION.test(char)) {
        run += char;
        continue;
      }
      if (run) pieces.push(run);
      pieces.push(char);
      run = "";
    }
    if (run) pieces.push(run);
  }
  return pieces;
}

function wordPieces(word: string, vocab: Map<string, number>): string[] {
  const chars = [...word];
  if (chars.length > MAX_WORD_CHARS) return ["[UNK]"];
  const out: string[] = [];
  for (let start = 0; start < chars.length; ) {
    let end = chars.length;
    for (; end > start; end--) if (vocab.has((start > 0 ? "##" : "") + chars.slice(start, end).join(""))) break;
    if (end === start) return ["[UNK]"];
    out.push((start > 0 ? "##" : "") + chars.slice(start, end).join(""));
    start = end;
  }
  return out;
}

/** The initializers of an ONNX file as float64 arrays, 8-bit ones dequantised. */
function weights(file: string): Map<string, { dims: number[]; values: Float64Array }> {
  const model = onnx.ModelProto.decode(readFileSync(file));
  const raw = new Map(model.graph!.initializer!.map((t) => [t.name!, t]));
  const read = (name: string) => {
    const t = raw.get(name)!;
    const data = t.rawData!;
    const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    const values = t.dataType === onnx.TensorProto.DataType.FLOAT ? new Float32Array(buffer) : new Uint8Array(buffer);
    return { dims: (t.dims ?? []).map(Number), values: Float64Array.from(values) };
  };
  const out = new Map<string, { dims: number[]; values: Float64Array }>();
  for (const name of ["positions", "types", "bias"]) out.set(name, read(name));
  for (const [name, stored] of [["word_table", "words"], ["dense_weight", "dense"]]) {
    if (raw.has(name!)) {
      out.set(name!, read(name!));
      continue;
    }
    const q = read(`${stored}_q`);
    const scale = read(`${stored}_scale`).values[0]!;
    const zero = read(`${stored}_zero`).values[0]!;
    out.set(name!, { dims: q.dims, values: q.values.map((v) => (v - zero) * scale) });
  }
  return out;
}

/** The model in `modelDir` (its tokenizer.json and onnx/ file for the dtype), computed by hand. */
export function referenceModel(modelDir: string, dtype: "fp32" | "q8"): ReferenceModel {
  const tokenizer = JSON.parse(readFileSync(path.join(modelDir, "tokenizer.json"), "utf8"));
  const vocab = new Map<string, number>(Object.entries(tokenizer.model.vocab));
  const maxLength = JSON.parse(readFileSync(path.join(modelDir, "tokenizer_config.json"), "utf8")).model_max_length as number;
  const w = weights(path.join(modelDir, "onnx", dtype === "q8" ? "model_quantized.onnx" : "model.onnx"));
  const [, width] = w.get("word_table")!.dims as [number, number];
  const [, hidden] = w.get("dense_weight")!.dims as [number, number];
  const [wordTable, positions, types, dense, bias] = ["word_table", "positions", "types", "dense_weight", "bias"].map((n) => w.get(n)!.values) as Float64Array[];

  const tokenize = (text: string) => {
    const ids = basicTokens(text).flatMap((word) => wordPieces(word, vocab)).map((piece) => vocab.get(piece)!);
    // transformers.js truncates after adding the special tokens: a long text loses its [SEP].
    return [vocab.get("[CLS]")!, ...ids, vocab.get("[SEP]")!].slice(0, maxLength);
  };
  const embed = (text: string) => {
    const ids = tokenize(text);
    const pooled = new Float64Array(hidden);
    const x = new Float64Array(width);
    ids.forEach((id, position) => {
      for (let e = 0; e < width; e++) x[e] = wordTable![id * width + e]! + positions![position * width + e]! + types![e]!;
      for (let h = 0; h < hidden; h++) {
        let sum = bias![h]!;
        for (let e = 0; e < width; e++) sum += x[e]! * dense![e * hidden + h]!;
        pooled[h]! += Math.tanh(sum) / ids.length;
      }
    });
    const norm = Math.hypot(...pooled);
    return pooled.map((v) => v / norm);
  };
  return { tokenize, embed };
}

/** Cosine similarity of two unit vectors. */
export const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};
