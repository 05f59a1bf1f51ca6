import { renderToStaticMarkup } from "react-dom/server";
import { createDb } from "./lib/db/create-db.ts";
import { getDigestPage } from "./lib/queries/get-digest-page.ts";
import { getTranslator } from "./lib/i18n/get-translator.ts";
import { DigestSection } from "./components/DigestSection.tsx";
const db = createDb(process.argv[2]!);
const f = { category: null, concept: null, korean: false };
const q: number[] = [], r: number[] = [];
for (let i = 0; i < 30; i++) {
  const s = performance.now();
  const view = (await getDigestPage(db, "2026-03-04", { page: 1, highlights: 20, filters: f }))!;
  const m = performance.now();
  renderToStaticMarkup(<DigestSection view={view} locale="ko" t={getTranslator("ko")} headingLevel="h1" />);
  r.push(performance.now() - m); q.push(m - s);
}
q.sort((a, b) => a - b); r.sort((a, b) => a - b);
console.log("query min/med", q[0]!.toFixed(1), q[15]!.toFixed(1), "render min/med", r[0]!.toFixed(1), r[15]!.toFixed(1));
await db.$disconnect();
