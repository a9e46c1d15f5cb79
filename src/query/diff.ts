// diffDocuments(): what changed between two versions of a sheet. Roles pair
// by name, then by shared duties; duties align by content, never by number;
// what is left over becomes moves, additions and removals. Pure: no I/O.
import type { DiffReport } from "../model/diff.js";
import type { Document } from "../model/document.js";
import { alignExact, alignSimilar, folded, written, type Allowed } from "./diff/align.js";
import { summarize } from "./diff/changes.js";
import { dutyChanges, type PlacedChange } from "./diff/duty-changes.js";
import { roleEntries, type DutyEntry, type RoleEntry } from "./diff/entries.js";
import { makeKeys, type Keys } from "./diff/keys.js";
import { roleChange, roleChanges, rolesOutOfOrder } from "./diff/role-changes.js";
import { pairRoles, type RolePair } from "./diff/roles.js";

export interface DiffOptions {
  /** Least similarity (0–1) for an edited duty to count as modified rather than removed and added. */
  threshold?: number;
  /** Least similarity (0–1) for a duty removed from one role and added to another to count as moved. */
  moveThreshold?: number;
  /** Least share (0–1) of matching duties for two differently named roles to count as one renamed role. */
  roleThreshold?: number;
  /** Leave order changes out of the report. */
  ignoreOrder?: boolean;
  /** Fold Traditional and Simplified together; needs `await loadScriptFolding()` first. */
  foldScript?: boolean;
}

export const DIFF_DEFAULTS: Required<DiffOptions> = { threshold: 0.6, moveThreshold: 0.8, roleThreshold: 0.5, ignoreOrder: false, foldScript: true };

/** A change and where it goes in the report: the role group (slot), then the place in it (sub). */
interface Placed extends PlacedChange {
  slot: number;
}

/** Before anything else in a role's group: the role's own changes. */
const ROLE_FIRST = -1;

export function diffDocuments(oldDoc: Document, newDoc: Document, options: DiffOptions = {}): DiffReport {
  const threshold = ratio("threshold", options.threshold ?? DIFF_DEFAULTS.threshold);
  const moveThreshold = ratio("moveThreshold", options.moveThreshold ?? DIFF_DEFAULTS.moveThreshold);
  const roleThreshold = ratio("roleThreshold", options.roleThreshold ?? DIFF_DEFAULTS.roleThreshold);
  const ignoreOrder = options.ignoreOrder ?? DIFF_DEFAULTS.ignoreOrder;
  const keys = makeKeys({ script: options.foldScript ?? DIFF_DEFAULTS.foldScript });
  const olds = roleEntries(oldDoc, keys);
  const news = roleEntries(newDoc, keys);
  const { pairs, removed, added } = pairRoles(olds, news, roleThreshold, keys);
  alignAll(olds, news, pairs, keys, threshold, moveThreshold);

  const placed: Placed[] = [];
  const rolesMoved = ignoreOrder ? new Set<RolePair>() : rolesOutOfOrder(pairs);
  for (const pair of pairs) {
    for (const change of roleChanges(pair, keys, rolesMoved.has(pair))) placed.push({ slot: pair.new.index, sub: ROLE_FIRST, change });
    for (const p of dutyChanges(pair.old, pair.new, keys, ignoreOrder)) placed.push({ slot: pair.new.index, ...p });
  }
  for (const r of added) {
    placed.push({ slot: r.index, sub: ROLE_FIRST, change: roleChange("added", null, r) });
    for (const p of dutyChanges(null, r, keys, ignoreOrder)) placed.push({ slot: r.index, ...p });
  }
  const slots = removedRoleSlots(olds);
  for (const r of removed) {
    const slot = slots.get(r)!;
    placed.push({ slot, sub: ROLE_FIRST, change: roleChange("removed", r, null) });
    for (const p of dutyChanges(r, null, keys, ignoreOrder)) placed.push({ slot, ...p });
  }
  placed.sort((a, b) => a.slot - b.slot || a.sub - b.sub);
  const changes = placed.map((p) => p.change);
  const count = (roles: RoleEntry[]) => roles.reduce((n, r) => n + r.duties.length, 0);
  return {
    changes,
    summary: summarize(changes, { roles: { old: olds.length, new: news.length }, duties: { old: count(olds), new: count(news) } }),
  };
}

function ratio(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`diffDocuments: ${name} must be between 0 and 1, not ${value}`);
  return value;
}

/**
 * Exact evidence before fuzzy: equal texts within each role pair, then equal
 * texts across roles (moves), the same again for the leftovers with
 * phrase-aware keys, then similar texts within pairs, then across roles
 * (where a coincidence is likelier, hence the stricter threshold). Texts
 * equal as written pair first, so that only the rest need folding.
 */
function alignAll(olds: RoleEntry[], news: RoleEntry[], pairs: RolePair[], keys: Keys, threshold: number, moveThreshold: number): void {
  const oldDuties = olds.flatMap((r) => r.duties);
  const newDuties = news.flatMap((r) => r.duties);
  const unmatched = () => oldDuties.filter((d) => !d.counterpart).concat(newDuties.filter((d) => !d.counterpart));
  const elsewhere: Allowed = (o, n) => o.role.counterpart !== n.role;
  const exact = () => {
    for (const p of pairs) alignExact(p.old.duties, p.new.duties, folded);
    alignExact(oldDuties, newDuties, folded, elsewhere);
  };
  for (const p of pairs) alignExact(p.old.duties, p.new.duties, written);
  keys.prepare(unmatched().map((d) => d.duty.text));
  exact();
  const left = unmatched();
  keys.phraseKeys(left.map((d) => d.duty.text)).forEach((key, i) => (left[i]!.key = key));
  exact();
  // Most pairs have nothing left on one side or the other: only the rest get a similarity pass.
  const byRole = new Map<RoleEntry, DutyEntry[]>();
  for (const d of unmatched()) {
    const list = byRole.get(d.role);
    if (list) list.push(d);
    else byRole.set(d.role, [d]);
  }
  for (const p of pairs) {
    const [o, n] = [byRole.get(p.old), byRole.get(p.new)];
    if (o && n) alignSimilar(o, n, threshold);
  }
  alignSimilar(oldDuties, newDuties, moveThreshold, elsewhere);
}

/** Where a removed role goes in the report: after the new place of the last role before it that stayed. */
function removedRoleSlots(olds: RoleEntry[]): Map<RoleEntry, number> {
  const slots = new Map<RoleEntry, number>();
  let after = -1;
  for (const o of olds) {
    if (o.counterpart) after = o.counterpart.index;
    else slots.set(o, after + 0.5 + o.index * 1e-7);
  }
  return slots;
}
