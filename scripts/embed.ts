// npm run embed: embeds, with the configured model (EMBEDDING_MODEL in MODELS_DIR), every paper
// and concept of DATABASE_URL that lacks a current embedding. Batches are committed as they
// finish, so an interrupted run resumes where it stopped.
import { readEnv } from "../lib/config/env.ts";
import { createDb } from "../lib/db/create-db.ts";
import { embedWithProgress } from "./lib/embed-with-progress.ts";
import { writeSession } from "./lib/write-session.ts";

const env = readEnv();
await writeSession(env.databaseUrl, async () => {
  const db = createDb(env.databaseUrl);
  try {
    process.exitCode = (await embedWithProgress(db)) ? 0 : 1;
  } finally {
    await db.$disconnect();
  }
});
