import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOaiPmh } from "./parse-oai-pmh.ts";

describe("parseOaiPmh", () => {
  it("reads a real GetRecord response in arXiv's metadata format", () => {
    const [record] = parseOaiPmh(
      readFileSync("tests/fixtures/sources/oai-pmh-1305.0014.xml", "utf8"),
    );
    expect(record).toMatchObject({
      label: "record 1 (1305.0014)",
      date: null,
      fields: {
        arxivId: "1305.0014",
        authors: ["S. Gardner", "B. Plaster"],
        categories: ["hep-ph", "hep-lat", "nucl-ex", "nucl-th"],
        published: "2013-04-30",
        comment: "as-published version, 16 pages, 2 figures",
      },
    });
    expect(String(record?.fields.abstractEn).trim()).toMatch(
      /^We assess the ability of future neutron beta decay/,
    );
  });

  it("keeps ACM and MSC classes, skips deleted records and rejects an error response", () => {
    const xml = `<OAI-PMH><ListRecords>
      <record><header status="deleted"><identifier>oai:arXiv.org:0704.0001</identifier></header></record>
      <record><header/><metadata><arXiv><id>0704.0002</id><title>T</title><categories>math.CO cs.CG</categories>
        <acm-class>G.2.2</acm-class><msc-class>05C85</msc-class><abstract>A.</abstract></arXiv></metadata></record>
    </ListRecords></OAI-PMH>`;
    const items = parseOaiPmh(xml);
    expect(items.map((i) => i.fields.arxivId)).toEqual(["0704.0002"]);
    expect(items[0]?.fields.classes).toEqual(["G.2.2", "05C85"]);
    expect(() =>
      parseOaiPmh(`<OAI-PMH><error code="idDoesNotExist">No matching identifier</error></OAI-PMH>`),
    ).toThrow("is an OAI-PMH error idDoesNotExist: No matching identifier");
  });
});
