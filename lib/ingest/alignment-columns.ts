import type { Prisma } from "../db/create-db.ts";
import { ALIGNMENT_VERSION, alignAbstracts } from "../text/sentence-alignment.ts";

/** The Paper columns that hold the sentence alignment of these abstracts. */
export function alignmentColumns(abstractEn: string, abstractKo: string | null) {
  return { sentenceAlignment: alignAbstracts(abstractEn, abstractKo) as unknown as Prisma.InputJsonObject, alignmentVersion: ALIGNMENT_VERSION };
}
