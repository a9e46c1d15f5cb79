// Walks a Document's lists: every run of sibling duties (a role's duties, a
// block's items, a duty's children) and, within one, the levels the parser
// nests by marker style. The marker rules and --fix share these walks.
import type { Document, Duty, Role } from "../model/document.js";
import { dutyKey } from "../parse/numbering.js";

export interface DutyList {
  role: Role;
  duties: Duty[];
}

/** Every list of sibling duties in the Document, each with its role. */
export function* dutyLists(doc: Document): Generator<DutyList> {
  function* visit(role: Role, duties: Duty[]): Generator<DutyList> {
    yield { role, duties };
    for (const d of duties) if (d.children.length) yield* visit(role, d.children);
  }
  for (const section of doc.sections) {
    for (const role of section.roles) {
      yield* visit(role, role.duties);
      for (const block of role.blocks) yield* visit(role, block.items);
    }
  }
}

/** A list and the lists below it, item by item in document order. */
export function* eachDuty(duties: Duty[]): Generator<Duty> {
  for (const d of duties) {
    yield d;
    yield* eachDuty(d.children);
  }
}

/**
 * Siblings grouped by level: the items with one nesting key (numbering style,
 * Latin case, dotted prefix), and bullets together. Unnumbered paragraphs have no level.
 */
export function levels(siblings: Duty[]): Duty[][] {
  const byKey = new Map<string, Duty[]>();
  for (const d of siblings) {
    const key = d.style === "bullet" ? "bullet" : dutyKey(d);
    if (key === null || d.marker === null) continue;
    const level = byKey.get(key);
    if (level) level.push(d);
    else byKey.set(key, [d]);
  }
  return [...byKey.values()];
}

/** Where a duty's marker is (or its first character, for an unnumbered paragraph). */
export function markerRange(d: Duty): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: d.line, column: d.column, endLine: d.line, endColumn: d.column + Math.max(d.marker?.length ?? 1, 1) };
}
