import { describe, expect, it } from "vitest";
import { compileTagger } from "./compile-tagger.ts";
import { loadTaxonomy } from "./load-taxonomy.ts";
import type { PaperText } from "./find-mentions.ts";
import { tagPaper } from "./tag-paper.ts";

const taxonomy = loadTaxonomy();
if (!taxonomy.ok) throw new Error(JSON.stringify(taxonomy.issues));
const tagger = compileTagger(taxonomy.concepts);
// Assigns every concept mentioned once in plain text: for tests of matching rather than scoring.
const matcher = compileTagger(taxonomy.concepts.map((concept) => ({ ...concept, minScore: 1 })));

const paper = (abstractEn: string, extra: Partial<PaperText> = {}): PaperText => ({ title: "A study", abstractEn, ...extra });
// Without the learned layer a concept is "about" when its lexical score reaches its minimum.
const about = (lexical: typeof tagger, text: PaperText) =>
  tagPaper(lexical, text).filter((t) => t.about);
const found = (text: PaperText) => about(matcher, text).filter((t) => !t.implied).map((t) => t.slug);

describe("the lexical layer on English", () => {
  it("matches across hyphens, spaces and plurals", () => {
    expect(found(paper("We study low-rank adaptation for LLMs."))).toContain("lora");
    expect(found(paper("We study low rank adaptation for LLMs."))).toContain("lora");
    expect(found(paper("We insert bottleneck adapters into every layer."))).toContain("adapters");
    expect(found(paper("We merge several LoRAs into one model."))).toContain("lora");
  });

  it("takes the longest alias, so LoRA adapters is LoRA and not adapters", () => {
    const tags = found(paper("We train LoRA adapters for each task."));
    expect(tags).toContain("lora");
    expect(tags).not.toContain("adapters");
  });

  it("reads an acronym the paper defines by its long form there", () => {
    const scaling = found(paper("Test-time scaling (TTS) improves LLMs. We study TTS in multi-stage tasks, where TTS budgets matter."));
    expect(scaling).not.toContain("speech-audio");
    expect(found(paper("Text-to-speech (TTS) models read text aloud. TTS quality is rated by listeners."))).toContain("speech-audio");
    const retrieval = tagPaper(tagger, paper("Retrieval-augmented generation (RAG) grounds answers. We make RAG cheaper."));
    expect(retrieval.find((t) => t.slug === "rag")?.evidence.map((e) => e.text)).toEqual(["Retrieval-augmented generation", "RAG", "RAG"]);
    // Inside a longer term the acronym keeps its own meaning.
    expect(found(paper("Training on long chain-of-thought (CoT) responses helps; short CoT answers serve as negatives."))).toContain("chain-of-thought");
  });

  it("counts a term compared against in the same clause as a baseline, even in a sentence about the paper's work", () => {
    const tags = about(tagger, paper("We propose DMS, which keeps better accuracy than training-free sparse attention. It compresses the KV cache 8 times."));
    expect(tags.map((t) => t.slug)).not.toContain("sparse-attention");
    expect(about(tagger, paper("We propose a sparse attention kernel. Our sparse attention kernel is fast.")).map((t) => t.slug)).toContain("sparse-attention");
  });

  it("counts a term in an opening concession as a baseline: the paper answers what it lacks", () => {
    const tagged = (abstractEn: string) => about(tagger, paper(abstractEn)).map((t) => t.slug);
    expect(tagged("While retrieval-augmented generation (RAG) improves accuracy, it fails on noisy tables. We propose DataMosaic for data analytics.")).not.toContain("rag");
    expect(tagged("While simple, retrieval-augmented generation (RAG) grounds answers in tables. We propose DataMosaic for data analytics.")).toContain("rag");
  });

  it("reads a mention as the paper's subject when the abstract opens on it, the work acts on it, or a single author writes I", () => {
    const tagged = (text: Partial<PaperText>) => about(tagger, { title: "A study", abstractEn: "x", ...text }).map((t) => t.slug);
    expect(tagged({ abstractEn: "Inference-time scaling trades efficiency for accuracy. Compressing the cache lets models think longer." })).toContain("test-time-compute");
    expect(tagged({ abstractEn: "Compressing the cache lets models think longer. Inference-time scaling trades efficiency for accuracy." })).not.toContain("test-time-compute");
    expect(tagged({ abstractKo: "추론 시점 확장은 효율을 정확도와 맞바꾼다. 캐시를 압축하면 모델이 더 오래 생각할 수 있다." })).toContain("test-time-compute");
    expect(tagged({ abstractEn: "Under self-distillation, the encoder effectively mitigates catastrophic forgetting of pretrained knowledge." })).toContain("catastrophic-forgetting");
    expect(tagged({ abstractEn: "Results show that the encoder suffers from catastrophic forgetting of pretrained knowledge." })).not.toContain("catastrophic-forgetting");
    expect(tagged({ abstractEn: "Results come from one GPU. I analyze token efficiency and catastrophic forgetting mitigation strategies." })).toContain("catastrophic-forgetting");
    expect(tagged({ abstractEn: "Results come from one GPU. We ask whether meta-learning makes the pretraining of small language models better." })).toContain("small-language-models");
  });

  it("reads not only ... but also as affirmative, not as a negation", () => {
    expect(found(paper("Our method not only shrinks the KV cache but also speeds up decoding."))).toContain("kv-cache");
    expect(found(paper("Our method does not shrink the KV cache."))).not.toContain("kv-cache");
  });

  it("matches acronyms only as written: RAG but not rag, LoRA but not the LoRa radio", () => {
    expect(found(paper("We improve RAG pipelines for enterprise search."))).toContain("rag");
    expect(found(paper("The cleaning rag was soaked in water."))).not.toContain("rag");
    expect(found(paper("We deploy LoRa radio modules for IoT sensing over long ranges."))).not.toContain("lora");
  });

  it("respects word boundaries", () => {
    expect(found(paper("QLoRA quantizes the base model to 4 bits."))).not.toContain("lora");
    expect(found(paper("QLoRA quantizes the base model to 4 bits."))).toContain("qlora");
    expect(found(paper("The drag coefficient was measured."))).not.toContain("rag");
  });

  it("scores a negated or baseline mention below the threshold and a title mention above", () => {
    expect(found(paper("Our method works without fine-tuning the model."))).not.toContain("fine-tuning");
    expect(found(paper("It outperforms baselines such as LoRA on GLUE."))).not.toContain("lora");
    const titled = tagPaper(tagger, { title: "Speculative Decoding at Scale", abstractEn: "We study speculative decoding." });
    const plain = tagPaper(tagger, paper("We study speculative decoding."));
    expect(titled.find((t) => t.slug === "speculative-decoding")!.score).toBeGreaterThan(plain.find((t) => t.slug === "speculative-decoding")!.score);
  });

  it("assigns a concept mentioned once in passing only when the taxonomy's default threshold allows", () => {
    const tagged = (abstractEn: string) => about(tagger, paper(abstractEn)).map((t) => t.slug);
    expect(tagged("Results also hold for quantization.")).not.toContain("quantization");
    expect(tagged("We propose a quantization scheme.")).toContain("quantization");
    expect(tagged("Quantization is cheap. Our quantization keeps accuracy.")).toContain("quantization");
  });

  it("marks ancestors as implied, with no evidence of their own", () => {
    const tags = tagPaper(tagger, paper("We propose a QLoRA recipe."));
    expect(tags.find((t) => t.slug === "qlora")).toMatchObject({ implied: false, method: "lexical" });
    for (const slug of ["lora", "peft", "fine-tuning"]) expect(tags.find((t) => t.slug === slug)).toMatchObject({ implied: true, method: "implied", evidence: [] });
  });

  it("records evidence whose offsets point at the matched text", () => {
    const text = paper("Retrieval-augmented generation (RAG) reduces hallucination.");
    for (const tag of tagPaper(tagger, text)) {
      for (const e of tag.evidence) expect(text[e.field as "abstractEn"]!.slice(e.start, e.end)).toBe(e.text);
    }
    expect(tagPaper(tagger, text).find((t) => t.slug === "rag")!.evidence.map((e) => e.text)).toEqual(["Retrieval-augmented generation", "RAG"]);
  });
});

describe("the lexical layer on Korean", () => {
  const korean = (abstractKo: string) => about(matcher, { title: "x", abstractEn: "x", abstractKo });

  it("matches terms with particles attached, and marks only the term", () => {
    const tags = korean("우리는 모델에 양자화를 적용하고 검색 증강 생성은 그대로 둔다.");
    const quantization = tags.find((t) => t.slug === "quantization")!;
    expect(quantization.evidence[0]!.text).toBe("양자화");
    expect(tags.find((t) => t.slug === "rag")!.evidence[0]!.text).toBe("검색 증강 생성");
  });

  it("matches closed-up spelling and Latin terms inside Korean text", () => {
    expect(korean("검색증강생성은 양자화된 모델에서도 쓰인다.").map((t) => t.slug)).toEqual(expect.arrayContaining(["rag", "quantization"]));
    expect(korean("LoRA를 적용한 모델의 KV 캐시를 줄인다.").map((t) => t.slug)).toEqual(expect.arrayContaining(["lora", "kv-cache"]));
  });

  it("never joins Latin words across Korean text into one term", () => {
    const llama = korean("Qwen의 응답은 두 배로 늘고 Llama의 미국 편향은 3분의 1 줄었다.").find((t) => t.slug === "llama")!;
    expect(llama.evidence.map((e) => e.text)).toEqual(["Llama"]);
  });

  it("does not match inside a longer word", () => {
    expect(korean("비양자화 연산을 줄인다.").map((t) => t.slug)).not.toContain("quantization");
  });
});
