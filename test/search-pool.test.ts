import { describe, expect, it } from "vitest";
import { workersPay } from "../src/cli/search-pool.js";

describe("when workers start by default", () => {
  it("waits until 30 files have passed the prefilter", () => {
    expect(workersPay(29, 29, 100_000)).toBe(false);
    expect(workersPay(30, 30, 100_000)).toBe(true);
  });

  it("starts when the rest of the walk promises 300 more files to parse", () => {
    // One file in ten passes: after 1,000 of 4,000 files, 300 more are to come; after 1,000 of 3,000, 200.
    expect(workersPay(100, 1000, 4000)).toBe(true);
    expect(workersPay(100, 1000, 3000)).toBe(false);
  });

  it("does not start for the benchmark's rare phrase (200 of 2,000 sheets)", () => {
    for (let read = 300; read <= 2000; read += 100) expect(workersPay(read / 10, read, 2000)).toBe(false);
  });
});
