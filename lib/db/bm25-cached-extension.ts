import { existsSync } from "node:fs";
import path from "node:path";

// Where `npm install` builds lib/search/bm25-cached.c (scripts/build-bm25-cached.ts), beside the
// better-sqlite3 whose SQLite it is compiled against, so a reinstall rebuilds it.
export const BM25_CACHED_FILE = path.join("node_modules", ".paperbridge", "bm25_cached.so");

let found: string | null | undefined;

/** Where this project's node_modules is looked for: the working directory and the running script's (the project's, or next's and vitest's inside its node_modules). */
export function lookupStarts(): string[] {
  return [process.cwd(), ...(process.argv[1] ? [path.dirname(path.resolve(process.argv[1]))] : [])];
}

/**
 * The built ranking extension, looked for from the working directory and from the running
 * script upwards (as the reader threads look for better-sqlite3), or null where it was not built:
 * searches then rank with FTS5's own bm25(), which gives the same scores more slowly.
 */
export function bm25CachedExtension(): string | null {
  if (found !== undefined) return found;
  found = null;
  for (const start of lookupStarts()) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, BM25_CACHED_FILE))) return (found = path.join(dir, BM25_CACHED_FILE));
      if (path.dirname(dir) === dir) break;
    }
  }
  return found;
}
