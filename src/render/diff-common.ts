// What the diff renderers share: changes grouped by role (and file), and each
// change in words (a mark, a label, the text, where it is), so that the text,
// Markdown and GitHub reports say the same thing in their own markup.
import type { Change, ChangeType, DiffReport, Segment } from "../model/diff.js";

export interface ChangeGroup {
  file: string | undefined;
  /** The role's name where it is now (where it was, for a removed role). */
  role: string;
  /** Its heading line on that side. */
  line: number | null;
  /** Whether the role exists only in the old version. */
  removed: boolean;
  changes: Change[];
}

/**
 * Consecutive changes of one role, in report order. A moved duty belongs to
 * the role it joined. Roles of the same name stay apart by heading line.
 */
export function groupByRole(report: DiffReport): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  let lastKey: string | null = null;
  for (const change of report.changes) {
    const removed = change.role.new === null;
    const key = `${change.file ?? ""}\u0000${removed ? `-${change.role.oldLine}` : `+${change.role.newLine}`}`;
    if (key !== lastKey) {
      groups.push({
        file: change.file,
        role: (removed ? change.role.old : change.role.new) ?? "",
        line: removed ? change.role.oldLine : change.role.newLine,
        removed,
        changes: [],
      });
      lastKey = key;
    }
    groups[groups.length - 1]!.changes.push(change);
  }
  return groups;
}

/** How a renderer marks up text and the changed characters in it. */
export interface Markup {
  text(s: string): string;
  deleted(s: string): string;
  inserted(s: string): string;
}

/** A change in words: `~ modified  4 統計銷售[-、-]{+和+}回款數據  line 356, 88% alike`. */
export interface Phrase {
  mark: "+" | "-" | "~" | "→";
  label: string;
  number: string | null;
  /** The text, marked up: the inline diff when the text changed. */
  body: string;
  /** Where it is (and was), and how alike. */
  where: string;
}

const MARKS: Record<ChangeType, Phrase["mark"]> = { added: "+", removed: "-", modified: "~", moved: "→", renamed: "→", reordered: "→" };

export function phrase(change: Change, markup: Markup): Phrase {
  const side = change.new ?? change.old!;
  const inline = (segments: Segment[]) =>
    segments.map((s) => (s.op === "equal" ? markup.text(s.text) : s.op === "delete" ? markup.deleted(s.text) : markup.inserted(s.text))).join("");
  const body = change.segments ? inline(change.segments) : markup.text(side.text);
  const alike = change.similarity !== null && change.similarity < 1 ? `, ${percent(change.similarity)} alike` : "";
  const base = { mark: MARKS[change.type], number: change.target === "duty" ? side.number : null, body };
  if (change.target === "role") {
    const at = change.new ? `line ${change.new.line}` : `was line ${change.old!.line}`;
    switch (change.type) {
      case "renamed":
        return { ...base, label: "renamed", body: `${markup.text(change.role.old ?? "")} → ${markup.text(change.role.new ?? "")}`, where: `${percent(change.similarity ?? 0)} of duties alike` };
      case "modified": {
        const body = change.segments ? base.body : `${markup.text(change.old?.text ?? "(none)")} → ${markup.text(change.new?.text ?? "(none)")}`;
        return { ...base, label: change.field ?? "modified", body, where: at + alike };
      }
      case "reordered":
        return { ...base, label: "reordered", where: `line ${change.new!.line}, was line ${change.old!.line}` };
      default:
        return { ...base, label: `role ${change.type}`, where: at };
    }
  }
  switch (change.type) {
    case "added":
      return { ...base, label: "added", where: `line ${side.line}` };
    case "removed":
      return { ...base, label: "removed", where: `was line ${side.line}` };
    case "moved": {
      const from = change.field === "parent" ? `from under ${quote(change.old!.parent)} to under ${quote(change.new!.parent)}` : `from ${change.role.old} line ${change.old!.line}`;
      return { ...base, label: "moved", where: `line ${side.line}, ${from}${alike}` };
    }
    case "reordered":
      return { ...base, label: "reordered", where: `line ${side.line}, was line ${change.old!.line}` };
    default:
      return { ...base, label: change.type, where: `line ${side.line}${alike}` };
  }
}

function quote(parent: string | null): string {
  return parent === null ? "the role" : `「${parent}」`;
}

export function percent(share: number): string {
  return `${Math.floor(share * 100)}%`;
}

/** "1 added, 2 removed" for the kinds that occur. */
export function countWords(counts: Record<ChangeType, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${n} ${type}`)
    .join(", ");
}

/** The role and duty counts of a summary added up per kind. */
export function totals(report: DiffReport): Record<ChangeType, number> {
  const { roles, duties } = report.summary;
  return Object.fromEntries(Object.keys(roles).map((t) => [t, roles[t as ChangeType] + duties[t as ChangeType]])) as Record<ChangeType, number>;
}

/** One line that sums up a report: "5 changes: 1 added, … (24 → 24 roles, 359 → 359 duties)". */
export function summaryLine(report: DiffReport): string {
  const { changes } = report.summary;
  if (changes === 0) return `no changes (${comparedScope(report)})`;
  return `${changes} ${changes === 1 ? "change" : "changes"}: ${countWords(totals(report))} (${comparedScope(report)})`;
}

/** What was compared: "24 → 24 roles, 359 → 359 duties". */
export function comparedScope(report: DiffReport): string {
  const { roles, duties, files } = report.summary.compared;
  return `${roles.old} → ${roles.new} roles, ${duties.old} → ${duties.new} duties${files === undefined ? "" : `, ${files} files`}`;
}
