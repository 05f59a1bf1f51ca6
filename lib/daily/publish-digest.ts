import type { Db } from "../db/create-db.ts";
import { formatIssue, type IngestIssue } from "../ingest/ingest-issue.ts";
import { placeInDigest } from "../ingest/place-in-digest.ts";
import type { DailyDetails } from "./run-daily.ts";

export interface Publication {
  runId: number;
  date: string;
  /** The digest's papers in their order; none: no digest is made. */
  paperIds: number[];
  details: DailyDetails;
  issues: IngestIssue[];
  notes: IngestIssue[];
}

/**
 * Publishes a day's digest and records the run as finished, in one transaction: readers see
 * the digest as it was until the new one is whole. Also finds the concepts no earlier digest had.
 */
export async function publishDigest(db: Db, publication: Publication): Promise<DailyDetails> {
  const { date, paperIds } = publication;
  return db.$transaction(
    async (tx) => {
      const details = {
        ...publication.details,
        newConcepts: await newConcepts(tx, date, paperIds),
      };
      if (paperIds.length > 0)
        details.digest = await placeInDigest(tx, { date, paperIds, mode: "replace" });
      await tx.ingestRun.update({
        where: { id: publication.runId },
        data: {
          status: publication.issues.length ? "partial" : "succeeded",
          added: details.stored.added,
          updated: details.stored.updated,
          unchanged: details.stored.unchanged,
          failed: details.stored.failed,
          errors: publication.issues
            .slice(0, 500)
            .map((issue) => ({ ...issue, text: formatIssue(issue) })),
          notes: publication.notes
            .slice(0, 500)
            .map((note) => ({ ...note, text: formatIssue(note) })),
          details: details as object,
          finishedAt: new Date(),
        },
      });
      return details;
    },
    { timeout: 5 * 60_000, maxWait: 60_000 },
  );
}

/** Slugs of the concepts these papers are about that no paper of an earlier digest is about. */
async function newConcepts(
  tx: Parameters<Parameters<Db["$transaction"]>[0]>[0],
  date: string,
  paperIds: number[],
): Promise<string[]> {
  if (paperIds.length === 0) return [];
  const found = new Set<number>();
  for (let i = 0; i < paperIds.length; i += 500) {
    const rows = await tx.paperConcept.findMany({
      where: { paperId: { in: paperIds.slice(i, i + 500) }, about: true, implied: false },
      select: { conceptId: true },
      distinct: ["conceptId"],
    });
    rows.forEach((row) => found.add(row.conceptId));
  }
  const seen = await tx.paperConcept.findMany({
    where: {
      conceptId: { in: [...found] },
      about: true,
      implied: false,
      paper: { digestEntries: { some: { digest: { date: { lt: date } } } } },
    },
    select: { conceptId: true },
    distinct: ["conceptId"],
  });
  const fresh = [...found].filter((id) => !seen.some((row) => row.conceptId === id));
  const concepts = await tx.concept.findMany({
    where: { id: { in: fresh } },
    select: { slug: true },
    orderBy: { position: "asc" },
  });
  return concepts.map((c) => c.slug);
}
