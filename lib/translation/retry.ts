// Retries of an engine request: 429 and 5xx answers and timeouts are tried again after the
// server's Retry-After when it gives one, else after an exponential backoff.

export interface RetryPolicy {
  /** Attempts after the first. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Waits; tests pass one that records the delays instead of sleeping. */
  sleep: (ms: number) => Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  sleep,
};

/** How a failed attempt is to be treated. */
export interface FailureKind {
  retry: boolean;
  /** The server's Retry-After, when it sent one. */
  afterMs: number | null;
}

/** Retry-After in seconds or as an HTTP date; retry-after-ms (OpenAI's) takes precedence. */
export function retryAfterMs(
  headers: { get(name: string): string | null } | undefined,
  now = Date.now(),
): number | null {
  const ms = Number(headers?.get("retry-after-ms"));
  if (headers?.get("retry-after-ms") && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get("retry-after")?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export async function withRetries<T>(
  attempt: () => Promise<T>,
  classify: (error: unknown) => FailureKind,
  policy: RetryPolicy,
): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const kind = classify(error);
      if (!kind.retry || tries >= policy.maxRetries) throw error;
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** tries);
      await policy.sleep(Math.min(policy.maxDelayMs, kind.afterMs ?? backoff));
    }
  }
}
