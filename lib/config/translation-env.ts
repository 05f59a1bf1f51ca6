// Translation settings from the environment, validated at start-up with the other variables:
// which engine (TRANSLATION_ENGINE), how to reach it, its limits and its prices.
import path from "node:path";
import { z } from "zod";
import { ENGINE_NAMES, type EngineName } from "../translation/engine.ts";

export const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
export const DEFAULT_LOCAL_MODEL = "Xenova/nllb-200-distilled-600M";
export const OPENAI_URL = "https://api.openai.com/v1";
/** DeepL API Pro's list price, US dollars per million characters. */
const DEEPL_PRICE = 25;

export interface TranslationSettings {
  engine: EngineName | "off";
  /** Model name (OpenAI-compatible, local), or DeepL's model_type; null: DeepL's default. */
  model: string | null;
  apiKey: string | null;
  /** OpenAI-compatible base URL, or DeepL's server URL; null: DeepL's by key. */
  baseUrl: string | null;
  concurrency: number;
  requestsPerMinute: number | null;
  timeoutMs: number;
  maxRetries: number;
  /** US dollars per million input and output tokens; null when not set (cost unknown). */
  priceInput: number | null;
  priceOutput: number | null;
  /** US dollars per million characters (DeepL). */
  priceCharacters: number;
  /** Asks chat engines for a Korean TL;DR too. */
  tldr: boolean;
  modelsDir: string;
  localDtype: "fp32" | "q8";
}

const number = (valid: (n: number) => boolean, message: string) =>
  z.preprocess(
    (v) => (v === undefined ? undefined : Number(v)),
    z.number({ error: message }).refine(valid, message).optional(),
  );
const whole = (min: number, max: number) => (n: number) =>
  Number.isInteger(n) && n >= min && n <= max;

const Schema = z.object({
  TRANSLATION_ENGINE: z
    .enum([...ENGINE_NAMES, "off"], {
      error: `must be one of ${[...ENGINE_NAMES, "off"].join(", ")}`,
    })
    .default("off"),
  TRANSLATION_MODEL: z.string().trim().optional(),
  TRANSLATION_API_KEY: z.string().trim().optional(),
  TRANSLATION_BASE_URL: z
    .string()
    .regex(/^https?:\/\/\S+$/, "must be a URL such as http://localhost:11434/v1")
    .optional(),
  TRANSLATION_CONCURRENCY: number(whole(1, 64), "must be a whole number from 1 to 64"),
  TRANSLATION_RPM: number(
    (n) => n > 0 && n <= 100_000,
    "must be a number of requests a minute above 0",
  ),
  TRANSLATION_TIMEOUT_MS: number(whole(100, 3_600_000), "must be milliseconds from 100 to 3600000"),
  TRANSLATION_MAX_RETRIES: number(whole(0, 20), "must be a whole number from 0 to 20"),
  TRANSLATION_PRICE_INPUT: number(
    (n) => n >= 0,
    "must be US dollars per million tokens, 0 or more",
  ),
  TRANSLATION_PRICE_OUTPUT: number(
    (n) => n >= 0,
    "must be US dollars per million tokens, 0 or more",
  ),
  TRANSLATION_PRICE_CHARACTERS: number(
    (n) => n >= 0,
    "must be US dollars per million characters, 0 or more",
  ),
  TRANSLATION_TLDR: z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
  TRANSLATION_LOCAL_DTYPE: z.enum(["fp32", "q8"], { error: "must be fp32 or q8" }).optional(),
});

const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** Throws an Error naming each variable that is wrong. */
export function readTranslationEnv(
  env: Record<string, string | undefined> = process.env,
): TranslationSettings {
  const raw = Object.fromEntries(Object.keys(Schema.shape).map((key) => [key, blank(env[key])]));
  const parsed = Schema.safeParse(raw);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const v = parsed.data;
  const engine = v.TRANSLATION_ENGINE;
  const apiKey =
    v.TRANSLATION_API_KEY ??
    blank(engine === "deepl" ? env.DEEPL_AUTH_KEY : env.OPENAI_API_KEY) ??
    null;
  const baseUrl = v.TRANSLATION_BASE_URL ?? (engine === "openai" ? OPENAI_URL : null);
  if (engine === "openai" && !apiKey && baseUrl === OPENAI_URL) {
    throw new Error(
      "TRANSLATION_API_KEY: is required for api.openai.com (or set TRANSLATION_BASE_URL to a server that needs none)",
    );
  }
  if (engine === "deepl" && !apiKey)
    throw new Error("TRANSLATION_API_KEY: is required for DeepL (or DEEPL_AUTH_KEY)");
  const model =
    v.TRANSLATION_MODEL ||
    (engine === "openai" ? DEFAULT_OPENAI_MODEL : engine === "local" ? DEFAULT_LOCAL_MODEL : null);
  return {
    engine,
    model,
    apiKey,
    baseUrl,
    concurrency: v.TRANSLATION_CONCURRENCY ?? (engine === "local" ? 1 : engine === "deepl" ? 2 : 4),
    requestsPerMinute: v.TRANSLATION_RPM ?? null,
    timeoutMs: v.TRANSLATION_TIMEOUT_MS ?? 120_000,
    maxRetries: v.TRANSLATION_MAX_RETRIES ?? 4,
    priceInput: v.TRANSLATION_PRICE_INPUT ?? null,
    priceOutput: v.TRANSLATION_PRICE_OUTPUT ?? null,
    priceCharacters: v.TRANSLATION_PRICE_CHARACTERS ?? DEEPL_PRICE,
    tldr: v.TRANSLATION_TLDR === "on",
    // A run-time folder, not part of the build: the ignore comment keeps the build from tracing it.
    modelsDir: path.resolve(/*turbopackIgnore: true*/ env.MODELS_DIR?.trim() || "models"),
    localDtype: v.TRANSLATION_LOCAL_DTYPE ?? (model === DEFAULT_LOCAL_MODEL ? "q8" : "fp32"),
  };
}

/** What the server log and the commands say when no engine is configured. */
export const TRANSLATION_OFF_HINT =
  "Translation is off: set TRANSLATION_ENGINE=openai (any OpenAI-compatible server, TRANSLATION_BASE_URL), deepl or local " +
  '(an NLLB model in MODELS_DIR, "npm run models:pull -- --translation"), then run "npm run translate -- --all-missing" ' +
  '(README, "Korean translations made by PaperBridge").';
