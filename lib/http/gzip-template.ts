import { promisify } from "node:util";
import { constants, crc32, deflateRaw, inflateRawSync } from "node:zlib";

// A body compressed once with holes that each response fills with its own bytes (a page's
// nonce): every part between two holes is its own raw deflate stream, ended on a byte boundary
// (a sync flush) and never referring back past its start, so the parts and a hole's bytes (as a
// stored block) can be laid end to end as one gzip member (RFC 1952). Its CRC-32 is combined
// from the parts' own, so that serving one costs a few microseconds whatever the page's size.

const deflateRawAsync = promisify(deflateRaw);
const SYNC = { finishFlush: constants.Z_SYNC_FLUSH };
/** ID1 ID2, deflate, no flags, no time, no extra flags, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const CRC_POLYNOMIAL = 0xedb88320;
/** The most a stored deflate block holds. */
const STORED_MAX = 0xffff;

/** `bytes` as stored (uncompressed) deflate blocks, not the last (RFC 1951, 3.2.4). */
function storedBlocks(bytes: Buffer): Buffer {
  const blocks: Buffer[] = [];
  for (let at = 0; at < bytes.length || blocks.length === 0; at += STORED_MAX) {
    const data = bytes.subarray(at, at + STORED_MAX);
    const header = Buffer.alloc(5);
    header.writeUInt16LE(data.length, 1);
    header.writeUInt16LE(~data.length & 0xffff, 3);
    blocks.push(header, data);
  }
  return Buffer.concat(blocks);
}

/** a(x) * b(x) modulo the CRC-32 polynomial, both bit-reflected as CRC-32 keeps them. */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let bit = 0x80000000; bit !== 0; bit >>>= 1) {
    if (a & bit) product ^= b;
    b = b & 1 ? (b >>> 1) ^ CRC_POLYNOMIAL : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) modulo the polynomial, k = 0..31: the factors a shift by n bits is made of. */
const X_POWERS: number[] = [0x40000000];
for (let k = 1; k < 32; k++) X_POWERS.push(multiplyModP(X_POWERS[k - 1]!, X_POWERS[k - 1]!));

/** The CRC-32 of A then B, from the CRC-32s of A and B and B's length (zlib's crc32_combine). */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  // crcA shifted by 8 * lengthB zero bits, then B's own.
  let shift = 0x80000000;
  for (let n = lengthB, k = 3; n > 0; n = Math.floor(n / 2), k++)
    if (n % 2) shift = multiplyModP(X_POWERS[k % 32]!, shift);
  return (multiplyModP(shift, crcA) ^ crcB) >>> 0;
}

interface Part {
  deflated: Buffer;
  crc: number;
  length: number;
}

export class GzipTemplate {
  private constructor(private readonly parts: Part[]) {}

  /** Compresses the text between the holes (`parts.length - 1` holes). */
  static async of(parts: Buffer[]): Promise<GzipTemplate> {
    const last = parts.length - 1;
    const deflated = await Promise.all(
      parts.map((part, i) => deflateRawAsync(part, i === last ? {} : SYNC)),
    );
    // zlib hands back each part in a buffer of 16 KB or more however little it holds: the parts
    // are copied into one buffer of their size, so that a kept page holds only its own bytes.
    const all = Buffer.allocUnsafeSlow(deflated.reduce((n, part) => n + part.length, 0));
    let offset = 0;
    return new GzipTemplate(
      parts.map((part, i) => {
        const start = offset;
        offset += deflated[i]!.copy(all, offset);
        return { deflated: all.subarray(start, offset), crc: crc32(part), length: part.length };
      }),
    );
  }

  /** The template as bytes (fromBytes reads them back): part count, each part's CRC-32, length and compressed length, then the compressed parts. */
  toBytes(): Buffer {
    const head = Buffer.alloc(4 + 12 * this.parts.length);
    head.writeUInt32LE(this.parts.length, 0);
    this.parts.forEach((part, i) => {
      head.writeUInt32LE(part.crc, 4 + 12 * i);
      head.writeUInt32LE(part.length, 8 + 12 * i);
      head.writeUInt32LE(part.deflated.length, 12 + 12 * i);
    });
    return Buffer.concat([head, ...this.parts.map((part) => part.deflated)]);
  }

  /** A template from toBytes's bytes; throws on bytes that are not one. */
  static fromBytes(bytes: Buffer): GzipTemplate {
    const count = bytes.length >= 4 ? bytes.readUInt32LE(0) : 0;
    let offset = 4 + 12 * count;
    if (count === 0 || offset > bytes.length) throw new Error("not a compressed page");
    const parts = Array.from({ length: count }, (_, i) => {
      const size = bytes.readUInt32LE(12 + 12 * i);
      const deflated = bytes.subarray(offset, (offset += size));
      return { crc: bytes.readUInt32LE(4 + 12 * i), length: bytes.readUInt32LE(8 + 12 * i), deflated };
    });
    if (offset !== bytes.length) throw new Error("not a compressed page");
    return new GzipTemplate(parts);
  }

  /** Memory held: the buffers under the compressed parts. */
  get bytes(): number {
    return [...new Set(this.parts.map((part) => part.deflated.buffer))].reduce(
      (n, buffer) => n + buffer.byteLength,
      0,
    );
  }

  /** The body with every hole filled with `fill`, as one gzip member in pieces (none copied). */
  gzip(fill: Buffer): Buffer[] {
    // Stored as it is: a nonce does not compress, and zlib's set-up would cost more than it.
    const filler = storedBlocks(fill);
    const fillCrc = crc32(fill);
    let crc = this.parts[0]!.crc;
    let length = this.parts[0]!.length;
    const chunks = [GZIP_HEADER, this.parts[0]!.deflated];
    for (const part of this.parts.slice(1)) {
      crc = crc32Combine(crc32Combine(crc, fillCrc, fill.length), part.crc, part.length);
      length += fill.length + part.length;
      chunks.push(filler, part.deflated);
    }
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc, 0);
    trailer.writeUInt32LE(length % 2 ** 32, 4);
    chunks.push(trailer);
    return chunks;
  }

  /** The body with every hole filled with `fill`, uncompressed. */
  plain(fill: Buffer): Buffer {
    return Buffer.concat(
      this.parts.flatMap((part, i) => {
        const text = inflateRawSync(part.deflated, SYNC);
        return i === 0 ? [text] : [fill, text];
      }),
    );
  }
}
