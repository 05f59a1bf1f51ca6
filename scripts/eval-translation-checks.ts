// npm run eval:translation-checks [-- --split tuning|heldout --verbose]: how well the translation
// checks catch defects put into real translations, and how often they flag clean ones. Tune on
// tuning; heldout was read once, after tuning stopped (docs/translation-checks.md).
import { parseArgs } from "node:util";
import { evaluateChecks } from "../lib/translation/checks/evaluate-checks.ts";
import { loadCheckSet, SPLITS, type Split } from "../lib/translation/checks/load-check-set.ts";
import { loadGlossary } from "../lib/translation/glossary.ts";

const { values } = parseArgs({
  options: {
    split: { type: "string", default: "tuning" },
    verbose: { type: "boolean", default: false },
  },
});
if (!(SPLITS as readonly string[]).includes(values.split)) {
  console.error(`--split ${values.split}: not one of ${SPLITS.join(", ")}`);
  process.exit(2);
}
let papers;
try {
  papers = loadCheckSet(values.split as Split);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const result = evaluateChecks(papers, loadGlossary());

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
console.log(`${result.papers} translations (${values.split} set)\n`);
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
