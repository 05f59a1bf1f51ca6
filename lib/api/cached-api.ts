import { cachedResponse } from "../cache/cached-response.ts";
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

/**
 * An API answer computed once per database change and `key` (which must name every input the
 * answer depends on), with ETag, Cache-Control and 304s; failures keep the API's error shape.
 */
export function cachedApi(
  request: Request,
  key: string,
  read: () => Promise<unknown>,
): Promise<Response> {
  return cachedResponse(request, {
    databaseUrl: readEnv().databaseUrl,
    key,
    contentType: "application/json",
    render: async () => {
      const value = await read();
      if (value instanceof ApiFailure)
        return {
          status: value.status,
          body: JSON.stringify({ error: { code: value.code, message: value.message } }),
        };
      return { status: 200, body: JSON.stringify(value) };
    },
  });
}
