/** Running text in one language: paragraphs separated by blank lines, each marked with its lang. */
export function LangText({ text, lang, className = "" }: { text: string; lang: "en" | "ko"; className?: string }) {
  return (
    <div lang={lang} className={`space-y-3 leading-relaxed ${className}`}>
      {text.split("\n\n").map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
