// npm run eval:translation-checks [-- --split dev|test|all --verbose]: how well the translation
// checks catch defects put into real human translations, and how often they flag clean ones.
// Tune on dev; the figures in docs/translation-checks.md are test's (held out).
import { parseArgs } from "node:util";
import { evaluateChecks, splitOf } from "../lib/translation/checks/evaluate-checks.ts";
import { loadCheckSet } from "../lib/translation/checks/load-check-set.ts";
import { loadGlossary } from "../lib/translation/glossary.ts";

const { values } = parseArgs({
  options: {
    split: { type: "string", default: "test" },
    verbose: { type: "boolean", default: false },
  },
});
if (!["dev", "test", "all"].includes(values.split)) {
  console.error(`--split ${values.split}: not one of dev, test, all`);
  process.exit(2);
}
const papers = loadCheckSet().filter(
  (p) => values.split === "all" || splitOf(p.id) === values.split,
);
const result = evaluateChecks(papers, loadGlossary());

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
console.log(`${result.papers} human translations (${values.split} split)\n`);
console.log(`${"defect".padEnd(18)} ${"cases".padStart(5)} ${"caught".padStart(6)}  recall`);
for (const d of result.defects) {
  console.log(
    `${d.defect.padEnd(18)} ${String(d.cases).padStart(5)} ${String(d.caught).padStart(6)}  ${pct(d.recall)}${values.verbose && d.missed.length ? `  missed: ${d.missed.join(", ")}` : ""}`,
  );
}
console.log(
  `\nfalse alarms on clean translations: ${result.clean.alarmed} of ${result.papers} (${pct(result.clean.rate).trim()})`,
);
if (values.verbose) {
  for (const alarm of result.clean.alarms) {
    for (const f of alarm.findings)
      console.log(`  ${alarm.id} #${f.sentence ?? "-"} ${f.kind}: ${f.message}`);
  }
}
