// Every text that enters the store goes through here: Unicode NFC, no control characters,
// whitespace collapsed. LaTeX and markup are kept exactly as written.

// C0/C1 controls and the zero-width/bidi format characters that only hide differences.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

export function isWellFormedText(value: string): boolean {
  return value.isWellFormed();
}

/** One line of text: titles, names, categories. */
export function normalizeInline(value: string): string {
  return value.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Running text: paragraphs separated by one blank line, each paragraph on one line. */
export function normalizeParagraphs(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    // A blank line, or arXiv's convention of indenting a paragraph's first line, starts a paragraph.
    .split(/\n[ \t\u00A0]*\n+|\n(?=[ \t]{2,}\S)/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}
