// Runs at postinstall: generates the Prisma clients for SQLite and PostgreSQL.
import { spawnSync } from "node:child_process";
import { POSTGRES_SCHEMA_PATH, SCHEMA_PATH } from "./lib/postgres-schema.ts";

// `prisma generate` does not run the schema engine but insists that its binary exists, and the
// binary host is unreachable here (ENVIRONMENT.md). Any existing file satisfies the check.
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };

for (const schema of [SCHEMA_PATH, POSTGRES_SCHEMA_PATH]) {
  const result = spawnSync("npx", ["--no-install", "prisma", "generate", "--schema", schema], { env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`prisma generate failed for ${schema}`);
    process.exit(result.status ?? 1);
  }
}
