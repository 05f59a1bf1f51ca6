import type { SourceItem } from "./source-item.ts";
import { SourceFormatError } from "./source-format-error.ts";
import { parseXml, xmlText, type XmlNode } from "./xml.ts";

function nodes(value: unknown): XmlNode[] {
  return ((Array.isArray(value) ? value : value === undefined ? [] : [value]) as unknown[]).filter(
    (v): v is XmlNode => typeof v === "object" && v !== null,
  );
}

function authorName(author: XmlNode): string | undefined {
  const parts = [xmlText(author.forenames), xmlText(author.keyname), xmlText(author.suffix)];
  const name = parts.filter(Boolean).join(" ").trim();
  return name || undefined;
}

/**
 * Parses arXiv's OAI-PMH responses (export.arxiv.org/oai2, GetRecord or ListRecords with
 * metadataPrefix=arXiv). Records carry no listing day, so they join no digest unless --date
 * says which; ACM and MSC classes are kept as classes.
 */
export function parseOaiPmh(xml: string): SourceItem[] {
  const root = parseXml(xml, ["record", "author", "error"])["OAI-PMH"] as XmlNode | undefined;
  if (!root) throw new SourceFormatError("is not an OAI-PMH response (no <OAI-PMH> element)");
  const error = nodes(root.error)[0];
  if (error) {
    const code = typeof error.code === "string" ? ` ${error.code}` : "";
    throw new SourceFormatError(
      `is an OAI-PMH error${code}: ${xmlText(error)?.trim() ?? "no detail"}`,
    );
  }
  const container = (root.GetRecord ?? root.ListRecords) as XmlNode | undefined;
  return nodes(container?.record).flatMap((record, i): SourceItem[] => {
    const header = record.header as XmlNode | undefined;
    // A deleted record has a header and no metadata: there is nothing to store.
    if (header?.status === "deleted") return [];
    const paper = (record.metadata as XmlNode | undefined)?.arXiv as XmlNode | undefined;
    const id = xmlText(paper?.id)?.trim();
    const authors = nodes((paper?.authors as XmlNode | undefined)?.author).map(authorName);
    return [
      {
        label: `record ${i + 1}${id ? ` (${id})` : ""}`,
        date: null,
        fields: {
          arxivId: id ?? null,
          title: xmlText(paper?.title),
          authors: authors.length > 0 ? authors : undefined,
          categories: xmlText(paper?.categories)?.split(/\s+/).filter(Boolean),
          classes: [xmlText(paper?.["acm-class"]), xmlText(paper?.["msc-class"])].filter(Boolean),
          published: xmlText(paper?.created),
          comment: xmlText(paper?.comments),
          abstractEn: xmlText(paper?.abstract),
        },
      },
    ];
  });
}
