import path from "node:path";
import { dialectOf } from "./dialect.ts";

/** The embedded default: a SQLite file under data/ in the working directory. */
export const DEFAULT_SQLITE_FILE = path.join("data", "paperbridge.db");

export function resolveDatabaseUrl(raw: string | undefined, cwd = process.cwd()): string {
  const value = raw?.trim();
  if (!value) return `file:${path.join(cwd, DEFAULT_SQLITE_FILE)}`;
  dialectOf(value);
  if (value.startsWith("file:")) {
    const file = value.slice("file:".length);
    return path.isAbsolute(file) ? value : `file:${path.resolve(cwd, file)}`;
  }
  return value;
}
