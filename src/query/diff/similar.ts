// Pairing of similar texts without comparing all pairs: candidates come from
// an inverted index of character bigrams, and only the few best of them get
// an edit distance, bounded so that a hopeless pair stops early.

/** How many candidates (by shared bigrams) get an edit distance, for each text. */
const CANDIDATES = 6;

/** How many postings of the bigram index are read for each text, at most. */
const MAX_POSTINGS = 1024;

export interface SimilarPair {
  old: number;
  new: number;
  similarity: number;
}

/**
 * The share of characters two keys have in common, 2·common / (|a| + |b|),
 * as difflib's ratio (UTF-16 units); 0 when it is below `min`.
 */
export function similarity(a: string, b: string, min = 0): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  const distance = editDistance(a, b, Math.floor((1 - min) * total + 1e-9));
  if (distance < 0) return 0;
  const ratio = (total - distance) / total;
  return ratio >= min ? ratio : 0;
}

let frontier = new Int32Array(64);

/**
 * The fewest insertions and deletions that turn `a` into `b`, or -1 when it
 * takes more than `max`: Myers' O((N+M)·D) greedy algorithm, distance only.
 */
export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return -1;
  const offset = max + 1;
  if (frontier.length < 2 * max + 3) frontier = new Int32Array(2 * max + 3);
  const v = frontier; // v[offset + k]: the furthest x reached on diagonal k = x - y
  v[offset + 1] = 0;
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return -1;
}

/**
 * Pairs each old key with at most one new key at `threshold` similarity or
 * more, best pairs first. `allowed` can forbid pairs (a duty does not move
 * within its own role). Work grows with the number of texts (each reads at
 * most MAX_POSTINGS postings and diffs CANDIDATES texts), not with the
 * product of the two lists.
 */
export function matchSimilar(
  olds: readonly string[],
  news: readonly string[],
  threshold: number,
  allowed: (oldIndex: number, newIndex: number) => boolean = () => true,
): SimilarPair[] {
  if (olds.length === 0 || news.length === 0) return [];
  const newGrams = news.map(grams);
  const index = new Map<number, number[]>();
  newGrams.forEach((gs, j) => {
    for (const g of gs) {
      const list = index.get(g);
      if (list) list.push(j);
      else index.set(g, [j]);
    }
  });
  const found: SimilarPair[] = [];
  const shared = new Int32Array(news.length);
  const touched: number[] = [];
  olds.forEach((key, i) => {
    const gs = grams(key);
    const length = key.length;
    touched.length = 0;
    // Rarest bigrams first, and a bound on the postings read: common bigrams
    // (负责, 销售) would make this pass quadratic on long lists of leftovers.
    const lists = [...gs].map((g) => index.get(g) ?? []).sort((x, y) => x.length - y.length);
    let budget = MAX_POSTINGS;
    for (const list of lists) {
      for (let k = 0; k < list.length && budget > 0; k++, budget--) if (shared[list[k]!]++ === 0) touched.push(list[k]!);
    }
    const best: { j: number; dice: number }[] = [];
    for (const j of touched) {
      const dice = (2 * shared[j]!) / (gs.size + newGrams[j]!.size);
      shared[j] = 0;
      // The shorter text bounds the share in common: skip what cannot reach the threshold.
      if ((2 * Math.min(length, news[j]!.length)) / (length + news[j]!.length) < threshold || !allowed(i, j)) continue;
      keepBest(best, { j, dice });
    }
    for (const { j } of best) {
      const s = similarity(key, news[j]!, threshold);
      if (s > 0) found.push({ old: i, new: j, similarity: s });
    }
  });
  return greedy(found);
}

/** Keeps the CANDIDATES best by shared bigrams, in order (ties: the earlier text). */
function keepBest(best: { j: number; dice: number }[], candidate: { j: number; dice: number }): void {
  let at = best.length;
  while (at > 0 && (best[at - 1]!.dice < candidate.dice || (best[at - 1]!.dice === candidate.dice && best[at - 1]!.j > candidate.j))) at--;
  if (at >= CANDIDATES) return;
  best.splice(at, 0, candidate);
  if (best.length > CANDIDATES) best.pop();
}

/** The best pairs first; each old and each new text is used once. */
function greedy(pairs: SimilarPair[]): SimilarPair[] {
  pairs.sort((a, b) => b.similarity - a.similarity || a.old - b.old || a.new - b.new);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const chosen: SimilarPair[] = [];
  for (const p of pairs) {
    if (usedOld.has(p.old) || usedNew.has(p.new)) continue;
    usedOld.add(p.old);
    usedNew.add(p.new);
    chosen.push(p);
  }
  return chosen;
}

/**
 * The distinct bigrams of a key as numbers (two UTF-16 units; the key's one
 * unit when it is shorter): they only choose candidates, so a split
 * surrogate pair does no harm, and numbers cost less than strings.
 */
function grams(key: string): Set<number> {
  const out = new Set<number>();
  if (key.length < 2) out.add(key.length ? key.charCodeAt(0) : -1);
  for (let i = 0; i + 1 < key.length; i++) out.add(key.charCodeAt(i) * 0x10000 + key.charCodeAt(i + 1));
  return out;
}
