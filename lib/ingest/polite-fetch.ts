export interface PoliteOptions {
  /** Least time between two calls to the service (arXiv asks for 3 seconds). */
  delayMs?: number;
  maxRetries?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  onRequest?: (url: string, attempt: number) => void;
}

/** The service could not be reached or refused the request; the message says which and why. */
export class ServiceUnreachableError extends Error {}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

export type PoliteGet = (url: string) => Promise<string>;

/**
 * A GET for one outside service that waits between calls, retries network failures, 429 and
 * 5xx with backoff (honouring Retry-After) and names the host in its errors. `describeError`
 * turns a refused response's body into a detail for the message.
 */
export function politeGet(
  options: PoliteOptions & { accept: string; describeError?: (body: string) => string | null },
): PoliteGet {
  const { delayMs = 3000, maxRetries = 4 } = options;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? sleepFor;
  let lastCall = 0;
  return async (url) => {
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt++) {
      // Counted from the end of the previous call: never two calls closer than delayMs.
      const wait = lastCall + delayMs - Date.now();
      if (wait > 0) await sleep(wait);
      options.onRequest?.(url, attempt);
      let response: Response;
      try {
        response = await doFetch(url, {
          headers: {
            "User-Agent": "PaperBridge (https://github.com/paperbridge)",
            Accept: options.accept,
          },
        });
        lastCall = Date.now();
      } catch (error) {
        lastCall = Date.now();
        if (attempt >= maxRetries) {
          const cause =
            (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
          throw new ServiceUnreachableError(
            `cannot reach ${host} (${cause}) after ${attempt + 1} attempts; ` +
              "check the network or try later",
          );
        }
        await sleep(delayMs * 2 ** attempt);
        continue;
      }
      if (response.ok) return response.text();
      if ((response.status === 429 || response.status >= 500) && attempt < maxRetries) {
        await response.body?.cancel();
        await sleep(retryAfterMs(response.headers.get("retry-after")) ?? delayMs * 2 ** attempt);
        continue;
      }
      const body = await response.text().catch(() => "");
      const detail = options.describeError?.(body);
      const tries = attempt > 0 ? ` after ${attempt + 1} attempts` : "";
      const because = detail ? ` (${detail})` : "";
      throw new ServiceUnreachableError(
        `${host} answered ${response.status} ${response.statusText}${tries}${because}`,
      );
    }
  };
}
