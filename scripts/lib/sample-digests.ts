import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDigestFile, type DigestFile } from "../../lib/ingest/parse-digest-file.ts";

/** The shipped sample digests, parsed the way ingest reads them, oldest first. */
export function sampleDigests(): DigestFile[] {
  const dir = path.join("content", "digests");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => {
      const result = parseDigestFile(name, readFileSync(path.join(dir, name), "utf8"));
      if (!result.ok) throw new Error(`${name}: ${result.issues[0]?.message}`);
      return result.digest;
    });
}

/** Every paper of the sample digests. */
export function sampleDigestPapers() {
  return sampleDigests().flatMap((digest) => digest.papers);
}
