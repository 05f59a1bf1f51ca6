// The headers every response carries. Pages get a Content-Security-Policy with a fresh nonce from
// the proxy (Next.js reads the nonce from it and puts it on its own scripts); everything else
// (the API, static files, refusals) gets one that allows nothing to run.

/** Headers for every response, whatever it holds. */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** For responses that are not HTML pages: nothing may run, load or frame them. */
export const LOCKED_CSP =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * A page's policy: scripts only with this request's nonce (and what they load: 'strict-dynamic'),
 * styles from the app's own files (KaTeX's stylesheet is bundled there) or with the nonce. KaTeX
 * sizes its boxes with style attributes, which style-src-attr allows; they cannot run code.
 * `npm run dev` also needs 'unsafe-eval': React rebuilds server error stacks with eval there.
 */
export function pageCsp(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
