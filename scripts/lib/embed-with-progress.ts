import cliProgress from "cli-progress";
import type { Db } from "../../lib/db/create-db.ts";
import { embedConcepts, embedPapers } from "../../lib/semantic/embed-papers.ts";
import { loadEmbedder } from "../../lib/semantic/embedder.ts";
import { embeddingSettings } from "../../lib/semantic/embedding-settings.ts";

/**
 * Embeds the concepts and the papers that lack a current embedding by the configured model,
 * with a progress bar on a terminal. Returns false, having said why, when semantic features
 * are off (no model).
 */
export async function embedWithProgress(db: Db, stream: NodeJS.WriteStream = process.stdout): Promise<boolean> {
  const settings = embeddingSettings();
  const status = await loadEmbedder(settings);
  if (!status.on) {
    stream.write(`Semantic features are off: ${status.reason}.\n`);
    return false;
  }
  const { embedder } = status;
  const concepts = await embedConcepts(db, embedder);
  const bar = stream.isTTY ? new cliProgress.SingleBar({ format: "embedding {bar} {value}/{total} papers | {eta_formatted} left", hideCursor: true, clearOnComplete: true, stream }, cliProgress.Presets.shades_classic) : null;
  let reported = 0;
  const started = performance.now();
  const papers = await embedPapers(db, embedder, (done, total) => {
    if (bar) {
      if (done === 0) bar.start(total, 0);
      else bar.update(done);
    } else if (done - reported >= 1000 || (done === total && done > 0)) {
      reported = done;
      stream.write(`embedding: ${done}/${total} papers\n`);
    }
  });
  bar?.stop();
  const seconds = (performance.now() - started) / 1000;
  stream.write(`Embedded ${papers} papers${papers ? ` in ${seconds.toFixed(1)} s (${Math.round(papers / seconds)}/s)` : ""} and ${concepts} concepts with ${embedder.model} (${embedder.dims} dimensions).\n`);
  return true;
}
