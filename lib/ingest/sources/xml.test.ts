import { describe, expect, it } from "vitest";
import { SourceFormatError } from "./source-format-error.ts";
import { MAX_XML_DEPTH, parseXml } from "./xml.ts";

const refusal = (xml: string) => {
  try {
    parseXml(xml, []);
  } catch (error) {
    return error;
  }
  return null;
};

describe("parseXml on hostile files", () => {
  it("refuses entity declarations, naming the line, before expanding anything", () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY a "${"a".repeat(50)}"><!ENTITY b "${"&a;".repeat(50)}">]>\n<feed><title>&b;&b;&b;</title></feed>`;
    const error = refusal(laughs);
    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as Error).message).toBe(
      "declares a document type or entities (line 2: <!DOCTYPE>), which PaperBridge does not read",
    );
    expect((refusal(`<feed><!ENTITY x "y"></feed>`) as Error).message).toMatch(/<!ENTITY>/);
  });

  it("refuses nesting deeper than the limit as a format error, and reads a feed just within it", () => {
    const nested = (depth: number) =>
      `<feed>${"<a>".repeat(depth - 1)}x${"</a>".repeat(depth - 1)}</feed>`;
    const error = refusal(nested(100_000));
    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as Error).message).toBe(`nests elements deeper than ${MAX_XML_DEPTH} levels`);
    expect(refusal(nested(MAX_XML_DEPTH))).toBeNull();
  });

  it("keeps the standard character entities of ordinary feeds", () => {
    expect(parseXml("<feed><title>A &amp; B &lt;C&gt;</title></feed>", [])).toEqual({
      feed: { title: "A & B <C>" },
    });
  });
});
