import { XMLParser, XMLValidator } from "fast-xml-parser";
import { SourceFormatError } from "./source-format-error.ts";

export type XmlNode = Record<string, unknown>;

/** arXiv and RSS feeds nest a handful of levels; deeper files are refused, not walked. */
export const MAX_XML_DEPTH = 32;

// No feed PaperBridge reads declares entities; a declaration can only expand text without bound.
const DECLARATION = /<!(ENTITY|DOCTYPE)\b/i;

/** Parses XML with every value kept as text; throws SourceFormatError naming the line of a syntax error. */
export function parseXml(xml: string, arrays: readonly string[]): XmlNode {
  const declaration = DECLARATION.exec(xml);
  if (declaration) {
    const line = xml.slice(0, declaration.index).split("\n").length;
    throw new SourceFormatError(
      `declares a document type or entities (line ${line}: <!${declaration[1]}>), which PaperBridge does not read`,
    );
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new SourceFormatError(
      `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`,
    );
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    // A title such as "0" or an id such as 2508.10000 must stay text.
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => arrays.includes(name),
    htmlEntities: true,
    maxNestedTags: MAX_XML_DEPTH,
  });
  try {
    return parser.parse(xml) as XmlNode;
  } catch (error) {
    const message = (error as Error).message;
    throw new SourceFormatError(
      /nested tags/i.test(message)
        ? `nests elements deeper than ${MAX_XML_DEPTH} levels`
        : `could not be read as XML (${message})`,
    );
  }
}

export function xmlText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "object" && "#text" in (value as XmlNode))
    return String((value as XmlNode)["#text"]);
  if (typeof value === "object") return undefined;
  return String(value);
}
