import path from "node:path";
import { z } from "zod";
import { resolveDatabaseUrl } from "../db/database-url.ts";
import { DailyEnvSchema, dailySettingsFrom, type DailySettings } from "./daily-env.ts";
import { readTranslationEnv, type TranslationSettings } from "./translation-env.ts";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => !v?.trim() || /^(file:|postgres(ql)?:\/\/)/i.test(v.trim()), {
      message: 'must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)',
    }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SEARCH_THREADS: z.coerce.number().int().min(1).max(16).optional(),
  SITE_URL: z
    .string()
    .optional()
    .refine((v) => !v || /^https?:\/\/[^/\s]+(\/[^\s]*)?$/i.test(v), { message: "must be the site's address, e.g. https://papers.example.org" }),
  WRITE_LOCK_TIMEOUT: z.coerce.number().int().min(1).max(86_400).default(1_800),
  PAGE_STORE_DIR: z.string().optional(),
  PRERENDER: z.enum(["on", "off"]).default("on"),
  ...DailyEnvSchema.shape,
});

export interface AppEnv {
  databaseUrl: string;
  port: number;
  /** How many parts a search is split into, side by side; null: one per core, up to four. */
  searchThreads: number | null;
  /** The public address of the site for canonical links, shared links and the sitemap; null: the request's host. */
  siteUrl: string | null;
  /** Seconds a writer waits for another to finish before it gives up. */
  writeLockTimeout: number;
  /** Where rendered pages are kept on disk (lib/http/page-store.ts). */
  pageStoreDir: string;
  /** Whether the server renders the most read pages ahead after each change of the database. */
  prerender: boolean;
  translation: TranslationSettings;
  /** The daily run and its schedule (lib/config/daily-env.ts). */
  daily: DailySettings;
}

export function readEnv(env: Record<string, string | undefined> = process.env): AppEnv {
  const given = (key: string) => env[key]?.trim() || undefined;
  const daily = Object.fromEntries(Object.keys(DailyEnvSchema.shape).map((k) => [k, given(k)]));
  const parsed = EnvSchema.safeParse({
    DATABASE_URL: env.DATABASE_URL,
    PORT: env.PORT || undefined,
    SEARCH_THREADS: given("SEARCH_THREADS"),
    SITE_URL: given("SITE_URL"),
    WRITE_LOCK_TIMEOUT: given("WRITE_LOCK_TIMEOUT"),
    PAGE_STORE_DIR: given("PAGE_STORE_DIR"),
    PRERENDER: given("PRERENDER"),
    ...daily,
  });
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  let translation: TranslationSettings | null = null;
  try {
    translation = readTranslationEnv(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (!parsed.success || !translation) throw new Error(`Invalid environment: ${problems.join("; ")}`);
  return {
    databaseUrl: resolveDatabaseUrl(parsed.data.DATABASE_URL),
    port: parsed.data.PORT,
    searchThreads: parsed.data.SEARCH_THREADS ?? null,
    siteUrl: parsed.data.SITE_URL?.replace(/\/+$/, "") ?? null,
    writeLockTimeout: parsed.data.WRITE_LOCK_TIMEOUT,
    pageStoreDir: path.resolve(parsed.data.PAGE_STORE_DIR ?? path.join(".cache", "pages")),
    prerender: parsed.data.PRERENDER === "on",
    translation,
    daily: dailySettingsFrom(parsed.data),
  };
}
