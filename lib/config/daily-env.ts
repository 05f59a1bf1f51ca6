import { Cron } from "croner";
import { z } from "zod";
import { classify } from "../ingest/classifications.ts";

/** After arXiv's 20:00 Eastern announcement, Sunday to Thursday (`DAILY_SCHEDULE=on`). */
export const DEFAULT_SCHEDULE = "30 20 * * 0-4";
export const DEFAULT_TIMEZONE = "America/New_York";

export interface DailySettings {
  /** arXiv categories whose new-submission listings the daily run fetches. */
  categories: string[];
  /** A paper is in the digest when it lists one of these (papers without categories pass)... */
  scopeCategories: string[];
  /** ...and is tagged with one of these concepts or a narrower one; null: any concept. */
  scopeConcepts: string[] | null;
  /** How many papers a digest opens with in full. */
  highlights: number;
  /** Listing days back a run without --date or --since looks for days not published. */
  catchUpDays: number;
  /** Cron expression of the schedule `npm start` keeps, or null when it runs no schedule. */
  schedule: string | null;
  timezone: string;
  arxivRssUrl: string;
  arxivApiUrl: string;
  huggingFaceUrl: string;
}

const list = (raw: string) =>
  raw
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);

const categories = z
  .string()
  .transform(list)
  .refine((values) => values.length > 0, "must name at least one arXiv category")
  .refine(
    (values) => values.every((v) => classify(v) === "category"),
    "must be arXiv categories such as cs.CL, separated by commas",
  );

const url = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^\s]+$/.test(v), "must be an http(s) address");

const timezone = z
  .string()
  .trim()
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as America/New_York or Asia/Seoul");

const schedule = z
  .string()
  .trim()
  .transform((v) => (v === "" || v === "off" ? null : v === "on" ? DEFAULT_SCHEDULE : v))
  .refine((v) => {
    if (v === null) return true;
    try {
      new Cron(v, { paused: true });
      return true;
    } catch {
      return false;
    }
  }, 'must be "off", "on" or a cron expression such as "30 20 * * 0-4"');

export const DailyEnvSchema = z.object({
  DAILY_CATEGORIES: categories.prefault("cs.CL,cs.LG,cs.AI"),
  DAILY_SCOPE_CATEGORIES: categories.optional(),
  DAILY_SCOPE_CONCEPTS: z
    .string()
    .transform(list)
    .refine(
      (values) => values.every((v) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v)),
      "must be concept slugs such as lora, separated by commas",
    )
    .optional(),
  DIGEST_HIGHLIGHTS: z.coerce.number().int().min(1).max(200).default(20),
  DAILY_CATCH_UP_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  DAILY_SCHEDULE: schedule.prefault("off"),
  DAILY_TIMEZONE: timezone.default(DEFAULT_TIMEZONE),
  ARXIV_RSS_URL: url.default("https://rss.arxiv.org/rss"),
  ARXIV_API_URL: url.default("https://export.arxiv.org/api/query"),
  HF_ENDPOINT: url.default("https://huggingface.co"),
});

export function dailySettingsFrom(parsed: z.output<typeof DailyEnvSchema>): DailySettings {
  return {
    categories: parsed.DAILY_CATEGORIES,
    scopeCategories: parsed.DAILY_SCOPE_CATEGORIES ?? parsed.DAILY_CATEGORIES,
    scopeConcepts: parsed.DAILY_SCOPE_CONCEPTS?.length ? parsed.DAILY_SCOPE_CONCEPTS : null,
    highlights: parsed.DIGEST_HIGHLIGHTS,
    catchUpDays: parsed.DAILY_CATCH_UP_DAYS,
    schedule: parsed.DAILY_SCHEDULE,
    timezone: parsed.DAILY_TIMEZONE,
    arxivRssUrl: parsed.ARXIV_RSS_URL.replace(/\/+$/, ""),
    arxivApiUrl: parsed.ARXIV_API_URL,
    huggingFaceUrl: parsed.HF_ENDPOINT.replace(/\/+$/, ""),
  };
}
