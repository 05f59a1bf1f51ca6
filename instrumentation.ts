// Runs once when the server starts: it logs whether translation is on, and with an embedding
// model present, the stored vectors are read into memory in the background, so the first
// related-papers or semantic request does not wait for them (3.6 s at 100k papers,
// docs/benchmarks.md). Without one, the operator learns here, in the server log, why semantic
// features are off and how to turn them on; readers see none of it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Operators learn here, not on reader pages, whether and how the app makes Korean itself.
  const { readTranslationEnv, TRANSLATION_OFF_HINT } = await import("./lib/config/translation-env.ts");
  const translation = readTranslationEnv();
  console.log(translation.engine === "off" ? TRANSLATION_OFF_HINT : `Translation engine: ${translation.engine} (${translation.model ?? "default model"}); "npm run translate" makes Korean for papers that lack it.`);
  const [{ getDb }, { missingModel }, { embeddingSettings }, { storedVectors }] = await Promise.all([
    import("./lib/db/server-db.ts"),
    import("./lib/semantic/embedder.ts"),
    import("./lib/semantic/embedding-settings.ts"),
    import("./lib/semantic/vector-index.ts"),
  ]);
  const settings = embeddingSettings();
  const missing = missingModel(settings);
  if (missing) {
    console.warn(`Semantic features are off: ${missing}`);
    return;
  }
  storedVectors(getDb(), settings.model).catch((error: Error) => console.warn(`Could not preload embeddings: ${error.message}`));
}
