// Order changes: the longest increasing subsequence of matched positions
// keeps its place; whatever lies outside it is what was reordered.

/**
 * The indices (into `values`) outside one longest strictly increasing
 * subsequence: the fewest items whose move explains the new order.
 * O(n log n), patience sorting with back links.
 */
export function outOfOrder(values: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[k]: index of the smallest tail of an increasing run of length k+1
  const back: number[] = new Array(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = back[i]!) kept.add(i);
  const moved = new Set<number>();
  values.forEach((_, i) => {
    if (!kept.has(i)) moved.add(i);
  });
  return moved;
}
