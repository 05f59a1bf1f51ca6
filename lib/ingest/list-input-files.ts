import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** The files a path names: itself, or every file with one of `extensions` under it, sorted. */
export async function listInputFiles(input: string, extensions: readonly string[]): Promise<string[]> {
  const info = await stat(input).catch(() => null);
  if (!info) throw new Error(`${input}: no such file or folder`);
  if (info.isFile()) return [input];
  const entries = await readdir(input, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && extensions.includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
