"use client";
import { useEffect } from "react";
import { preferenceCookie } from "@/lib/preference-cookie";
import { isReadingMode, READING_MODE_COOKIE } from "@/lib/reader/reading-mode";
import { isTypingTarget } from "../typing-target";

/** The row after (step 1) or before (step -1) the one in focus, at the URL's #sN, or first in view. */
function nextRow(reader: HTMLElement, step: 1 | -1): HTMLElement | undefined {
  const rows = [...reader.querySelectorAll<HTMLElement>("li[data-pair]")].filter((row) => row.checkVisibility());
  let at = rows.findIndex((row) => row.contains(document.activeElement));
  if (at === -1) at = rows.findIndex((row) => `#${row.id}` === location.hash);
  if (at === -1) return rows.find((row) => row.getBoundingClientRect().bottom > 0) ?? rows[0];
  return rows[Math.min(rows.length - 1, Math.max(0, at + step))];
}

/**
 * The reader's only script: switches reading modes in place (remembered in a cookie), moves
 * between sentences with j and k, and hides concept tips on Escape. Everything else is CSS.
 */
export function ReaderIsland() {
  useEffect(() => {
    const reader = document.getElementById("reader");
    if (!reader) return;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-reading-mode]");
      const mode = link?.dataset.readingMode;
      if (!link || !isReadingMode(mode) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      reader.dataset.mode = mode;
      for (const other of reader.querySelectorAll("a[data-reading-mode]")) {
        if (other === link) other.setAttribute("aria-current", "true");
        else other.removeAttribute("aria-current");
      }
      document.cookie = preferenceCookie(READING_MODE_COOKIE, mode);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === "Escape") {
        reader.dataset.tips = "hidden";
        return;
      }
      if (event.key !== "j" && event.key !== "k") return;
      const row = nextRow(reader, event.key === "j" ? 1 : -1);
      if (!row) return;
      event.preventDefault();
      row.querySelector<HTMLElement>("a.pair-link")?.focus();
    };
    const showTips = () => delete reader.dataset.tips;
    reader.addEventListener("click", onClick);
    reader.addEventListener("pointermove", showTips);
    reader.addEventListener("focusin", showTips);
    document.addEventListener("keydown", onKey);
    reader.dataset.interactive = "true";
    return () => {
      delete reader.dataset.interactive;
      reader.removeEventListener("click", onClick);
      reader.removeEventListener("pointermove", showTips);
      reader.removeEventListener("focusin", showTips);
      document.removeEventListener("keydown", onKey);
    };
  }, []);
  return null;
}
