import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { matchesEtag } from "../cache/cached-response.ts";
import { VersionedCache } from "../cache/versioned-cache.ts";
import { LOCALE_COOKIE, LOCALES } from "../i18n/locales.ts";
import { READING_MODE_COOKIE } from "../reader/reading-mode.ts";
import { GzipTemplate } from "./gzip-template.ts";
import type { PageStore, StoredPage } from "./page-store.ts";
import { newNonce } from "./security-headers.ts";

// Rendered pages, kept until the database changes. A page's HTML depends on its URL, the two
// preference cookies, the address it was asked at and the data, and carries the nonce of the
// request that rendered it: a page served again gets a fresh nonce in its body and its
// Content-Security-Policy. Pages are kept compressed, with holes where the nonce goes
// (gzip-template.ts), so that serving one costs neither a copy nor a compression of the page.
// API answers that carry an ETag (lib/cache/cached-response.ts) are kept here too, compressed,
// and answered with 304 when the client holds them. With a page store (page-store.ts), pages not
// in memory are looked for on disk before they are rendered, and what is rendered is kept there
// too, for the other servers of the database and after a restart. X-Cache says where a
// response came from: "hit" (memory), "stored" (the page store) or "miss" (rendered).

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
  "x-cache",
]);

interface CapturedPage {
  headers: OutgoingHttpHeaders;
  /** The body cut where the rendering request's nonce stood (in one piece without a nonce). */
  parts: Buffer[];
  /** The rendering request's nonce; "" for an API answer. */
  nonce: string;
}

function cookie(header: string | undefined, name: string): string {
  return header?.match(new RegExp(`(?:^|;\\s*)${name}=([^;]*)`))?.[1] ?? "";
}

/** The cache key of a page or API request, or null when it is not served from the cache. */
export function pageCacheKey(
  req: Pick<IncomingMessage, "method" | "url" | "headers">,
  siteUrlSet = false,
): string | null {
  const url = req.url ?? "/";
  const first = url.split(/[/?#]/)[1] ?? "";
  const cached =
    ["api", "sitemap.xml", "sitemaps"].includes(first) ||
    (LOCALES as readonly string[]).includes(first);
  if (req.method !== "GET" || !cached) return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  return [
    url,
    cookie(req.headers.cookie, LOCALE_COOKIE),
    cookie(req.headers.cookie, READING_MODE_COOKIE),
    // Without SITE_URL a page's canonical and shared links name the address it was asked at.
    ...SITE_HEADERS.map((name) => (siteUrlSet ? "" : String(req.headers[name] ?? ""))),
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

/**
 * Tees what `render` writes to `res`; resolves with the page when it is a complete 200 HTML page
 * with a nonce, or a 200 answer with an ETag that is not HTML (the API's).
 */
function capture(res: ServerResponse, render: () => unknown): Promise<CapturedPage | null> {
  const chunks: Buffer[] = [];
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, (typeof encoding === "string" ? encoding : "utf8") as BufferEncoding)
        : Buffer.from(chunk as Uint8Array);
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  return new Promise((resolve, reject) => {
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
        (html ? nonce !== undefined : headers.etag !== undefined) &&
        headers["content-encoding"] === undefined;
      if (cacheable) {
        const kept = Object.fromEntries(
          Object.entries(headers).filter(([name]) => !OWN_HEADERS.has(name)),
        );
        const body = Buffer.concat(chunks);
        resolve({ headers: kept, parts: nonce ? split(body, nonce) : [body], nonce: nonce ?? "" });
      } else resolve(null);
      return end(chunk, ...rest);
    }) as ServerResponse["end"];
    // Once its reader has gone the page may be cut short (after the end this changes nothing).
    res.on("close", () => reject(new ReaderGone()));
    void Promise.resolve(render()).catch(() => resolve(null));
  });
}

function send(req: IncomingMessage, res: ServerResponse, page: StoredPage, from: "hit" | "stored"): void {
  const etag = page.headers.etag;
  if (etag && matchesEtag(req.headers["if-none-match"] ?? null, String(etag))) {
    res.writeHead(304, { ...page.headers, "x-cache": from });
    return void res.end();
  }
  const nonce = page.nonce ? newNonce() : "";
  const headers: OutgoingHttpHeaders = page.nonce
    ? {
        ...page.headers,
        "content-security-policy": String(page.headers["content-security-policy"]).replaceAll(
          page.nonce,
          nonce,
        ),
      }
    : page.headers;
  const gzipped = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const fill = Buffer.from(nonce);
  const body = gzipped ? page.body.gzip(fill) : [page.body.plain(fill)];
  res.writeHead(200, {
    ...headers,
    ...(gzipped ? { "content-encoding": "gzip" } : {}),
    "content-length": body.reduce((n, piece) => n + piece.length, 0),
    "x-cache": from,
  });
  // Written together: the pieces leave in one system call.
  res.cork();
  for (const piece of body.slice(0, -1)) res.write(piece);
  res.end(body.at(-1));
}

async function compress(page: CapturedPage | null): Promise<StoredPage | null> {
  if (!page) return null;
  return { headers: page.headers, nonce: page.nonce, body: await GzipTemplate.of(page.parts) };
}

/** The request a page was being rendered for was closed before the page was complete. */
class ReaderGone extends Error {}
const RETRY = Symbol("retry");

/**
 * Serves pages rendered under the database's current change version from memory; renders (and
 * keeps) the others. Concurrent first requests for one page render it once.
 */
export class PageCache {
  private readonly pages: VersionedCache<StoredPage | null>;
  /** Pages being written to the page store. */
  private readonly writing = new Set<Promise<unknown>>();

  constructor(
    private readonly version: () => Promise<number>,
    maxBytes: number,
    private readonly options: {
      store?: PageStore | null;
      /** SITE_URL is set: pages name it, whatever address they were asked at. */
      siteUrlSet?: boolean;
    } = {},
  ) {
    this.pages = new VersionedCache({
      maxBytes,
      sizeOf: (page) => page?.body.bytes ?? 0,
    });
  }

  /** Resolves once the pages rendered so far are in the page store. */
  async flush(): Promise<void> {
    await Promise.all(this.writing);
  }

  /** Pages kept and their compressed bytes. */
  get size(): { entries: number; bytes: number } {
    return this.pages.size;
  }

  async serve(req: IncomingMessage, res: ServerResponse, render: () => unknown): Promise<void> {
    const key = pageCacheKey(req, this.options.siteUrlSet);
    const store = this.options.store;
    // Without a version (the database does not answer) nothing can be known to be current.
    const version = key === null ? null : await this.version().catch(() => null);
    if (key === null || version === null) return void (await render());
    let rendered = false;
    let stored = false;
    const page = await this.pages
      .get(key, version, async () => {
        const kept = await store?.read(key, version);
        if (kept) {
          stored = true;
          return kept;
        }
        rendered = true;
        // The copy must be plain HTML for its nonce to be found; it is compressed once, when kept.
        delete req.headers["accept-encoding"];
        res.setHeader("x-cache", "miss");
        const made = capture(res, render).then(compress);
        // Tracked from the start: the page is sent before it is compressed and written.
        if (store) {
          const write = made
            .then((page) => page && store.write(key, version, page))
            .catch((error: Error) => {
              if (!(error instanceof ReaderGone))
                console.error(`could not keep a rendered page on disk: ${error.message}`);
            })
            .finally(() => this.writing.delete(write));
          this.writing.add(write);
        }
        return made;
      })
      .catch((error: unknown) => {
        // Those who waited for a render whose reader left take turns again: one renders, not all.
        if (error instanceof ReaderGone) return rendered ? null : RETRY;
        throw error;
      });
    if (page === RETRY) return res.destroyed ? undefined : this.serve(req, res, render);
    if (rendered) return;
    if (page) return send(req, res, page, stored ? "stored" : "hit");
    await render();
  }
}
