import { RichText } from "./RichText";

/** Running text in one language: paragraphs separated by blank lines, each marked with its lang; TeX markup and math rendered. */
export function LangText({ text, lang, className = "" }: { text: string; lang: "en" | "ko"; className?: string }) {
  const paragraphs: { from: number; to: number }[] = [];
  for (let from = 0; from <= text.length; ) {
    const next = text.indexOf("\n\n", from);
    const to = next === -1 ? text.length : next;
    paragraphs.push({ from, to });
    from = to + 2;
  }
  return (
    <div lang={lang} className={`space-y-3 leading-relaxed ${className}`}>
      {paragraphs.map(({ from, to }) => (
        <p key={from}>
          <RichText text={text.slice(from, to)} />
        </p>
      ))}
    </div>
  );
}
