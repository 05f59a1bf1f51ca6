import { INDEXED_FIELDS, type IndexedField } from "./search-plan.ts";
import { searchTokens } from "./search-tokens.ts";

export interface IndexedDocument {
  paperId: number;
  fields: Record<IndexedField, string[]>;
}

export type SearchablePaper = { id: number } & Record<IndexedField, string | null>;

export function indexDocument(paper: SearchablePaper): IndexedDocument {
  const fields = Object.fromEntries(INDEXED_FIELDS.map((field) => [field, searchTokens(paper[field])])) as Record<IndexedField, string[]>;
  return { paperId: paper.id, fields };
}
