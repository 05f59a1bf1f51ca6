import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTextFile } from "../ingest/sources/read-text-file.ts";
import { Utf8Check } from "./utf8-check.ts";

function firstBad(chunks: number[][]): number | null {
  const check = new Utf8Check();
  for (const chunk of chunks) {
    const bad = check.push(Uint8Array.from(chunk));
    if (bad !== null) return bad;
  }
  return check.end();
}

describe("Utf8Check", () => {
  it("names the first byte of the first invalid sequence, also across chunk boundaries", () => {
    const korean = [...Buffer.from("한국어")];
    expect(firstBad([korean])).toBeNull();
    expect(firstBad([[0x61, 0x62, 0xff]])).toBe(2);
    expect(firstBad([[0x61, 0xc3], [0x41]])).toBe(1);
    expect(firstBad([korean.slice(0, 4), korean.slice(4)])).toBeNull();
    expect(firstBad([[0x61, 0xed, 0xa0, 0x80]])).toBe(1); // a UTF-16 surrogate
    expect(firstBad([[0xe0, 0x80, 0x80]])).toBe(0); // overlong
    expect(firstBad([[0x61, 0x62, 0xf0, 0x9f]])).toBe(2); // cut off at the end
  });

  it("agrees with TextDecoder on what is valid, on random bytes", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let round = 0; round < 2000; round++) {
      const bytes = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        random() < 0.5 ? Math.floor(random() * 128) : 0x80 + Math.floor(random() * 128),
      );
      let valid = true;
      try {
        decoder.decode(Uint8Array.from(bytes));
      } catch {
        valid = false;
      }
      expect([bytes, firstBad([bytes]) === null]).toEqual([bytes, valid]);
    }
  });

  it("a file's error names the exact byte, past the first read chunk", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pb-utf8-")), "latin1.txt");
    writeFileSync(
      file,
      Buffer.concat([Buffer.from("가".repeat(30_000)), Buffer.from([0xe9]), Buffer.from("tail")]),
    );
    await expect(readTextFile(file, 1 << 20)).rejects.toThrow(
      "is not valid UTF-8 text (at byte 90000); save it as UTF-8",
    );
  });
});
