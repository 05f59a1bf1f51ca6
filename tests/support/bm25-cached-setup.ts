import { buildBm25Cached } from "../../scripts/lib/build-bm25-cached.ts";

// `npm install` builds the ranking extension; this rebuilds it when its source changed since.
// Where it cannot be built this says why, search runs on bm25() alone, and bm25-cached.test.ts fails.
export default function setup() {
  const outcome = buildBm25Cached();
  if ("skipped" in outcome) console.warn(`bm25_cached not built: ${outcome.skipped}`);
}
