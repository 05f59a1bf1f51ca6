import { request } from "node:http";

// The hostile requests of the hardening probe (issue 20), as a list that both `npm run probe`
// and the end-to-end suite run against a served app.

export interface ProbeCase {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Allowed statuses. */
  status: number[];
  /** "api": the API's { error: { code, message } }; "page": an HTML page in the locale of `lang`. */
  shape?: "api" | "page";
  lang?: "ko" | "en";
  maxBytes?: number;
}

export interface ProbeResult {
  probe: ProbeCase;
  status: number;
  bytes: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  problems: string[];
}

// As many distinct cat= values as fit the address limit (the probe's 1,000 made a 27 MB page).
const manyCats = Array.from(
  { length: 900 },
  (_, i) =>
    `cat=c.${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
).join("&");

export const PROBE_CASES: ProbeCase[] = [
  ...[
    "/api/digests/%ff",
    "/api/%ff",
    "/api/papers/%zz",
    "/api/concepts/%E0%A4%A",
    "/api/search?q=%ff",
    "/api/bibtex/%ff",
  ].map((path): ProbeCase => ({
    name: `malformed encoding ${path}`,
    path,
    status: [400],
    shape: "api",
  })),
  ...[
    "/ko/papers/%zz",
    "/ko/digests/%ff",
    "/en/concepts/%E0%A4%A",
    "/ko/search?q=%ff&cat=%c3",
    "/sitemap.xml?page=%ff",
    "/robots.txt%ff",
  ].map(
    (path): ProbeCase => ({
      name: `malformed encoding ${path}`,
      path,
      status: [400],
      shape: "page",
      lang: path.startsWith("/en") ? "en" : "ko",
    }),
  ),
  // Node's parser refuses methods it does not know (TRACK) before the app sees them.
  { name: "TRACK", method: "TRACK", path: "/api/digests", status: [400], shape: "api" },
  ...["TRACE", "DELETE", "PUT", "POST", "OPTIONS", "PATCH"].flatMap((method): ProbeCase[] => [
    { name: `${method} on the API`, method, path: "/api/digests", status: [405], shape: "api" },
    { name: `${method} on a page`, method, path: "/en", status: [405], shape: "page", lang: "en" },
  ]),
  {
    name: "POST to the sitemap",
    method: "POST",
    path: "/sitemap.xml",
    status: [405],
    shape: "page",
    lang: "ko",
  },
  {
    name: "DELETE on a BibTeX entry",
    method: "DELETE",
    path: "/api/bibtex/2508.11661",
    status: [405],
    shape: "api",
  },
  { name: "NUL in a BibTeX id", path: "/api/bibtex/2508.11661%00", status: [400], shape: "api" },
  { name: "an unknown BibTeX id", path: "/api/bibtex/9912.99999", status: [404], shape: "api" },
  { name: "NUL in a concept slug (API)", path: "/api/concepts/%00", status: [400], shape: "api" },
  {
    name: "NUL in a concept slug (page)",
    path: "/ko/concepts/lo%00ra",
    status: [400],
    shape: "page",
    lang: "ko",
  },
  { name: "NUL in cat=", path: "/api/search?q=lora&cat=cs.CL%00", status: [400], shape: "api" },
  { name: "control characters in q", path: "/api/search?q=lo%07ra", status: [400], shape: "api" },
  {
    name: "900 cat= values (API)",
    path: `/api/search?q=LoRA&${manyCats}`,
    status: [400],
    shape: "api",
    maxBytes: 2_000,
  },
  {
    name: "900 cat= values (page)",
    path: `/ko/search?q=LoRA&${manyCats}`,
    status: [200],
    maxBytes: 200_000,
  },
  {
    name: "a 16 kB address of cat= values (Node's header limit)",
    path: `/ko/search?q=LoRA&${manyCats}&${manyCats}&${manyCats}`,
    status: [431],
    shape: "api",
  },
  {
    name: "9 concept= values",
    path: `/api/search?q=LoRA&${"concept=lora&concept=rag&concept=rlhf&concept=peft&concept=qlora&concept=rope&concept=transformer&concept=quantization&concept=alibi"}`,
    status: [400],
    shape: "api",
  },
  {
    name: "an address longer than 8 kB",
    path: `/api/search?q=${"a".repeat(9_000)}`,
    status: [414],
    shape: "api",
  },
  {
    name: "a query longer than its limit",
    path: `/api/search?q=${"lora+".repeat(300)}`,
    status: [400],
    shape: "api",
  },
  {
    name: "FTS syntax as words",
    path: `/api/search?q=${encodeURIComponent('lora" OR 1=1 -- NEAR(a b) * ^ :')}`,
    status: [200, 400],
  },
  {
    name: "SQL in a concept slug",
    path: `/api/concepts/${encodeURIComponent("lora' OR '1'='1")}`,
    status: [400],
    shape: "api",
  },
  {
    name: "an unknown concept",
    path: "/api/concepts/no-such-concept",
    status: [404],
    shape: "api",
  },
  {
    name: "a page number past the end",
    path: "/api/search?q=lora&page=999999",
    status: [200, 400],
  },
  {
    name: "a path traversal",
    path: "/api/papers/..%2f..%2fetc%2fpasswd",
    status: [400, 404],
    shape: "api",
  },
];

/** One request, without fetch (it refuses TRACE); resolves with status, headers and body. */
export function probe(base: string, item: ProbeCase, timeoutMs = 15_000): Promise<ProbeResult> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: item.method ?? "GET",
        path: item.path,
        headers: { "accept-language": "ko", ...item.headers },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          const result: ProbeResult = {
            probe: item,
            status: res.statusCode ?? 0,
            bytes: body.length,
            headers: res.headers,
            body: body.toString("utf8"),
            problems: [],
          };
          result.problems = problemsOf(result);
          resolve(result);
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end();
  });
}

function problemsOf({ probe: item, status, bytes, headers, body }: ProbeResult): string[] {
  const problems: string[] = [];
  if (!item.status.includes(status))
    problems.push(`status ${status}, expected ${item.status.join(" or ")}`);
  if (item.maxBytes !== undefined && bytes > item.maxBytes)
    problems.push(`${bytes} bytes, more than ${item.maxBytes}`);
  if (!headers["x-content-type-options"] || !headers["content-security-policy"])
    problems.push("security headers missing");
  if (/at \S+ \(|\/work\/|node_modules|Error:/.test(body))
    problems.push("the body shows a stack trace or server path");
  if (item.shape === "api") {
    try {
      const error = (JSON.parse(body) as { error?: { code?: unknown; message?: unknown } }).error;
      if (typeof error?.code !== "string" || typeof error.message !== "string")
        problems.push("not the API's error shape");
    } catch {
      problems.push("not JSON");
    }
  }
  if (
    item.shape === "page" &&
    (!String(headers["content-type"]).startsWith("text/html") ||
      !body.includes(`<html lang="${item.lang}"`))
  )
    problems.push(`not an HTML page in ${item.lang}`);
  if (status === 405 && headers.allow !== "GET, HEAD")
    problems.push("a 405 without Allow: GET, HEAD");
  return problems;
}
