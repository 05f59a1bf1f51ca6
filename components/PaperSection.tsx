import type { ReactNode } from "react";

/** A section below a paper's abstract: a rule above, a small heading, an optional one-line introduction. */
export function PaperSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-slate-200 pt-6 dark:border-slate-800">
      <h2 id={id} className="text-sm font-semibold text-slate-700 dark:text-slate-300">
        {title}
      </h2>
      {intro && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{intro}</p>}
      {children}
    </section>
  );
}
