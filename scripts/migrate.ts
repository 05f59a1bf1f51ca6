// npm run db:migrate: applies pending migrations to DATABASE_URL (default: the SQLite file).
import { readEnv } from "../lib/config/env.ts";
import { writeSession } from "./lib/write-session.ts";

// Migrating is the whole of the session's work.
await writeSession(readEnv().databaseUrl, async () => undefined);
