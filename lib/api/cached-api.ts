import { cachedResponse, type RenderedBody } from "../cache/cached-response.ts";
import { readEnv } from "../config/env.ts";
import type { ApiErrorCode } from "./responses.ts";

/** What a cached API read returns instead of a body when it has none (e.g. not found). */
export class ApiFailure {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly message: string,
  ) {}
}

const JSON_TYPE = "application/json";

/** A failure as the API answers it: `{ error: { code, message } }` in JSON. */
export function failureBody(failure: ApiFailure): RenderedBody {
  return {
    status: failure.status,
    body: JSON.stringify({ error: { code: failure.code, message: failure.message } }),
    headers: { "Content-Type": JSON_TYPE },
  };
}

/**
 * An API answer computed once per database change and `key` (which must name every input the
 * answer depends on), with ETag, Cache-Control and 304s; failures keep the API's error shape.
 * `present` makes the body of what `read` found: JSON unless told otherwise.
 */
export function cachedApi<T>(
  request: Request,
  key: string,
  read: () => Promise<T | ApiFailure>,
  present: (value: T) => Omit<RenderedBody, "status"> = (value) => ({
    body: JSON.stringify(value),
  }),
): Promise<Response> {
  return cachedResponse(request, {
    databaseUrl: readEnv().databaseUrl,
    key,
    contentType: JSON_TYPE,
    render: async () => {
      const value = await read();
      if (value instanceof ApiFailure) return failureBody(value);
      return { status: 200, ...present(value) };
    },
  });
}
