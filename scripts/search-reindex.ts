// npm run search:reindex: rebuilds the search index of DATABASE_URL from the stored papers.
import { readEnv } from "../lib/config/env.ts";
import { createDb } from "../lib/db/create-db.ts";
import { ensureSearchIndex } from "../lib/search/search-index.ts";
import { writeSession } from "./lib/write-session.ts";

const url = readEnv().databaseUrl;
await writeSession(url, async () => {
  const db = createDb(url);
  try {
    const indexed = await ensureSearchIndex(db, { rebuild: true, onProgress: (done, total) => process.stdout.write(`\rindexed ${done}/${total} papers`) });
    console.log(`\nRebuilt the search index: ${indexed} papers.`);
  } finally {
    await db.$disconnect();
  }
});
