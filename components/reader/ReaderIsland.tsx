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

/** Opens one concept term's tip (none for null), closing any other. */
function openTip(reader: HTMLElement, wrap: HTMLElement | null) {
  for (const open of reader.querySelectorAll<HTMLElement>(".term-wrap[data-open]")) if (open !== wrap) delete open.dataset.open;
  if (wrap) wrap.dataset.open = "";
}

/**
 * The reader's only script: switches reading modes in place (remembered in a cookie), moves
 * between sentences with j and k, hides concept tips on Escape, and on a touch screen (where
 * nothing hovers) makes the first tap on a concept term show its tip instead of leaving the
 * page. Everything else is CSS.
 */
export function ReaderIsland() {
  useEffect(() => {
    const reader = document.getElementById("reader");
    if (!reader) return;
    let touch = false;
    const onPointer = (event: PointerEvent) => {
      touch = event.pointerType === "touch" || event.pointerType === "pen";
    };
    const onTermClick = (event: MouseEvent) => {
      const term = (event.target as Element | null)?.closest<HTMLAnchorElement>("a.concept-term");
      const wrap = term?.closest<HTMLElement>(".term-wrap") ?? null;
      if (!(event.target as Element | null)?.closest(".term-wrap")) openTip(reader, null);
      if (!term || !wrap || !(touch || matchMedia("(hover: none)").matches) || wrap.dataset.open !== undefined) return;
      event.preventDefault();
      delete reader.dataset.tips;
      openTip(reader, wrap);
    };
    const onClick = (event: MouseEvent) => {
      onTermClick(event);
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
        openTip(reader, null);
        return;
      }
      if (event.key !== "j" && event.key !== "k") return;
      const row = nextRow(reader, event.key === "j" ? 1 : -1);
      if (!row) return;
      event.preventDefault();
      row.querySelector<HTMLElement>("a.pair-link")?.focus();
    };
    const showTips = () => delete reader.dataset.tips;
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("click", onClick);
    reader.addEventListener("pointermove", showTips);
    reader.addEventListener("focusin", showTips);
    document.addEventListener("keydown", onKey);
    reader.dataset.interactive = "true";
    return () => {
      delete reader.dataset.interactive;
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("click", onClick);
      reader.removeEventListener("pointermove", showTips);
      reader.removeEventListener("focusin", showTips);
      document.removeEventListener("keydown", onKey);
    };
  }, []);
  return null;
}
