import { describe, expect, it } from "vitest";
import {
  isListingDay,
  lastListingDays,
  latestListingDay,
  listingDaysBetween,
  submissionWindow,
} from "./listing-days.ts";

describe("arXiv's listing calendar", () => {
  it("dates listings Monday to Friday", () => {
    expect(["2025-05-19", "2025-05-23"].map(isListingDay)).toEqual([true, true]);
    expect(["2025-05-24", "2025-05-25"].map(isListingDay)).toEqual([false, false]);
  });

  it("knows the newest listing from the 20:00 Eastern announcement, summer and winter time alike", () => {
    // Tuesday 19:59 EDT (23:59 UTC): Tuesday's listing is the newest; at 20:00 Wednesday's is out.
    expect(latestListingDay(new Date("2025-05-20T23:59:00Z"))).toBe("2025-05-20");
    expect(latestListingDay(new Date("2025-05-21T00:00:00Z"))).toBe("2025-05-21");
    // Friday night, Saturday and Sunday before 20:00 EST: Friday's listing; Sunday 20:00: Monday's.
    expect(latestListingDay(new Date("2025-01-18T12:00:00Z"))).toBe("2025-01-17");
    expect(latestListingDay(new Date("2025-01-20T00:59:00Z"))).toBe("2025-01-17");
    expect(latestListingDay(new Date("2025-01-20T01:00:00Z"))).toBe("2025-01-20");
  });

  it("gives a listing's submission window between 14:00 Eastern deadlines, in UTC", () => {
    // Tuesday's listing: Friday 14:00 EDT to Monday 14:00 EDT.
    expect(submissionWindow("2025-05-20")).toEqual({ from: "202505161800", to: "202505191800" });
    // Monday's listing (announced Sunday): Thursday to Friday, in EST.
    expect(submissionWindow("2025-01-20")).toEqual({ from: "202501161900", to: "202501171900" });
    expect(submissionWindow("2025-05-21")).toEqual({ from: "202505191800", to: "202505201800" });
  });

  it("lists the listing days of a span", () => {
    expect(listingDaysBetween("2025-05-16", "2025-05-20")).toEqual([
      "2025-05-16",
      "2025-05-19",
      "2025-05-20",
    ]);
    expect(lastListingDays("2025-05-20", 3)).toEqual(["2025-05-16", "2025-05-19", "2025-05-20"]);
  });
});
