// Where UTF-8 goes wrong, byte-exact across chunk boundaries: TextDecoder only says that it did.

/** The byte range the next continuation byte must fall in, after each lead byte (RFC 3629). */
function firstContinuation(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Feeds bytes chunk by chunk; reports the file offset of the first invalid sequence's first byte. */
export class Utf8Check {
  private offset = 0;
  private sequenceStart = 0;
  private remaining = 0;
  private range: [number, number] = [0x80, 0xbf];

  /** The offset where the text stops being UTF-8 within this chunk, or null. */
  push(bytes: Uint8Array): number | null {
    for (let i = 0; i < bytes.length; i++, this.offset++) {
      const byte = bytes[i]!;
      if (this.remaining > 0) {
        if (byte < this.range[0] || byte > this.range[1]) return this.sequenceStart;
        this.range = [0x80, 0xbf];
        this.remaining -= 1;
        continue;
      }
      const length = sequenceLength(byte);
      if (length === 0) return this.offset;
      this.sequenceStart = this.offset;
      this.remaining = length - 1;
      this.range = firstContinuation(byte);
    }
    return null;
  }

  /** At the end of the input: the offset of a character cut off by it, or null. */
  end(): number | null {
    return this.remaining > 0 ? this.sequenceStart : null;
  }
}
