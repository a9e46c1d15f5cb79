// The duty changes of a role group: added, removed, modified, moved (to
// another role or another parent) and reordered, each with its place in
// the group for the report's order.
import type { Change, Segment } from "../../model/diff.js";
import { dutySide, inlineDiff, roleRef, roundSimilarity } from "./changes.js";
import type { DutyEntry, RoleEntry } from "./entries.js";
import type { Keys } from "./keys.js";
import { outOfOrder } from "./order.js";

/** A change and its place within its role's group (new positions; a removal just after the duty it followed). */
export interface PlacedChange {
  sub: number;
  change: Change;
}

/**
 * The duty changes of one role group: a role pair, or a role only in the
 * old version (oldRole alone) or only in the new one (newRole alone). A move
 * between roles is reported once, in the group of the role it joined.
 */
export function dutyChanges(oldRole: RoleEntry | null, newRole: RoleEntry | null, keys: Keys, ignoreOrder: boolean): PlacedChange[] {
  const out: PlacedChange[] = [];
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
