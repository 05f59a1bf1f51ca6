import { parseArxivId } from "../arxiv-id.ts";
import type { SourceItem } from "./source-item.ts";
import { SourceFormatError } from "./source-format-error.ts";

const ENGLISH_MARK = /^\s*abstract\s*[:：]\s*/i;
const KOREAN_MARK = /^\s*(추상화|초록|요약)\s*[:：]\s*/;
const POST_DATE = /\[(\d{4}-\d{2}-\d{2})\]/;
const ARXIV_REF = /arxiv(?:\.org\/(?:abs|pdf)\/|:\s*)(\d{4}\.\d{4,5}(?:v\d+)?)/i;

// Page chrome that blog copies carry: ad markers, navigation, bylines, counters, share buttons.
const CHROME = [
  /^반응형$/,
  /^(홈|태그|방명록|카테고리|메뉴|검색|전체 글|이전 글|다음 글|목록|구독하기|공유하기|게시글 관리|신고하기|저작자표시|로그인|더보기)\b/,
  /^(댓글|공감|좋아요|조회수?)\s*\d*$/,
  /^\d+$/,
  /^by\s+\S+/i,
  /^\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.?(\s+\d{1,2}:\d{2})?$/,
  /^(Tistory|티스토리|Powered by|Designed by)/i,
];

/** A line that only links the paper (its arXiv page or PDF), not its title. */
function isLink(line: string): boolean {
  return /^(https?:\/\/\S+|arxiv:\s*\S+)$/i.test(line);
}

function isChrome(line: string): boolean {
  return CHROME.some((pattern) => pattern.test(line));
}

export interface BlogPost {
  /** The day in the post's title, "[2023-12-08] ...". */
  date: string | null;
  items: SourceItem[];
}

/**
 * Reads a Korean digest blog post as copied from its page: for each paper a title line, an
 * "Abstract:" paragraph and a Korean paragraph introduced by 추상화:, 초록: or 요약:.
 */
export function parseBlogPost(text: string): BlogPost {
  const lines = text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[\u00A0\u200B\uFEFF]/g, " ").trim());
  const date = lines.map((line) => POST_DATE.exec(line)?.[1]).find(Boolean) ?? null;
  const starts = lines.flatMap((line, i) => (ENGLISH_MARK.test(line) ? [i] : []));
  if (starts.length === 0) throw new SourceFormatError('has no paper: expected a line starting "Abstract:"');

  const titleLines = starts.map((start) => {
    for (let i = start - 1; i >= 0; i--) if (lines[i] && !isChrome(lines[i]!) && !POST_DATE.test(lines[i]!) && !isLink(lines[i]!)) return i;
    return -1;
  });

  const items = starts.map((start, n): SourceItem => {
    const end = n + 1 < starts.length ? titleLines[n + 1]! : lines.length;
    const koreanAt = lines.findIndex((line, i) => i > start && i < end && KOREAN_MARK.test(line));
    const englishEnd = koreanAt >= 0 ? koreanAt : end;
    const english = paragraph(lines.slice(start, englishEnd)).replace(ENGLISH_MARK, "");
    const korean = koreanAt >= 0 ? paragraph(lines.slice(koreanAt, end)).replace(KOREAN_MARK, "") : null;
    const title = titleLines[n]! >= 0 ? lines[titleLines[n]!]! : undefined;
    const previousEnd = n > 0 ? starts[n - 1]! : 0;
    const arxiv = lines
      .slice(previousEnd, englishEnd)
      .map((line) => ARXIV_REF.exec(line)?.[1])
      .filter((id): id is string => id !== undefined && parseArxivId(id) !== null)
      .at(-1);
    return {
      label: `paper ${n + 1}${title ? ` ("${title.slice(0, 60)}")` : ""}`,
      line: (titleLines[n]! >= 0 ? titleLines[n]! : start) + 1,
      date,
      fields: { arxivId: arxiv ?? null, title, abstractEn: english, abstractKo: korean },
    };
  });
  return { date, items };
}

/** The lines of one paragraph, up to its first blank line, without page chrome. */
function paragraph(lines: string[]): string {
  const kept: string[] = [];
  for (const line of lines) {
    if (!line) {
      if (kept.length > 0) break;
      continue;
    }
    if (!isChrome(line)) kept.push(line);
  }
  return kept.join(" ");
}
