// What the server refuses before Next.js sees a request: methods the app does not serve (Next.js
// answers TRACE with a 500 from deep inside) and paths or queries whose percent-encoding does not
// decode (every dynamic route answered 500).
export const SERVED_METHODS = ["GET", "HEAD"] as const;

/** Longer request targets are refused; no page or API link comes near it. */
export const MAX_TARGET_LENGTH = 8_192;

export interface Refusal {
  status: 400 | 405 | 414;
  code: "method_not_allowed" | "malformed_request" | "target_too_long";
  message: string;
}

// C0 controls and DEL: no path or parameter of the app holds them, and logs must not.
const CONTROL = /[\u0000-\u001f\u007f]/;

function decodes(component: string): boolean {
  try {
    return !CONTROL.test(decodeURIComponent(component));
  } catch {
    return false;
  }
}

/** Why a request is refused as it arrives, or null to serve it. */
export function refuseRequest(
  method: string | undefined,
  target: string | undefined,
): Refusal | null {
  if (!method || !(SERVED_METHODS as readonly string[]).includes(method)) {
    return {
      status: 405,
      code: "method_not_allowed",
      message: `${method ?? "this"} requests are not served; use ${SERVED_METHODS.join(" or ")}`,
    };
  }
  const raw = target ?? "/";
  if (raw.length > MAX_TARGET_LENGTH) {
    return {
      status: 414,
      code: "target_too_long",
      message: `the address is ${raw.length} characters long; the limit is ${MAX_TARGET_LENGTH}`,
    };
  }
  const [path = "", query = ""] = raw.split(/\?(.*)/s, 2);
  const pathOk = path.split("/").every(decodes);
  const queryOk = query
    .split("&")
    .every((pair) => pair.split("=").every((part) => decodes(part.replace(/\+/g, " "))));
  if (!pathOk || !queryOk) {
    return {
      status: 400,
      code: "malformed_request",
      message: `the ${pathOk ? "query" : "path"} has percent-encoding that is not UTF-8 text or holds control characters`,
    };
  }
  return null;
}

/** The path of a request target as written (no query), for logs and for choosing a response shape. */
export function targetPath(target: string | undefined): string {
  return (target ?? "/").split("?", 1)[0]!;
}

/** Paths answered in the API's error shape: the JSON API, and the feeds beside the pages. */
export function isApiPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/") || path.endsWith("/feed.xml");
}
