// Aligning duties by content, never by number: by equal keys (a hash map, in
// order, so that repeated texts pair up first with first) or by similar keys
// among what is left. Used within a role pair and for moves across roles.
import type { DutyEntry } from "./entries.js";
import { matchSimilar } from "./similar.js";

export type Allowed = (o: DutyEntry, n: DutyEntry) => boolean;

const anywhere: Allowed = () => true;

/** Pairs the unpaired duties whose keys are equal (their counterparts and similarity are set). */
export function alignExact(olds: DutyEntry[], news: DutyEntry[], allowed: Allowed = anywhere): void {
  const byKey = new Map<string, DutyEntry[]>();
  for (const n of news) {
    if (n.counterpart) continue;
    const list = byKey.get(n.key);
    if (list) list.push(n);
    else byKey.set(n.key, [n]);
  }
  for (const o of olds) {
    if (o.counterpart) continue;
    const list = byKey.get(o.key);
    if (!list) continue;
    const at = list.findIndex((n) => !n.counterpart && allowed(o, n));
    if (at < 0) continue;
    link(o, list[at]!, 1);
    list.splice(at, 1);
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
