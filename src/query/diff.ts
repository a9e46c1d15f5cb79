// diffDocuments(): what changed between two versions of a sheet. Roles pair
// by name, then by shared duties; duties align by content, never by number;
// what is left over becomes moves, additions and removals. Pure: no I/O.
import type { Change, DiffReport, Segment } from "../model/diff.js";
import type { Document } from "../model/document.js";
import { alignExact, alignSimilar, folded, written, type Allowed } from "./diff/align.js";
import { dutySide, inlineDiff, roleRef, roleSide, roundSimilarity, summarize } from "./diff/changes.js";
import { roleEntries, type DutyEntry, type RoleEntry } from "./diff/entries.js";
import { makeKeys, type Keys } from "./diff/keys.js";
import { outOfOrder } from "./diff/order.js";
import { pairRoles, type RolePair } from "./diff/roles.js";
import { similarity } from "./diff/similar.js";

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
interface Placed {
  slot: number;
  sub: number;
  change: Change;
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

function roleChange(type: "added" | "removed", o: RoleEntry | null, n: RoleEntry | null): Change {
  return { type, target: "role", field: null, role: roleRef(o, n), old: o && roleSide(o), new: n && roleSide(n), similarity: null };
}

/** A pair's own changes: its name, summary, department and place. */
function roleChanges(pair: RolePair, keys: Keys, reordered: boolean): Change[] {
  const { old: o, new: n } = pair;
  const role = roleRef(o, n);
  const changes: Change[] = [];
  if (pair.renamed) changes.push({ type: "renamed", target: "role", field: "name", role, old: roleSide(o), new: roleSide(n), similarity: roundSimilarity(pair.share!) });
  const fields = [
    ["summary", o.role.summary, o.role.summaryLine, n.role.summary, n.role.summaryLine],
    ["department", o.role.department, null, n.role.department, null],
  ] as const;
  for (const [field, before, beforeLine, after, afterLine] of fields) {
    const [k1, k2] = [keys.key(before ?? ""), keys.key(after ?? "")];
    if (k1 === k2) continue;
    const change: Change = {
      type: "modified", target: "role", field, role,
      old: before === null ? null : roleSide(o, before, beforeLine ?? o.role.line),
      new: after === null ? null : roleSide(n, after, afterLine ?? n.role.line),
      similarity: before === null || after === null ? null : roundSimilarity(similarity(k1, k2)),
    };
    if (before !== null && after !== null) change.segments = inlineDiff(before, after, keys);
    changes.push(change);
  }
  if (reordered) changes.push({ type: "reordered", target: "role", field: null, role, old: roleSide(o), new: roleSide(n), similarity: null });
  return changes;
}

/** The pairs whose roles changed places: those outside the longest run kept in order. */
function rolesOutOfOrder(pairs: RolePair[]): Set<RolePair> {
  const byOld = [...pairs].sort((a, b) => a.old.index - b.old.index);
  const moved = outOfOrder(byOld.map((p) => p.new.index));
  return new Set([...moved].map((i) => byOld[i]!));
}

/**
 * The duty changes of one role group: a role pair, or a role only in the
 * old version (oldRole alone) or only in the new one (newRole alone). A move
 * between roles is reported once, in the group of the role it joined.
 */
function dutyChanges(oldRole: RoleEntry | null, newRole: RoleEntry | null, keys: Keys, ignoreOrder: boolean): Omit<Placed, "slot">[] {
  const out: Omit<Placed, "slot">[] = [];
  const parentMoved = new Set(newRole?.duties.filter((n) => n.counterpart?.role === oldRole && movedParent(n.counterpart!, n)) ?? []);
  const reordered = ignoreOrder || !oldRole || !newRole ? new Set<DutyEntry>() : dutiesOutOfOrder(oldRole, newRole, parentMoved);
  for (const n of newRole?.duties ?? []) {
    const o = n.counterpart;
    const role = roleRef(o?.role ?? oldRole, newRole);
    const put = (type: Change["type"], field: Change["field"] = null, segments?: Segment[]) => {
      const similarity = o ? roundSimilarity(o.similarity) : null;
      const change: Change = { type, target: "duty", field, role, old: o && dutySide(o), new: dutySide(n), similarity };
      if (segments) change.segments = segments;
      out.push({ sub: n.position, change });
    };
    if (!o) {
      put("added");
      continue;
    }
    const segments = o.similarity < 1 ? inlineDiff(o.duty.text, n.duty.text, keys) : undefined;
    if (o.role !== oldRole) put("moved", null, segments);
    else if (parentMoved.has(n)) put("moved", "parent", segments);
    else {
      if (segments) put("modified", null, segments);
      if (reordered.has(n)) put("reordered");
    }
  }
  // A removal goes after the new place of the last duty before it that stayed.
  let after = -1;
  for (const o of oldRole?.duties ?? []) {
    if (o.counterpart?.role === newRole && newRole) after = o.counterpart.position;
    if (o.counterpart) continue;
    out.push({
      sub: after + 0.5 + o.position * 1e-7,
      change: { type: "removed", target: "duty", field: null, role: roleRef(oldRole, newRole), old: dutySide(o), new: null, similarity: null },
    });
  }
  return out;
}

/**
 * Whether a duty kept in its role changed parent: another block, or another
 * parent duty. A parent that was itself added or removed (or moved away)
 * explains its children's new place and is the only change reported.
 */
function movedParent(o: DutyEntry, n: DutyEntry): boolean {
  if (o.block !== n.block) return true;
  const kept = (d: DutyEntry) => d.counterpart !== null && d.counterpart.role === d.role.counterpart;
  if ((o.parent && !kept(o.parent)) || (n.parent && !kept(n.parent))) return false;
  return (o.parent?.counterpart ?? null) !== n.parent;
}

/** Duties that changed places among their siblings (the same parent), nested lists each on their own. */
function dutiesOutOfOrder(oldRole: RoleEntry, newRole: RoleEntry, parentMoved: Set<DutyEntry>): Set<DutyEntry> {
  const siblings = new Map<DutyEntry | string | null, DutyEntry[]>();
  for (const o of oldRole.duties) {
    const n = o.counterpart;
    if (!n || n.role !== newRole || parentMoved.has(n)) continue;
    const group = o.parent ?? o.block;
    const list = siblings.get(group);
    if (list) list.push(n);
    else siblings.set(group, [n]);
  }
  const moved = new Set<DutyEntry>();
  for (const list of siblings.values()) {
    if (list.every((n, i) => i === 0 || list[i - 1]!.position < n.position)) continue; // the usual case: nothing moved
    for (const i of outOfOrder(list.map((n) => n.position))) moved.add(list[i]!);
  }
  return moved;
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
