import type { SnippetPart } from "@/lib/search/snippet";

/** An abstract excerpt with the matched words marked; text only, never HTML. */
export function SnippetText({ parts, lang, label }: { parts: SnippetPart[]; lang: "en" | "ko"; label: string }) {
  if (parts.length === 0) return null;
  return (
    <p lang={lang} aria-label={label} className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">
      {parts.map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 font-medium text-inherit dark:bg-amber-900/60">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
