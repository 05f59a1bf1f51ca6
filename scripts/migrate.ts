// npm run db:migrate: applies pending migrations to DATABASE_URL (default: the SQLite file).
import { readEnv } from "../lib/config/env.ts";
import { migrateAndReport } from "./lib/migrate-and-report.ts";

await migrateAndReport(readEnv().databaseUrl);
