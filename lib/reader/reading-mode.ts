// How the reading page lays out a paper's two abstracts; the reader's choice is kept in a cookie.
export const READING_MODES = ["side", "interleaved", "en", "ko"] as const;
export type ReadingMode = (typeof READING_MODES)[number];

export const READING_MODE_COOKIE = "pb-reading-mode";
export const DEFAULT_READING_MODE: ReadingMode = "side";

export function isReadingMode(value: unknown): value is ReadingMode {
  return (READING_MODES as readonly unknown[]).includes(value);
}
