// npm run db:schema [-- --check]: writes (or checks) prisma/postgresql/schema.prisma.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA_PATH, postgresSchemaFrom, readSchema } from "./lib/postgres-schema.ts";

const expected = postgresSchemaFrom(readSchema());
const current = existsSync(POSTGRES_SCHEMA_PATH) ? readFileSync(POSTGRES_SCHEMA_PATH, "utf8") : null;

if (process.argv.includes("--check")) {
  if (current !== expected) {
    console.error(`${POSTGRES_SCHEMA_PATH} is out of date with prisma/schema.prisma: run npm run db:schema`);
    process.exit(1);
  }
  console.log(`${POSTGRES_SCHEMA_PATH} is up to date`);
} else if (current === expected) {
  console.log(`${POSTGRES_SCHEMA_PATH} is up to date`);
} else {
  mkdirSync(path.dirname(POSTGRES_SCHEMA_PATH), { recursive: true });
  writeFileSync(POSTGRES_SCHEMA_PATH, expected);
  console.log(`wrote ${POSTGRES_SCHEMA_PATH}`);
}
