// npm run bench:translation-checks [-- --sizes 1000,10000]: how long the quality checks take per
// translation (what every ingest of Korean and every machine translation pays), over the real
// human translations of the check set cycled to each size, alignment included as stored.
import { parseArgs } from "node:util";
import { checkTranslation } from "../../lib/translation/checks/check-translation.ts";
import { loadCheckSet } from "../../lib/translation/checks/load-check-set.ts";
import { loadGlossary } from "../../lib/translation/glossary.ts";
import { alignAbstracts } from "../../lib/text/sentence-alignment.ts";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000" } } });
const glossary = loadGlossary();
const papers = loadCheckSet().map((p) => ({
  ...p,
  alignment: alignAbstracts(p.abstractEn, p.abstractKo),
}));
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
console.log(
  `node ${process.version}, ${papers.length} real translations cycled, glossary of ${glossary.terms.length} terms`,
);
console.log("translations | wall s | CPU ms per translation | findings");
for (const size of values.sizes.split(",").map(Number)) {
  const start = performance.now();
  const startCpu = cpu();
  let findings = 0;
  for (let i = 0; i < size; i++)
    findings += checkTranslation(papers[i % papers.length]!, glossary).length;
  const wall = (performance.now() - start) / 1000;
  console.log(
    `${String(size).padStart(12)} | ${wall.toFixed(1).padStart(6)} | ${((cpu() - startCpu) / size).toFixed(2).padStart(22)} | ${findings}`,
  );
}
