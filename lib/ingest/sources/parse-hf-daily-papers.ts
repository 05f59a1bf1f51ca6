import type { SourceItem } from "./source-item.ts";
import { SourceFormatError } from "./source-format-error.ts";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function day(value: unknown): string | null {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/**
 * Parses a Hugging Face daily papers response (huggingface.co/api/daily_papers): a JSON list of
 * { paper: { id, title, summary, authors: [{ name }], upvotes, githubRepo, projectPage }, ... }.
 * A paper is dated with the day it was put on the daily list, falling back to `fallbackDate`
 * (e.g. from the file name).
 */
export function parseHfDailyPapers(text: string, fallbackDate: string | null): SourceItem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourceFormatError(`is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new SourceFormatError("is not a Hugging Face daily papers list (expected a JSON array)");
  return data.map((entry, i): SourceItem => {
    const paper = isObject(entry) && isObject(entry.paper) ? entry.paper : isObject(entry) ? entry : {};
    const id = typeof paper.id === "string" ? paper.id : undefined;
    const authors = Array.isArray(paper.authors)
      ? paper.authors.filter((a) => isObject(a) && a.hidden !== true).map((a) => (a as Json).name)
      : undefined;
    return {
      label: `item ${i + 1}${id ? ` (${id})` : ""}`,
      date: day(paper.submittedOnDailyAt) ?? fallbackDate ?? day(isObject(entry) ? entry.publishedAt : undefined),
      fields: {
        arxivId: id ?? null,
        title: paper.title,
        authors,
        published: day(paper.publishedAt) ?? undefined,
        abstractEn: paper.summary,
        hfUpvotes: paper.upvotes,
        codeUrl: paper.githubRepo,
        projectUrl: paper.projectPage,
      },
    };
  });
}
