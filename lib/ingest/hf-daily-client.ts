import { politeGet, type PoliteOptions } from "./polite-fetch.ts";
import { parseHfDailyPapers } from "./sources/parse-hf-daily-papers.ts";
import type { SourceItem } from "./sources/source-item.ts";

export const HUGGING_FACE_URL = "https://huggingface.co";

/** A client of Hugging Face's daily papers API: the papers listed on a day, with upvotes. */
export function hfDailyClient(
  options: PoliteOptions & { baseUrl?: string } = {},
): (date: string) => Promise<SourceItem[]> {
  const base = (options.baseUrl ?? HUGGING_FACE_URL).replace(/\/+$/, "");
  const get = politeGet({
    delayMs: 1000,
    ...options,
    accept: "application/json",
    describeError: (body) => {
      try {
        const error = (JSON.parse(body) as { error?: unknown }).error;
        return typeof error === "string" ? error.slice(0, 200) : null;
      } catch {
        return null;
      }
    },
  });
  return async (date) =>
    parseHfDailyPapers(
      await get(`${base}/api/daily_papers?${new URLSearchParams({ date })}`),
      date,
    );
}
