import { describe, expect, it } from "vitest";
import { currentStatus, firstOutOfOrder, hasTakenEffect, type LifecycleEvent } from "./lifecycle";

// The High-Value Datasets implementing regulation: adopted, published in the OJ, applies later.
const hvd: LifecycleEvent[] = [
  { event: "adopted", date: "2022-12-21" },
  { event: "published", date: "2023-01-20" },
  { event: "applies", date: "2024-06-09" },
];

describe("lifecycle events", () => {
  it("derives the status from the latest event that has taken effect", () => {
    expect(currentStatus(hvd, "2022-12-20")).toBeNull();
    expect(currentStatus(hvd, "2022-12-21")).toEqual({ status: "adopted", date: "2022-12-21" });
    expect(currentStatus(hvd, "2023-06-01")).toEqual({ status: "published", date: "2023-01-20" });
    expect(currentStatus(hvd, "2026-11-29")).toEqual({ status: "applicable", date: "2024-06-09" });
  });

  it("treats a partial date as taking effect at the start of its period, and an undated event as in effect", () => {
    expect(hasTakenEffect({ event: "published", date: "2027" }, "2026-12-31")).toBe(false);
    expect(hasTakenEffect({ event: "published", date: "2027" }, "2027-01-01")).toBe(true);
    expect(hasTakenEffect({ event: "published", date: "2026-12" }, "2026-11-30")).toBe(false);
    expect(currentStatus([{ event: "work-started" }], "2026-01-01")).toEqual({ status: "in-development", date: null });
  });

  it("keeps a later supersession once it happens", () => {
    const events: LifecycleEvent[] = [{ event: "published", date: "2019" }, { event: "superseded", date: "2026-03" }];
    expect(currentStatus(events, "2026-02-28")?.status).toBe("published");
    expect(currentStatus(events, "2026-03-01")).toEqual({ status: "superseded", date: "2026-03" });
  });

  it("finds dated events out of chronological order, at the shorter precision", () => {
    expect(firstOutOfOrder(hvd)).toBe(-1);
    expect(firstOutOfOrder([{ event: "published", date: "2025" }, { event: "applies", date: "2025-07" }])).toBe(-1);
    expect(firstOutOfOrder([{ event: "published", date: "2025-07" }, { event: "applies" }, { event: "superseded", date: "2024" }])).toBe(2);
  });
});
