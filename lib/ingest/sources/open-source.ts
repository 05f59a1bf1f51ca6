import path from "node:path";
import { parseArxivAtom } from "./parse-arxiv-atom.ts";
import { parseArxivRss } from "./parse-arxiv-rss.ts";
import { parseBlogPost } from "./parse-blog-post.ts";
import { parseFeedparserJson } from "./parse-feedparser-json.ts";
import { parseHfDailyPapers } from "./parse-hf-daily-papers.ts";
import { parseOaiPmh } from "./parse-oai-pmh.ts";
import { readCsv, readJsonLines } from "./read-bulk.ts";
import { readDigestYaml } from "./read-digest-yaml.ts";
import { readTextFile } from "./read-text-file.ts";
import type { SourceFormat } from "./source-formats.ts";
import type { SourceStream } from "./source-item.ts";

/** Formats read whole are refused above this size; JSON Lines and CSV are streamed. */
export const MAX_WHOLE_FILE_BYTES = 50 * 1024 * 1024;

function dateInName(file: string): string | null {
  return /(\d{4}-\d{2}-\d{2})/.exec(path.basename(file))?.[1] ?? null;
}

/** Opens one input file in the given format; throws SourceFormatError when it is unusable. */
export async function openSource(file: string, format: SourceFormat): Promise<SourceStream> {
  switch (format) {
    case "jsonl":
      return { items: readJsonLines(file) };
    case "csv":
      return { items: readCsv(file) };
    case "digest":
      return readDigestYaml(file, await readTextFile(file, MAX_WHOLE_FILE_BYTES));
    case "arxiv":
      return { items: parseArxivAtom(await readTextFile(file, MAX_WHOLE_FILE_BYTES)).items };
    case "rss":
      return { items: parseArxivRss(await readTextFile(file, MAX_WHOLE_FILE_BYTES)).items };
    case "oai":
      return { items: parseOaiPmh(await readTextFile(file, MAX_WHOLE_FILE_BYTES)) };
    case "feedparser":
      return { items: parseFeedparserJson(await readTextFile(file, MAX_WHOLE_FILE_BYTES)) };
    case "hf":
      return { items: parseHfDailyPapers(await readTextFile(file, MAX_WHOLE_FILE_BYTES), dateInName(file)) };
    case "blog":
      return { items: parseBlogPost(await readTextFile(file, MAX_WHOLE_FILE_BYTES)).items };
  }
}
