import { createHash } from "node:crypto";
import { changeVersionReader } from "../db/change-version.ts";
import { VersionedCache } from "./versioned-cache.ts";

/** What an API route or feed answers: a body that depends only on the database and the URL. */
export interface CachedBody {
  status: number;
  body: string;
  /** Content-Type and whatever else the body needs (e.g. Content-Disposition). */
  headers: Record<string, string>;
  etag: string;
}

/** What a render makes: a body, and headers that replace the defaults (e.g. for an error). */
export interface RenderedBody {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** Clients may reuse an answer this long without asking; after it, a 304 costs one lookup. */
export const API_CACHE_CONTROL = "public, max-age=60";

const bodies = new VersionedCache<CachedBody>({
  maxBytes: 32 * 1024 * 1024,
  sizeOf: (entry) => entry.body.length * 2,
});

function etagOf(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** True when an If-None-Match header names this entity tag (weakly, as RFC 9110 says for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * Answers `request` with the body `render` makes, computed once per change of the database
 * (`databaseUrl`'s change version) and `key`, with an ETag, Cache-Control, and 304 when the
 * client already holds it. `key` must name everything the body depends on besides the data.
 */
export async function cachedResponse(
  request: Request,
  options: {
    databaseUrl: string;
    key: string;
    contentType: string;
    render: () => Promise<RenderedBody>;
    cacheControl?: string;
  },
): Promise<Response> {
  const version = await changeVersionReader(options.databaseUrl).read();
  const entry = await bodies.get(`${options.contentType} ${options.key}`, version, async () => {
    const { status, body, headers } = await options.render();
    return {
      status,
      body,
      headers: { "Content-Type": options.contentType, ...headers },
      etag: etagOf(body),
    };
  });
  const headers = { ETag: entry.etag, "Cache-Control": options.cacheControl ?? API_CACHE_CONTROL };
  if (entry.status === 200 && matchesEtag(request.headers.get("if-none-match"), entry.etag))
    return new Response(null, { status: 304, headers });
  return new Response(entry.body, {
    status: entry.status,
    headers: { ...headers, ...entry.headers },
  });
}
