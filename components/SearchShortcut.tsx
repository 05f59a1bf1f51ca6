"use client";
import { useEffect } from "react";
import { isTypingTarget } from "./typing-target";

/** Focuses the header search box when `/` is pressed outside a text field. */
export function SearchShortcut() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const box = document.querySelector<HTMLInputElement>("[data-search-shortcut]");
      if (!box) return;
      event.preventDefault();
      box.focus();
      box.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
