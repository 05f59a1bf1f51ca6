import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { fakeKorean, type FakeTerm } from "./fake-korean.ts";

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string };
}

export interface ChatItem {
  id: number;
  en: string;
}

/** What the server does with one request: answer, fail with a status (and headers), or never answer. */
export type ChatBehaviour =
  | { reply: (items: ChatItem[], request: ChatRequest) => { content: string } }
  | { status: number; headers?: Record<string, string>; body?: string }
  | { hang: true }
  /** Answers as `then` once `until` resolves: the test acts while the request is in flight. */
  | { until: Promise<void>; then: ChatBehaviour };

/** The items and glossary a PaperBridge request carries in its user message. */
export function chatPayload(request: ChatRequest): { items: ChatItem[]; glossary: FakeTerm[] } {
  return JSON.parse(request.messages.find((m) => m.role === "user")!.content);
}

/** A correct translation reply for the request's items, with a TL;DR when asked for. */
export function translateItems(
  items: ChatItem[],
  request: ChatRequest,
  tldr = "이 논문은 새로운 방법을 제안하고 그 효과를 보인다.",
): { content: string } {
  const { glossary } = chatPayload(request);
  const asksTldr = request.messages[0]!.content.includes('"tldr"');
  return {
    content: JSON.stringify({
      translations: items.map((i) => ({ id: i.id, ko: fakeKorean(i.en, i.id, glossary) })),
      ...(asksTldr ? { tldr } : {}),
    }),
  };
}

/**
 * A local server speaking OpenAI's chat completions wire format (POST /v1/chat/completions),
 * with usage counts; each request takes the next scripted behaviour, then `fallback`.
 */
export async function startFakeChatServer(
  script: ChatBehaviour[] = [],
  fallback: ChatBehaviour = { reply: translateItems },
) {
  const requests: ChatRequest[] = [];
  const waiting: ((count: number) => void)[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", async () => {
      if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
        res
          .writeHead(404, { "Content-Type": "application/json" })
          .end(JSON.stringify({ error: { message: "not found", type: "invalid_request_error" } }));
        return;
      }
      const request = JSON.parse(body) as ChatRequest;
      requests.push(request);
      waiting.splice(0).forEach((notify) => notify(requests.length));
      let behaviour = script.shift() ?? fallback;
      while ("until" in behaviour) {
        await behaviour.until;
        behaviour = behaviour.then;
      }
      if ("hang" in behaviour) {
        hanging.add(res);
        return;
      }
      if ("status" in behaviour) {
        const error = JSON.stringify({
          error: { message: `status ${behaviour.status}`, type: "server_error" },
        });
        res
          .writeHead(behaviour.status, { "Content-Type": "application/json", ...behaviour.headers })
          .end(behaviour.body ?? error);
        return;
      }
      const { content } = behaviour.reply(chatPayload(request).items, request);
      res.writeHead(200, { "Content-Type": "application/json" }).end(
        JSON.stringify({
          id: `chatcmpl-${requests.length}`,
          object: "chat.completion",
          created: 1_764_800_000,
          model: request.model,
          choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
          usage: {
            prompt_tokens: Math.ceil(body.length / 4),
            completion_tokens: Math.ceil(content.length / 2),
            total_tokens: Math.ceil(body.length / 4) + Math.ceil(content.length / 2),
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    /** Resolves once the server has received `count` requests. */
    received: (count: number) =>
      new Promise<void>((resolve) =>
        requests.length >= count
          ? resolve()
          : waiting.push(function check(n) {
              if (n >= count) resolve();
              else waiting.push(check);
            }),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
