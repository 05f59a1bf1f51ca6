import { describe, expect, it } from "vitest";
import { weekStart, weeksBetween } from "./iso-week.ts";

describe("ISO weeks", () => {
  it("start on Monday", () => {
    expect(weekStart("2025-08-19")).toBe("2025-08-18");
    expect(weekStart("2025-08-24")).toBe("2025-08-18");
    expect(weekStart("2025-08-18")).toBe("2025-08-18");
    expect(weekStart("2025-01-01")).toBe("2024-12-30");
  });

  it("list every week between two days, empty ones included", () => {
    expect(weeksBetween("2025-08-05", "2025-08-20")).toEqual(["2025-08-04", "2025-08-11", "2025-08-18"]);
  });
});
