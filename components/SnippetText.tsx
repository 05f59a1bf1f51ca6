import type { SnippetPart } from "@/lib/search/snippet";
import { MarkedParts } from "./MarkedParts";

/** An abstract excerpt with the matched words marked; text only, never HTML. */
export function SnippetText({ parts, lang, label }: { parts: SnippetPart[]; lang: "en" | "ko"; label: string }) {
  if (parts.length === 0) return null;
  return (
    <p lang={lang} aria-label={label} className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">
      <MarkedParts parts={parts} />
    </p>
  );
}
