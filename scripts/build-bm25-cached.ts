// Runs at postinstall (and before the tests): builds the SQLite ranking extension
// (lib/search/bm25-cached.c). Never fails the install: without it search ranks with FTS5's bm25().
import { buildBm25Cached } from "./lib/build-bm25-cached.ts";

const outcome = buildBm25Cached();
if ("skipped" in outcome) {
  console.warn(`bm25_cached not built (${outcome.skipped}); SQLite search ranks with FTS5's bm25(), same results, about twice as slow for words in most papers.`);
} else if (outcome.fresh) {
  console.log(`Built ${outcome.built} (SQLite search ranking).`);
}
