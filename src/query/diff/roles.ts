// Pairing roles across versions: first by folded name (several roles of one
// name by their duties, then heading, section and position), then the
// leftovers by the share of duties they have in common, as renamed roles.
import type { RoleEntry } from "./entries.js";
import type { Keys } from "./keys.js";

export interface RolePair {
  old: RoleEntry;
  new: RoleEntry;
  renamed: boolean;
  /** The share of their duties with the same text, 2·shared / (old + new); null for a pair by a name no other role has. */
  share: number | null;
}

export interface RolePairing {
  pairs: RolePair[];
  removed: RoleEntry[];
  added: RoleEntry[];
}

/**
 * Pairs roles by name, then (for the leftovers) by name again with the
 * slower phrase-aware key (計畫 and 计划 are one word), then by shared duties.
 */
export function pairRoles(olds: RoleEntry[], news: RoleEntry[], roleThreshold: number, keys: Keys): RolePairing {
  const pairs: RolePair[] = [];
  pairByName(pairs, olds, news, keys);
  const leftOld = olds.filter((r) => !r.counterpart);
  const leftNew = news.filter((r) => !r.counterpart);
  const left = [...leftOld, ...leftNew];
  keys.phraseKeys(left.map((r) => r.role.name)).forEach((key, i) => (left[i]!.nameKey = key));
  pairByName(pairs, leftOld, leftNew, keys);
  const [restOld, restNew] = [leftOld.filter((r) => !r.counterpart), leftNew.filter((r) => !r.counterpart)];
  prepareDuties(keys, [...restOld, ...restNew]);
  const shares = dutyShares(restOld, restNew);
  const renames = [...shares].flatMap(([o, row]) => [...row].map(([n, share]) => ({ o, n, share })));
  renames.sort((a, b) => b.share - a.share || a.o.index - b.o.index || a.n.index - b.n.index);
  for (const { o, n, share } of renames) {
    if (share < roleThreshold || o.counterpart || n.counterpart) continue;
    link(pairs, o, n, true, share);
  }
  pairs.sort((a, b) => a.new.index - b.new.index);
  return { pairs, removed: olds.filter((r) => !r.counterpart), added: news.filter((r) => !r.counterpart) };
}

/** Pairs roles of the same name key; several of one name pair by their duties, then heading, section and position. */
function pairByName(pairs: RolePair[], olds: RoleEntry[], news: RoleEntry[], keys: Keys): void {
  const byName = new Map<string, { olds: RoleEntry[]; news: RoleEntry[] }>();
  for (const [list, side] of [[olds, "olds"], [news, "news"]] as const) {
    for (const r of list) {
      let group = byName.get(r.nameKey);
      if (!group) byName.set(r.nameKey, (group = { olds: [], news: [] }));
      group[side].push(r);
    }
  }
  for (const group of byName.values()) {
    if (group.olds.length === 0 || group.news.length === 0) continue;
    if (group.olds.length === 1 && group.news.length === 1) {
      link(pairs, group.olds[0]!, group.news[0]!, false, null);
      continue;
    }
    prepareDuties(keys, [...group.olds, ...group.news]);
    const shares = dutyShares(group.olds, group.news);
    const candidates = group.olds.flatMap((o) => group.news.map((n) => ({ o, n, share: shares.get(o)?.get(n) ?? 0 })));
    // Content first, never numbering: a heading's number (…職責二) is only a tie-breaker.
    candidates.sort((a, b) =>
      b.share - a.share ||
      Number(b.o.headingKey === b.n.headingKey) - Number(a.o.headingKey === a.n.headingKey) ||
      Number(b.o.sectionKey === b.n.sectionKey) - Number(a.o.sectionKey === a.n.sectionKey) ||
      Math.abs(a.o.index - a.n.index) - Math.abs(b.o.index - b.n.index) ||
      a.o.index - b.o.index);
    for (const { o, n, share } of candidates) {
      if (o.counterpart || n.counterpart) continue;
      link(pairs, o, n, false, share);
    }
  }
}

/** Folds the characters of these roles' duties in one call, before their keys are asked for. */
function prepareDuties(keys: Keys, roles: RoleEntry[]): void {
  keys.prepare(roles.flatMap((r) => r.duties.map((d) => d.duty.text)));
}

function link(pairs: RolePair[], o: RoleEntry, n: RoleEntry, renamed: boolean, share: number | null): void {
  o.counterpart = n;
  n.counterpart = o;
  pairs.push({ old: o, new: n, renamed, share });
}

/**
 * For each old role, the new roles it shares duty texts with and the share
 * (Dice coefficient over the multisets of duty keys). An index from key to
 * roles keeps this proportional to the shared duties, not to roles × roles.
 */
function dutyShares(olds: RoleEntry[], news: RoleEntry[]): Map<RoleEntry, Map<RoleEntry, number>> {
  const counts = (r: RoleEntry) => {
    const m = new Map<string, number>();
    for (const d of r.duties) m.set(d.key, (m.get(d.key) ?? 0) + 1);
    return m;
  };
  const newCounts = new Map(news.map((n) => [n, counts(n)]));
  const index = new Map<string, RoleEntry[]>();
  for (const [n, m] of newCounts) for (const key of m.keys()) (index.get(key) ?? index.set(key, []).get(key)!).push(n);
  const result = new Map<RoleEntry, Map<RoleEntry, number>>();
  for (const o of olds) {
    const shared = new Map<RoleEntry, number>();
    for (const [key, c] of counts(o)) {
      for (const n of index.get(key) ?? []) shared.set(n, (shared.get(n) ?? 0) + Math.min(c, newCounts.get(n)!.get(key)!));
    }
    const row = new Map<RoleEntry, number>();
    for (const [n, s] of shared) row.set(n, (2 * s) / (o.duties.length + n.duties.length));
    result.set(o, row);
  }
  return result;
}
