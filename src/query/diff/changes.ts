// The pieces of a change: what each side looked like, the role it belongs
// to, the inline character diff, and the summary that counts them all.
import { diffArrays } from "diff";
import { CHANGE_TYPES } from "../../model/change-types.js";
import type { Change, ChangeSide, DiffSummary, Segment } from "../../model/diff.js";
import type { DutyEntry, RoleEntry } from "./entries.js";
import type { Keys } from "./keys.js";

export function dutySide(d: DutyEntry): ChangeSide {
  return { number: d.duty.number, text: d.duty.text, line: d.duty.line, parent: d.parentText };
}

export function roleSide(r: RoleEntry, text = r.role.heading, line = r.role.line): ChangeSide {
  return { number: null, text, line, parent: null };
}

export function roleRef(o: RoleEntry | null, n: RoleEntry | null): Change["role"] {
  return { old: o?.role.name ?? null, new: n?.role.name ?? null, oldLine: o?.role.line ?? null, newLine: n?.role.line ?? null };
}

/** Similarity for the report: three decimals, rounded down so that a change never shows 1. */
export function roundSimilarity(s: number): number {
  return Math.floor(s * 1000) / 1000;
}

/** The character-level diff of two texts as written; characters that fold alike are equal. */
export function inlineDiff(oldText: string, newText: string, keys: Keys): Segment[] {
  return diffArrays([...oldText], [...newText], { comparator: keys.sameChar }).map((p) => ({
    op: p.added ? "insert" : p.removed ? "delete" : "equal",
    text: p.value.join(""),
  }));
}

export function summarize(changes: Change[], compared: DiffSummary["compared"]): DiffSummary {
  const zero = () => Object.fromEntries(CHANGE_TYPES.map((t) => [t, 0])) as DiffSummary["roles"];
  const summary: DiffSummary = { changes: changes.length, roles: zero(), duties: zero(), compared };
  for (const c of changes) (c.target === "role" ? summary.roles : summary.duties)[c.type]++;
  return summary;
}
