import { XMLParser, XMLValidator } from "fast-xml-parser";
import { SourceFormatError } from "./source-format-error.ts";

export type XmlNode = Record<string, unknown>;

/** Parses XML with every value kept as text; throws SourceFormatError naming the line of a syntax error. */
export function parseXml(xml: string, arrays: readonly string[]): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new SourceFormatError(`is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    // A title such as "0" or an id such as 2508.10000 must stay text.
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => arrays.includes(name),
    htmlEntities: true,
  });
  return parser.parse(xml) as XmlNode;
}

export function xmlText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "object" && "#text" in (value as XmlNode)) return String((value as XmlNode)["#text"]);
  if (typeof value === "object") return undefined;
  return String(value);
}
