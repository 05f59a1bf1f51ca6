import { z } from "zod";
import { resolveDatabaseUrl } from "../db/database-url.ts";
import { DailyEnvSchema, dailySettingsFrom, type DailySettings } from "./daily-env.ts";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => !v?.trim() || /^(file:|postgres(ql)?:\/\/)/i.test(v.trim()), {
      message: 'must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)',
    }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SEARCH_THREADS: z.coerce.number().int().min(1).max(16).optional(),
  ...DailyEnvSchema.shape,
});

export interface AppEnv {
  databaseUrl: string;
  port: number;
  /** How many parts a search is split into, side by side; null: one per core, up to four. */
  searchThreads: number | null;
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
    ...daily,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return {
    databaseUrl: resolveDatabaseUrl(parsed.data.DATABASE_URL),
    port: parsed.data.PORT,
    searchThreads: parsed.data.SEARCH_THREADS ?? null,
    daily: dailySettingsFrom(parsed.data),
  };
}
