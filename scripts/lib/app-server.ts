import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { refusalResponse } from "../../lib/http/refusal-response.ts";
import { refuseRequest, targetPath } from "../../lib/http/request-gate.ts";
import { BASE_SECURITY_HEADERS, LOCKED_CSP } from "../../lib/http/security-headers.ts";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** What a refused request's log line shows of its target: escaped, and short. */
function shown(target: string | undefined): string {
  const text = JSON.stringify(target ?? "");
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The answer to what Node's parser cannot read (an unknown method, headers over 16 kB): the API's error shape. */
function unparsable(tooLarge: boolean): string {
  const [status, code, message] = tooLarge
    ? [
        "431 Request Header Fields Too Large",
        "headers_too_large",
        "the request line and headers are larger than 16 kB",
      ]
    : ["400 Bad Request", "malformed_request", "the request could not be parsed as HTTP/1.1"];
  const body = JSON.stringify({ error: { code, message } });
  const headers = {
    ...BASE_SECURITY_HEADERS,
    "Content-Security-Policy": LOCKED_CSP,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    Connection: "close",
  };
  return `HTTP/1.1 ${status}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\r\n")}\r\n\r\n${body}`;
}

/** An HTTP server that refuses what the gate refuses, with one log line each, and hands the rest to `handle`. */
export function gatedServer(handle: Handler): Server {
  const server = createServer((req, res) => {
    const refusal = refuseRequest(req.method, req.url);
    if (!refusal) {
      Promise.resolve(handle(req, res)).catch((error: Error) => {
        console.error(`${req.method} ${shown(req.url)} failed: ${error.message}`);
        if (!res.headersSent)
          res.writeHead(500, { ...BASE_SECURITY_HEADERS, "Content-Type": "text/plain" });
        res.end();
      });
      return;
    }
    console.warn(
      `refused ${JSON.stringify(req.method)} ${shown(req.url)}: ${refusal.status} ${refusal.code}`,
    );
    const path = targetPath(req.url);
    const answer = refusalResponse(refusal, path, {
      cookie: req.headers.cookie,
      acceptLanguage: req.headers["accept-language"],
    });
    res.writeHead(answer.status, {
      ...answer.headers,
      "Content-Length": Buffer.byteLength(answer.body),
    });
    res.end(req.method === "HEAD" ? undefined : answer.body);
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === "ECONNRESET") return void socket.destroy();
    console.warn(`refused a request that could not be parsed: ${error.code ?? error.message}`);
    socket.end(unparsable(error.code === "HPE_HEADER_OVERFLOW"));
  });
  return server;
}

/**
 * Stops taking connections, lets requests in flight finish (closing each connection once it is
 * idle) and resolves when all are closed, or after `graceMs` with the rest cut off.
 */
export function closeGracefully(server: Server, graceMs: number): Promise<{ forced: boolean }> {
  return new Promise((resolve) => {
    let forced = false;
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, graceMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve({ forced });
    });
    server.closeIdleConnections();
  });
}
