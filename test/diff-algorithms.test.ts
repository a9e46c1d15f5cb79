// The algorithms under diff, against slow and obvious versions of themselves:
// the bounded edit distance against jsdiff, the order check against a
// quadratic longest increasing subsequence, and the similar-text pairing.
import { diffChars } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outOfOrder } from "../src/query/diff/order.js";
import { editDistance, matchSimilar, similarity } from "../src/query/diff/similar.js";

/** Short strings over a few characters, so that they share a lot. */
const text = fc.string({ unit: fc.constantFrom("销", "售", "计", "划", "a", "b", "，"), maxLength: 24 });

const jsdiffDistance = (a: string, b: string) => diffChars(a, b).reduce((n, p) => n + (p.added || p.removed ? p.count : 0), 0);

function longestIncreasing(values: number[]): number {
  const best = values.map(() => 1);
  values.forEach((v, i) => {
    for (let j = 0; j < i; j++) if (values[j]! < v) best[i] = Math.max(best[i]!, best[j]! + 1);
  });
  return Math.max(0, ...best);
}

describe("editDistance", () => {
  it("equals the insertions and deletions of jsdiff's character diff, or -1 past the bound", () => {
    fc.assert(
      fc.property(text, text, fc.nat(30), (a, b, max) => {
        const expected = jsdiffDistance(a, b);
        expect(editDistance(a, b, max)).toBe(expected <= max ? expected : -1);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the share of characters in common as similarity", () => {
    expect(similarity("制定销售计划", "制定年度销售计划")).toBeCloseTo(12 / 14, 10);
    expect(similarity("", "")).toBe(1);
    expect(similarity("销售", "采购", 0.1)).toBe(0);
  });
});

describe("outOfOrder", () => {
  it("leaves a longest strictly increasing run in place and reports the rest", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 30 }), (values) => {
        const moved = outOfOrder(values);
        const kept = values.filter((_, i) => !moved.has(i));
        kept.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(kept[i]!));
        expect(kept.length).toBe(longestIncreasing(values));
      }),
      { numRuns: 300 },
    );
  });

  it("reports nothing for values already in order", () => {
    expect(outOfOrder([0, 2, 5, 9]).size).toBe(0);
    expect([...outOfOrder([1, 2, 3, 0])]).toEqual([3]);
  });
});

describe("matchSimilar", () => {
  it("pairs each text at most once, only at or above the threshold", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), fc.array(text, { maxLength: 12 }), (olds, news) => {
        const pairs = matchSimilar(olds, news, 0.6);
        expect(new Set(pairs.map((p) => p.old)).size).toBe(pairs.length);
        expect(new Set(pairs.map((p) => p.new)).size).toBe(pairs.length);
        for (const p of pairs) {
          expect(p.similarity).toBeGreaterThanOrEqual(0.6);
          expect(p.similarity).toBeCloseTo(similarity(olds[p.old]!, news[p.new]!), 10);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("prefers the most similar partner and respects what is not allowed", () => {
    const olds = ["负责制定年度销售计划", "负责整理客户档案"];
    const news = ["负责整理客户档案资料", "负责制定年度销售计划并执行"];
    expect(matchSimilar(olds, news, 0.6).map((p) => [p.old, p.new]).sort()).toEqual([[0, 1], [1, 0]]);
    expect(matchSimilar(olds, news, 0.6, (i) => i !== 0).map((p) => [p.old, p.new])).toEqual([[1, 0]]);
  });
});
