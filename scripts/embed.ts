// npm run embed: embeds, with the configured model (EMBEDDING_MODEL in MODELS_DIR), every paper
// and concept of DATABASE_URL that lacks a current embedding. Batches are committed as they
// finish, so an interrupted run resumes where it stopped.
import { readEnv } from "../lib/config/env.ts";
import { createDb } from "../lib/db/create-db.ts";
import { embedWithProgress } from "./lib/embed-with-progress.ts";
import { migrateAndReport } from "./lib/migrate-and-report.ts";

const env = readEnv();
await migrateAndReport(env.databaseUrl);
const db = createDb(env.databaseUrl);
try {
  process.exitCode = (await embedWithProgress(db)) ? 0 : 1;
} finally {
  await db.$disconnect();
}
