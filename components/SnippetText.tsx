import type { SnippetPart } from "@/lib/search/snippet";
import { RichText } from "./RichText";

/** An abstract excerpt with the matched words marked and its TeX markup rendered; never HTML. */
export function SnippetText({
  parts,
  lang,
  label,
}: {
  parts: SnippetPart[];
  lang: "en" | "ko";
  label: string;
}) {
  if (parts.length === 0) return null;
  const marks: [number, number][] = [];
  let text = "";
  for (const part of parts) {
    if (part.match) marks.push([text.length, text.length + part.text.length]);
    text += part.text;
  }
  return (
    <p
      lang={lang}
      aria-label={label}
      className="text-sm leading-relaxed text-slate-700 dark:text-slate-300"
    >
      <RichText text={text} marks={marks} />
    </p>
  );
}
