import { randomBytes } from "node:crypto";
import { crc32, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32Combine, GzipTemplate } from "./gzip-template.ts";

describe("crc32Combine", () => {
  it("gives the CRC-32 of two buffers end to end, whatever their lengths", () => {
    for (const [a, b] of [
      [0, 0],
      [0, 7],
      [5, 0],
      [1, 1],
      [1000, 24],
      [3, 70_001],
    ]) {
      const first = randomBytes(a!);
      const second = randomBytes(b!);
      expect(crc32Combine(crc32(first), crc32(second), second.length)).toBe(
        crc32(Buffer.concat([first, second])),
      );
    }
  });
});

/** What a client reads: the pieces end to end, unpacked (gunzip checks the CRC-32 and length). */
const unpack = (template: GzipTemplate, fill: string) =>
  gunzipSync(Buffer.concat(template.gzip(Buffer.from(fill))));

describe("GzipTemplate", () => {
  const noise = randomBytes(3000).toString("hex");
  const html = (hole: string) =>
    `<html><head><script nonce="${hole}">1</script></head><body>${"읽기 ".repeat(20_000)}` +
    `<script nonce="${hole}">2</script>${noise}</body></html>`;
  const parts = html("\0").split("\0").map((part) => Buffer.from(part));

  it("fills every hole with each response's own bytes, as one valid gzip member", async () => {
    const template = await GzipTemplate.of(parts);
    for (const nonce of ["Zm9vYmFyMTIzNDU2Nzg5MA==", "AAAAAAAAAAAAAAAAAAAAAA=="]) {
      expect(unpack(template, nonce).toString()).toBe(html(nonce));
      expect(template.plain(Buffer.from(nonce)).toString()).toBe(html(nonce));
    }
    expect(template.bytes).toBeLessThan(Buffer.byteLength(html("x")) / 4);
  });

  it("holds only its compressed bytes, however many small parts a page has", async () => {
    // A page's inline scripts each carry the nonce: dozens of holes, most parts a few bytes.
    const small = Array.from({ length: 40 }, (_, i) => Buffer.from(`</script><script nonce="${i}`));
    const template = await GzipTemplate.of(small);
    expect(template.bytes).toBeLessThan(40 * 64);
    expect(unpack(template, "N").toString()).toBe(small.join("N"));
  });

  it("holds a body without holes, an empty one and holes side by side", async () => {
    for (const texts of [["no holes"], [""], ["", "", ""], ["a", "", "b"]]) {
      const template = await GzipTemplate.of(texts.map((text) => Buffer.from(text)));
      expect(unpack(template, "N").toString()).toBe(texts.join("N"));
    }
  });

  it("fills holes with nothing, or with more than a stored block holds", async () => {
    const template = await GzipTemplate.of([Buffer.from("<a "), Buffer.from(">")]);
    for (const fill of ["", "x".repeat(70_000)])
      expect(unpack(template, fill).toString()).toBe(`<a ${fill}>`);
  });

  it("reads back from its bytes the same body, and refuses bytes cut short or added to", async () => {
    const template = await GzipTemplate.of(parts);
    const bytes = template.toBytes();
    expect(unpack(GzipTemplate.fromBytes(bytes), "N").toString()).toBe(html("N"));
    for (const bad of [bytes.subarray(0, bytes.length - 1), Buffer.concat([bytes, Buffer.from([0])]), Buffer.alloc(0), Buffer.from("<html>")])
      expect(() => GzipTemplate.fromBytes(bad)).toThrow(/not a compressed page/);
  });
});
