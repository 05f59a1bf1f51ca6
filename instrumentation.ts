// Runs once when the server starts: with an embedding model present, the stored vectors are read
// into memory in the background, so the first related-papers or semantic request does not wait
// for them (3.6 s at 100k papers, docs/benchmarks.md). Without one, the operator learns here, in
// the server log, why semantic features are off and how to turn them on; readers see none of it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
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
