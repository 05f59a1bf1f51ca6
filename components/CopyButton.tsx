"use client";
import { useEffect, useState } from "react";

/**
 * Copies the text of the element with id `target`; shown only once script runs where the clipboard
 * can be written.
 */
export function CopyButton({
  target,
  label,
  done,
}: {
  target: string;
  label: string;
  done: string;
}) {
  const [usable, setUsable] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setUsable(typeof navigator.clipboard?.writeText === "function"), []);
  if (!usable) return null;
  const copy = async () => {
    await navigator.clipboard.writeText(document.getElementById(target)?.textContent ?? "");
    setCopied(true);
  };
  return (
    <button
      type="button"
      onClick={copy}
      data-copy={target}
      className="rounded-md bg-sky-700 px-3 py-1 font-medium text-white hover:bg-sky-800"
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
