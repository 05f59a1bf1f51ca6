import { createServer, type Server, type ServerResponse } from "node:http";
import { fakeKorean } from "./fake-korean.ts";

export interface DeeplTranslateRequest {
  texts: string[];
  params: URLSearchParams;
}

export type DeeplBehaviour =
  | { translate: (texts: string[], glossary: Map<string, string>) => string[] }
  | { status: number; body?: string }
  | { raw: string }
  | { hang: true };

/** Korean for each text, with the glossary's target terms where its source terms occur. */
export function deeplKorean(texts: string[], glossary: Map<string, string>): string[] {
  const terms = [...glossary].map(([en, ko]) => ({ en, ko }));
  return texts.map((text, i) => fakeKorean(text, i + 1, terms));
}

/**
 * A local server speaking DeepL's REST API as deepl-node calls it: POST /v2/translate (form
 * encoded, one translation per text), GET and POST /v2/glossaries (entries as TSV).
 */
export async function startFakeDeeplServer(
  script: DeeplBehaviour[] = [],
  fallback: DeeplBehaviour = { translate: deeplKorean },
) {
  const translations: DeeplTranslateRequest[] = [];
  const glossaries: { info: Record<string, unknown>; entries: Map<string, string> }[] = [];
  const glossaryRequests: string[] = [];
  const hanging = new Set<ServerResponse>();
  const json = (res: ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      if (req.headers.authorization !== "DeepL-Auth-Key test-key:fx")
        return json(res, 403, { message: "Authorization failure, check auth_key" });
      const params = new URLSearchParams(body);
      if (req.url === "/v2/glossaries" && req.method === "GET") {
        glossaryRequests.push("list");
        return json(res, 200, { glossaries: glossaries.map((g) => g.info) });
      }
      if (req.url === "/v2/glossaries" && req.method === "POST") {
        glossaryRequests.push("create");
        const entries = new Map(
          params
            .get("entries")!
            .split("\n")
            .filter(Boolean)
            .map((line) => line.split("\t") as [string, string]),
        );
        const info = {
          glossary_id: `g-${glossaries.length + 1}`,
          name: params.get("name"),
          ready: true,
          source_lang: params.get("source_lang"),
          target_lang: params.get("target_lang"),
          creation_time: "2026-12-04T10:00:00.000Z",
          entry_count: entries.size,
        };
        glossaries.push({ info, entries });
        return json(res, 201, info);
      }
      if (req.url !== "/v2/translate" || req.method !== "POST")
        return json(res, 404, { message: "Not found" });
      const texts = params.getAll("text");
      translations.push({ texts, params });
      const behaviour = script.shift() ?? fallback;
      if ("hang" in behaviour) return void hanging.add(res);
      if ("status" in behaviour)
        return json(res, behaviour.status, {
          message: behaviour.body ?? `status ${behaviour.status}`,
        });
      if ("raw" in behaviour)
        return res.writeHead(200, { "Content-Type": "application/json" }).end(behaviour.raw);
      const glossary =
        glossaries.find((g) => g.info.glossary_id === params.get("glossary_id"))?.entries ??
        new Map();
      json(res, 200, {
        translations: behaviour
          .translate(texts, glossary)
          .map((text, i) => ({
            detected_source_language: "EN",
            text,
            billed_characters: texts[i]?.length ?? 0,
          })),
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    translations,
    glossaries,
    glossaryRequests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
