// Text-mode TeX as arXiv titles and abstracts carry it (``quotes'', \emph{...}, \textbf{...},
// 3\%, Fig.~2, --, \url{...}) read into runs of display text, each with its styles, its link and
// the source range it comes from, so that concept mentions and search matches (offsets into the
// source) can be laid over them. Inline math stays TeX for KaTeX. Nothing here is HTML: runs are
// text that components render as text.
import { LinkifyIt } from "linkify-it";
import { findInlineMath } from "./inline-math.ts";
import { TEX_ACCENTS, TEX_SYMBOLS } from "./tex-symbols.ts";

export type TextStyle =
  | "em"
  | "strong"
  | "italic"
  | "smallcaps"
  | "underline"
  | "code"
  | "sup"
  | "sub";

export interface RichRun {
  /** What the reader sees: for math, its TeX source with delimiters. */
  text: string;
  /** [start, end) of the source it comes from. */
  start: number;
  end: number;
  styles: TextStyle[];
  /** An http(s) address the run links to. */
  href?: string;
  /** The TeX between the delimiters of an inline math run. */
  math?: string;
  /** The text is the source slice itself, so the run may be cut anywhere. */
  verbatim: boolean;
}

// Commands whose one braced argument is set in a style (or in none: \textrm, \mbox).
const STYLED: Record<string, TextStyle | null> = {
  emph: "em",
  textit: "italic",
  textsl: "italic",
  textbf: "strong",
  textsc: "smallcaps",
  underline: "underline",
  uline: "underline",
  texttt: "code",
  textsuperscript: "sup",
  textsubscript: "sub",
  textrm: null,
  textsf: null,
  textnormal: null,
  textup: null,
  textmd: null,
  text: null,
  mbox: null,
  textcolor: null,
  colorbox: null,
  hl: null,
  fbox: null,
};
// Declarations that style the rest of their group: {\em entropy collapse}.
const DECLARED: Record<string, TextStyle | null> = {
  em: "em",
  it: "italic",
  itshape: "italic",
  sl: "italic",
  slshape: "italic",
  bf: "strong",
  bfseries: "strong",
  sc: "smallcaps",
  scshape: "smallcaps",
  tt: "code",
  ttfamily: "code",
  rm: null,
  sf: null,
  normalfont: null,
  upshape: null,
  mdseries: null,
};
// Commands that take arguments and show none of them.
const SILENT = new Set([
  "label",
  "begin",
  "end",
  "color",
  "vspace",
  "hspace",
  "noindent",
  "centering",
  "newline",
  "linebreak",
  "xspace",
  "protect",
  "relax",
]);
const DASHES = new Set(["textemdash", "textendash"]);
const CITE = new Set(["cite", "citep", "citet", "citealp", "citealt", "citeauthor", "citeyear"]);
const REFERENCE = new Set(["ref", "eqref", "autoref", "cref", "Cref"]);
// Escaped characters and spacing: \% is %, "\ " and \\ a space, \- (a hyphenation point) nothing.
const ESCAPED: Record<string, string> = {
  "%": "%",
  "&": "&",
  _: "_",
  $: "$",
  "#": "#",
  "{": "{",
  "}": "}",
  " ": " ",
  "\\": " ",
  ",": " ",
  ";": " ",
  ":": " ",
  "!": "",
  "-": "",
  "/": "",
  "@": "",
};

// Deeper braces are read as characters: no real title nests this far, and hostile text must not
// exhaust the stack.
const MAX_DEPTH = 32;
const linkify = new LinkifyIt();
const SAFE_SCHEMES = new Set(["http:", "https:"]);

/** An http(s) address, TeX escapes undone; null for any other scheme (javascript:, data:, ...). */
export function safeHref(raw: string): string | null {
  const url = raw.trim().replace(/\\([_%&#~$])/g, "$1");
  try {
    return SAFE_SCHEMES.has(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

interface Atom {
  end: number;
  run: Omit<RichRun, "styles" | "start" | "end" | "verbatim">;
}

/** Inline math and written-out web addresses: taken whole, never read as TeX. */
function atomsOf(text: string): Map<number, Atom> {
  const atoms = new Map<number, Atom>();
  const math = findInlineMath(text);
  for (const m of math)
    atoms.set(m.start, { end: m.end, run: { text: text.slice(m.start, m.end), math: m.tex } });
  for (const link of linkify.match(text) ?? []) {
    const href = SAFE_SCHEMES.has(link.schema) ? safeHref(link.url) : null;
    if (!href || math.some((m) => m.start < link.lastIndex && link.index < m.end)) continue;
    atoms.set(link.index, { end: link.lastIndex, run: { text: href, href } });
  }
  return atoms;
}

const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

class TexReader {
  readonly runs: RichRun[] = [];
  private at = 0;
  private depth = 0;
  private readonly atoms: Map<number, Atom>;

  constructor(private readonly text: string) {
    this.atoms = atomsOf(text);
  }

  private emit(
    text: string,
    start: number,
    end: number,
    styles: TextStyle[],
    href: string | undefined,
    verbatim: boolean,
  ) {
    if (!text && !verbatim) return;
    const last = this.runs.at(-1);
    // Neighbouring source text in the same styles is one run.
    if (
      verbatim &&
      last?.verbatim &&
      last.end === start &&
      last.href === href &&
      !last.math &&
      sameStyles(last.styles, styles)
    ) {
      last.text += text;
      last.end = end;
      return;
    }
    this.runs.push({ text, start, end, styles, verbatim, ...(href ? { href } : {}) });
  }

  /**
   * Reads until the end of the text, or of the group when `inGroup` (its closing brace consumed).
   */
  read(styles: TextStyle[], href: string | undefined, inGroup: boolean): void {
    const { text } = this;
    let local = styles;
    while (this.at < text.length) {
      const start = this.at;
      const c = text[start]!;
      const atom = this.atoms.get(start);
      if (atom) {
        this.runs.push({
          ...atom.run,
          start,
          end: atom.end,
          styles: local,
          verbatim: false,
          ...(href && !atom.run.href ? { href } : {}),
        });
        this.at = atom.end;
        continue;
      }
      if (c === "}") {
        this.at++;
        if (inGroup) return;
        continue;
      }
      if (c === "{" && this.depth < MAX_DEPTH) {
        this.at++;
        this.group(local, href);
        continue;
      }
      if (c === "\\") {
        const declared = this.command(local, href);
        if (declared !== undefined) local = declared === null ? local : [...local, declared];
        continue;
      }
      this.at++;
      const next = text[this.at];
      if (c === "`")
        this.emit(
          next === "`" ? (this.at++, "\u201c") : "\u2018",
          start,
          this.at,
          local,
          href,
          false,
        );
      else if (c === "'" && next === "'") {
        this.at++;
        // Two apostrophes open a quote before a word and close one after it.
        const opens = !isWordChar(text[start - 1]) && isWordChar(text[this.at]);
        this.emit(opens ? "\u201c" : "\u201d", start, this.at, local, href, false);
      } else if (c === "-" && next === "-") {
        this.at++;
        if (text[this.at] === "-") this.at++;
        this.emit(this.at - start === 3 ? "\u2014" : "\u2013", start, this.at, local, href, false);
      } else if (c === "~") {
        const tie = this.tilde(start);
        this.emit(tie, start, this.at, local, href, tie === "~");
      } else this.emit(c, start, this.at, local, href, true);
    }
  }

  private group(styles: TextStyle[], href: string | undefined): void {
    this.depth++;
    this.read(styles, href, true);
    this.depth--;
  }

  /**
   * A tie between words (Fig.~2) is a non-breaking space; before a space it adds nothing; where
   * no word precedes it ("(~5x)", " ~10%") it is the plain-text "about" and stays a tilde.
   */
  private tilde(at: number): string {
    const before = this.text[at - 1];
    const after = this.text[at + 1];
    if (before === undefined || !/[\p{L}\p{N}.,;:)\]}]/u.test(before)) return "~";
    return after === undefined || /\s/.test(after) ? "" : "\u00a0";
  }

  /** Skips spaces, then reads a braced argument's source; null when none follows. */
  private rawArgument(): string | null {
    let i = this.at;
    while (this.text[i] === " ") i++;
    if (this.text[i] !== "{") return null;
    let depth = 0;
    for (let j = i; j < this.text.length; j++) {
      if (this.text[j] === "\\") j++;
      else if (this.text[j] === "{") depth++;
      else if (this.text[j] === "}" && --depth === 0) {
        this.at = j + 1;
        return this.text.slice(i + 1, j);
      }
    }
    return null;
  }

  /** Reads a braced argument as text in `styles`; false when none follows. */
  private argument(styles: TextStyle[], href: string | undefined): boolean {
    let i = this.at;
    while (this.text[i] === " ") i++;
    if (this.text[i] !== "{" || this.depth >= MAX_DEPTH) return false;
    this.at = i + 1;
    this.group(styles, href);
    return true;
  }

  /**
   * Reads one command at a backslash. Returns the style a declaration (\em) sets for the rest of
   * the group, null for a declaration without one, undefined for any other command.
   */
  private command(styles: TextStyle[], href: string | undefined): TextStyle | null | undefined {
    const { text } = this;
    const start = this.at;
    const first = text[start + 1];
    if (first === undefined) {
      this.at++;
      this.emit("\\", start, this.at, styles, href, true);
      return undefined;
    }
    if (!isLetter(first)) {
      this.at += 2;
      if (first in TEX_ACCENTS) return this.accent(first, start, styles, href);
      this.emit(ESCAPED[first] ?? first, start, this.at, styles, href, false);
      return undefined;
    }
    let end = start + 1;
    while (isLetter(text[end])) end++;
    const name = text.slice(start + 1, end);
    this.at = end;
    if (name in DECLARED) {
      if (text[this.at] === " ") this.at++;
      return DECLARED[name]!;
    }
    if (name in TEX_ACCENTS && /^\{?[A-Za-z]\}?/.test(text.slice(this.at).trimStart()))
      return this.accent(name, start, styles, href);
    if (name in STYLED) {
      if (name === "textcolor" || name === "colorbox") this.rawArgument();
      const style = STYLED[name]!;
      this.argument(style ? [...styles, style] : styles, href);
      return undefined;
    }
    if (name === "url" || name === "href") return this.link(name, start, styles, href);
    if (name === "verb") return this.verb(start, styles, href);
    if (SILENT.has(name)) {
      this.rawArgument();
      return undefined;
    }
    if (CITE.has(name) || REFERENCE.has(name)) {
      const key = this.rawArgument();
      if (key !== null)
        this.emit(CITE.has(name) ? `[${key}]` : key, start, this.at, styles, href, false);
      return undefined;
    }
    if (name === "footnote") {
      this.emit(" (", start, start, styles, href, false);
      this.argument(styles, href);
      this.emit(")", this.at, this.at, styles, href, false);
      return undefined;
    }
    const symbol = TEX_SYMBOLS[name];
    if (symbol !== undefined) {
      if (text.startsWith("{}", this.at)) this.at += 2;
      // TeX eats the space after a command; readers expect it kept, except around a dash.
      else if (DASHES.has(name) && text[this.at] === " ") this.at++;
      this.emit(symbol, start, this.at, styles, href, false);
      return undefined;
    }
    // An unknown command (often an author's macro for the method's name, \method, \ours) is
    // shown as written; an unknown command with an argument (\RED{...}) shows the argument.
    if (text.startsWith("{}", this.at)) this.at += 2;
    else if (text[this.at] === "{") {
      this.argument(styles, href);
      return undefined;
    }
    this.emit(text.slice(start, end), start, end, [...styles, "code"], href, false);
    return undefined;
  }

  /** \'e, \"{i}, \c{c}, \'{\i}: the letter with its combining mark. */
  private accent(
    mark: string,
    start: number,
    styles: TextStyle[],
    href: string | undefined,
  ): undefined {
    const { text } = this;
    let i = this.at;
    while (text[i] === " " && isLetter(mark)) i++;
    const braced = text[i] === "{";
    if (braced) i++;
    if (text.startsWith("\\i", i) || text.startsWith("\\j", i)) i++;
    const letter = text[i];
    if (letter === undefined || !isLetter(letter) || (braced && text[i + 1] !== "}")) {
      this.emit(isLetter(mark) ? "" : mark, start, this.at, styles, href, false);
      return undefined;
    }
    this.at = i + 1 + (braced ? 1 : 0);
    this.emit(
      `${letter}${TEX_ACCENTS[mark]}`.normalize("NFC"),
      start,
      this.at,
      styles,
      href,
      false,
    );
    return undefined;
  }

  /** \url{address} and \href{address}{text}: a link when the address is http(s), else text. */
  private link(
    name: "url" | "href",
    start: number,
    styles: TextStyle[],
    href: string | undefined,
  ): undefined {
    const address = this.rawArgument();
    if (address === null) return undefined;
    const safe = href ? null : safeHref(address);
    if (name === "href") {
      if (!this.argument(styles, safe ?? href))
        this.emit(address, start, this.at, styles, safe ?? href, false);
      return undefined;
    }
    this.emit(
      safe ?? address.replace(/\\([_%&#~$])/g, "$1"),
      start,
      this.at,
      styles,
      safe ?? href,
      false,
    );
    return undefined;
  }

  /** \verb|code|: its text as written, in the code style. */
  private verb(start: number, styles: TextStyle[], href: string | undefined): undefined {
    const delimiter = this.text[this.at];
    const close = delimiter ? this.text.indexOf(delimiter, this.at + 1) : -1;
    if (!delimiter || close === -1) {
      this.emit("\\verb", start, this.at, styles, href, false);
      return undefined;
    }
    this.emit(
      this.text.slice(this.at + 1, close),
      start,
      close + 1,
      [...styles, "code"],
      href,
      false,
    );
    this.at = close + 1;
    return undefined;
  }
}

function sameStyles(a: TextStyle[], b: TextStyle[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** The runs of a title or abstract written with text-mode TeX, in source order. */
export function texRuns(text: string): RichRun[] {
  const reader = new TexReader(text);
  reader.read([], undefined, false);
  return reader.runs;
}
