/**
 * The 37 core concepts: the labelled set names them for every paper, the learned layer decides
 * them, and the tagger's quality is measured on them.
 */
export const CORE_CONCEPTS = [
  "transformer",
  "pretraining",
  "instruction-tuning",
  "rlhf",
  "dpo",
  "reward-model",
  "peft",
  "lora",
  "qlora",
  "adapters",
  "prompt-tuning",
  "quantization",
  "knowledge-distillation",
  "pruning",
  "flash-attention",
  "mixture-of-experts",
  "long-context",
  "kv-cache",
  "speculative-decoding",
  "scaling-laws",
  "in-context-learning",
  "chain-of-thought",
  "rag",
  "agents",
  "tool-use",
  "hallucination",
  "distributed-training",
  "pipeline-parallelism",
  "text-to-sql",
  "continued-pretraining",
  "data-augmentation",
  "machine-translation",
  "multilingual",
  "korean-llm",
  "benchmarks",
  "tokenization",
  "llama",
] as const;

export type CoreConcept = (typeof CORE_CONCEPTS)[number];

const CORE = new Set<string>(CORE_CONCEPTS);

export const isCoreConcept = (slug: string): slug is CoreConcept => CORE.has(slug);

/**
 * The core concepts a set of labels stands for: each core label and its core ancestors (a lora
 * paper is a peft paper), as the labelled set lists them.
 */
export function coreClosure(
  slugs: Iterable<string>,
  ancestorsOf: (slug: string) => readonly string[],
): Set<string> {
  const closed = new Set<string>();
  for (const slug of slugs) {
    for (const concept of [slug, ...ancestorsOf(slug)]) if (CORE.has(concept)) closed.add(concept);
  }
  return closed;
}
