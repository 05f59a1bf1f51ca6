// prisma/schema.prisma is the one source of truth; the PostgreSQL copy is derived from it.
import { readFileSync } from "node:fs";
import path from "node:path";

export const SCHEMA_PATH = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA_PATH = path.join("prisma", "postgresql", "schema.prisma");
/** The PostgreSQL schema as of the newest PostgreSQL migration; db:diff starts from it. */
export const POSTGRES_MIGRATED_SCHEMA_PATH = path.join("prisma", "postgresql", "migrated-schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:schema`. Do not edit: change prisma/schema.prisma.\n";

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, "g"));
  if (matches?.length !== 1) throw new Error(`prisma/schema.prisma: expected exactly one ${what}`);
  return text.replace(pattern, replacement);
}

export function postgresSchemaFrom(schemaText: string): string {
  let text = schemaText.replace(/^(\/\/.*\n)+/, "");
  text = replaceOnce(text, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', 'datasource provider = "sqlite"');
  text = replaceOnce(text, /output(\s*)=\s*"\.\.\/lib\/db\/generated\/sqlite"/, 'output$1= "../../lib/db/generated/postgresql"', "generator output");
  return HEADER + text;
}

export function readSchema(root = process.cwd()): string {
  return readFileSync(path.join(root, SCHEMA_PATH), "utf8");
}
