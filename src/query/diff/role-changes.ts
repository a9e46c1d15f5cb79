// A role pair's own changes (name, summary, department, place) and the
// changes of a role only in one version.
import type { Change } from "../../model/diff.js";
import { inlineDiff, roleRef, roleSide, roundSimilarity } from "./changes.js";
import type { RoleEntry } from "./entries.js";
import type { Keys } from "./keys.js";
import { outOfOrder } from "./order.js";
import type { RolePair } from "./roles.js";
import { similarity } from "./similar.js";

/** A role only in one version: added or removed. */
export function roleChange(type: "added" | "removed", o: RoleEntry | null, n: RoleEntry | null): Change {
  return { type, target: "role", field: null, role: roleRef(o, n), old: o && roleSide(o), new: n && roleSide(n), similarity: null };
}

/** A pair's own changes: its name, summary, department and place. */
export function roleChanges(pair: RolePair, keys: Keys, reordered: boolean): Change[] {
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
export function rolesOutOfOrder(pairs: RolePair[]): Set<RolePair> {
  const byOld = [...pairs].sort((a, b) => a.old.index - b.old.index);
  const moved = outOfOrder(byOld.map((p) => p.new.index));
  return new Set([...moved].map((i) => byOld[i]!));
}
