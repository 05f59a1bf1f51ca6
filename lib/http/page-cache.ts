import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { VersionedCache } from "../cache/versioned-cache.ts";
import { LOCALE_COOKIE, LOCALES } from "../i18n/locales.ts";
import { READING_MODE_COOKIE } from "../reader/reading-mode.ts";
import { newNonce } from "./security-headers.ts";

// Rendered pages, kept until the database changes. A page's HTML depends on its URL, the two
// preference cookies, the address it was asked at and the data, and carries the nonce of the
// request that rendered it: a page served again gets a fresh nonce in its body and its
// Content-Security-Policy.

const gzipAsync = promisify(gzip);

/** Requests of Next.js's client router (RSC payloads, prefetches) are rendered each time. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];
/** The headers app/page-metadata.ts reads the site's address from. */
const SITE_HEADERS = ["host", "x-forwarded-host", "x-forwarded-proto"];
/** Set per response by the server; the rest of a rendered page's headers are replayed. */
const OWN_HEADERS = new Set([
  "date",
  "connection",
  "keep-alive",
  "content-length",
  "transfer-encoding",
  "content-encoding",
]);

interface CachedPage {
  headers: OutgoingHttpHeaders;
  /** The body cut where the rendering request's nonce stood. */
  parts: Buffer[];
  nonce: string;
}

function cookie(header: string | undefined, name: string): string {
  return header?.match(new RegExp(`(?:^|;\\s*)${name}=([^;]*)`))?.[1] ?? "";
}

/** The cache key of a page request, or null when it is not served from the cache. */
export function pageCacheKey(
  req: Pick<IncomingMessage, "method" | "url" | "headers">,
): string | null {
  const url = req.url ?? "/";
  const locale = url.split(/[/?#]/)[1];
  if (req.method !== "GET" || !(LOCALES as readonly string[]).includes(locale ?? "")) return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  return [
    url,
    cookie(req.headers.cookie, LOCALE_COOKIE),
    cookie(req.headers.cookie, READING_MODE_COOKIE),
    // Without SITE_URL a page's canonical and shared links name the address it was asked at.
    ...SITE_HEADERS.map((name) => String(req.headers[name] ?? "")),
  ].join("\n");
}

function split(body: Buffer, nonce: string): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(nonce); at !== -1; at = body.indexOf(nonce, start)) {
    parts.push(body.subarray(start, at));
    start = at + nonce.length;
  }
  parts.push(body.subarray(start));
  return parts;
}

/** Tees what `render` writes to `res`; resolves with the page when it is a complete 200 HTML page with a nonce. */
function capture(res: ServerResponse, render: () => unknown): Promise<CachedPage | null> {
  const chunks: Buffer[] = [];
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, (typeof encoding === "string" ? encoding : "utf8") as BufferEncoding)
        : Buffer.from(chunk as Uint8Array);
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  return new Promise((resolve) => {
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      chunks.push(toBuffer(chunk, rest[0]));
      return write(chunk, ...rest);
    }) as ServerResponse["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== "function")
        chunks.push(toBuffer(chunk, rest[0]));
      const headers = res.getHeaders();
      const csp = String(headers["content-security-policy"] ?? "");
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      const html = String(headers["content-type"] ?? "").startsWith("text/html");
      const cacheable =
        res.statusCode === 200 &&
        html &&
        nonce !== undefined &&
        headers["content-encoding"] === undefined;
      if (cacheable) {
        const kept = Object.fromEntries(
          Object.entries(headers).filter(([name]) => !OWN_HEADERS.has(name)),
        );
        resolve({ headers: kept, parts: split(Buffer.concat(chunks), nonce), nonce });
      } else resolve(null);
      return end(chunk, ...rest);
    }) as ServerResponse["end"];
    res.on("close", () => resolve(null));
    void Promise.resolve(render()).catch(() => resolve(null));
  });
}

async function send(req: IncomingMessage, res: ServerResponse, page: CachedPage): Promise<void> {
  const nonce = newNonce();
  const body = Buffer.concat(
    page.parts.flatMap((part, i) => (i === 0 ? [part] : [Buffer.from(nonce), part])),
  );
  const headers: OutgoingHttpHeaders = {
    ...page.headers,
    "content-security-policy": String(page.headers["content-security-policy"]).replaceAll(
      page.nonce,
      nonce,
    ),
  };
  const gzipped = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
    ? await gzipAsync(body, { level: 1 })
    : null;
  res.writeHead(200, {
    ...headers,
    ...(gzipped ? { "content-encoding": "gzip" } : {}),
    "content-length": (gzipped ?? body).length,
  });
  res.end(gzipped ?? body);
}

/**
 * Serves pages rendered under the database's current change version from memory; renders (and
 * keeps) the others. Concurrent first requests for one page render it once.
 */
export class PageCache {
  private readonly pages: VersionedCache<CachedPage | null>;

  constructor(
    private readonly version: () => Promise<number>,
    maxBytes: number,
  ) {
    this.pages = new VersionedCache({
      maxBytes,
      sizeOf: (page) => page?.parts.reduce((n, part) => n + part.length, 0) ?? 0,
    });
  }

  async serve(req: IncomingMessage, res: ServerResponse, render: () => unknown): Promise<void> {
    const key = pageCacheKey(req);
    // Without a version (the database does not answer) nothing can be known to be current.
    const version = key === null ? null : await this.version().catch(() => null);
    if (key === null || version === null) return void (await render());
    let rendered = false;
    const page = await this.pages.get(key, version, () => {
      rendered = true;
      // The copy must be plain HTML for its nonce to be replaced; it is compressed when served.
      delete req.headers["accept-encoding"];
      return capture(res, render);
    });
    if (rendered) return;
    if (page) return send(req, res, page);
    await render();
  }
}
