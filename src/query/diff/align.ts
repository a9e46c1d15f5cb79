// Aligning duties by content, never by number: by equal keys (a hash map, in
// order, so that repeated texts pair up first with first) or by similar keys
// among what is left. Used within a role pair and for moves across roles.
import type { DutyEntry } from "./entries.js";
import { matchSimilar } from "./similar.js";

export type Allowed = (o: DutyEntry, n: DutyEntry) => boolean;

const anywhere: Allowed = () => true;

/** The text as written: equal texts need no folding to pair. */
export const written = (d: DutyEntry) => d.duty.text;

/** The folded key. */
export const folded = (d: DutyEntry) => d.key;

/** Pairs the unpaired duties whose texts are equal as `keyOf` gives them (their counterparts and similarity are set). */
export function alignExact(olds: DutyEntry[], news: DutyEntry[], keyOf: (d: DutyEntry) => string, allowed: Allowed = anywhere): void {
  // Most texts occur once: a list only for those that repeat.
  const byKey = new Map<string, DutyEntry | DutyEntry[]>();
  for (const n of news) {
    if (n.counterpart) continue;
    const key = keyOf(n);
    const found = byKey.get(key);
    if (found === undefined) byKey.set(key, n);
    else if (Array.isArray(found)) found.push(n);
    else byKey.set(key, [found, n]);
  }
  for (const o of olds) {
    if (o.counterpart) continue;
    const found = byKey.get(keyOf(o));
    if (found === undefined) continue;
    const n = Array.isArray(found) ? found.find((c) => !c.counterpart && allowed(o, c)) : found;
    if (n && !n.counterpart && allowed(o, n)) link(o, n, 1);
  }
}

/** Pairs the unpaired duties whose keys are similar enough, best pairs first. */
export function alignSimilar(olds: DutyEntry[], news: DutyEntry[], threshold: number, allowed: Allowed = anywhere): void {
  const leftOld = olds.filter((d) => !d.counterpart);
  const leftNew = news.filter((d) => !d.counterpart);
  if (leftOld.length === 0 || leftNew.length === 0) return;
  const similar = matchSimilar(leftOld.map((d) => d.key), leftNew.map((d) => d.key), threshold, (i, j) => allowed(leftOld[i]!, leftNew[j]!));
  for (const p of similar) link(leftOld[p.old]!, leftNew[p.new]!, p.similarity);
}

function link(o: DutyEntry, n: DutyEntry, similarity: number): void {
  o.counterpart = n;
  n.counterpart = o;
  o.similarity = n.similarity = similarity;
}
