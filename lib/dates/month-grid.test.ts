import { describe, expect, it } from "vitest";
import { addMonths, isMonth, monthGrid } from "./month-grid.ts";

describe("monthGrid", () => {
  it("starts August 2025 on a Friday and fills six weeks", () => {
    const grid = monthGrid("2025-08");
    expect(grid).toHaveLength(6);
    expect(grid[0]).toEqual([null, null, null, null, null, "2025-08-01", "2025-08-02"]);
    expect(grid[5]?.[0]).toBe("2025-08-31");
  });

  it("knows leap years", () => {
    expect(monthGrid("2024-02").flat().filter(Boolean).at(-1)).toBe("2024-02-29");
    expect(monthGrid("2025-02").flat().filter(Boolean).at(-1)).toBe("2025-02-28");
  });
});

describe("addMonths", () => {
  it("crosses year boundaries both ways", () => {
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(addMonths("2025-01", -1)).toBe("2024-12");
  });
});

describe("isMonth", () => {
  it("accepts YYYY-MM only", () => {
    expect(isMonth("2025-08")).toBe(true);
    expect(isMonth("2025-13")).toBe(false);
    expect(isMonth("2025-8")).toBe(false);
  });
});
