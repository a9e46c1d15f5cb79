// Numbering faults in sibling lists: a gap (10 then 14), a repeated number
// (a second 1、) and a restart (back to 1 in the middle of a list).
import type { Diagnostic, Document, Duty } from "../model/document.js";

export const NUMBERING_RULES = {
  gap: "D001/numbering-gap",
  repeat: "D002/repeated-number",
  restart: "D003/numbering-restart",
} as const;

/** The nesting key of a duty: its style, with letter case for Latin letters. */
export function dutyKey(d: Duty): string | null {
  const style = d.style;
  if (!style || d.ordinal === null) return null;
  if (style === "dotted") return `dotted:${d.number!.split(/[.．\-－]/u).slice(0, -1).join(".")}`;
  // (Tested by its first letter first: this runs for every duty.)
  if (style.charCodeAt(0) === 0x6c && style.startsWith("latin") && d.number && /[A-Z]/u.test(d.number)) return `${style}-upper`;
  return style;
}

/** Diagnostics for every sibling list in the document. */
export function numberingDiagnostics(doc: Pick<Document, "sections">): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (list: Duty[]) => {
    let prev: Duty | null = null;
    let prevKey: string | null = null;
    for (const d of list) {
      const key = dutyKey(d);
      if (key && prev && prevKey === key) check(prev, d, out);
      if (key) {
        prev = d;
        prevKey = key;
      }
      if (d.children.length) visit(d.children);
    }
  };
  for (const s of doc.sections) for (const r of s.roles) {
    visit(r.duties);
    for (const b of r.blocks) visit(b.items);
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

function check(prev: Duty, d: Duty, out: Diagnostic[]): void {
  const p = prev.ordinal!;
  const o = d.ordinal!;
  const at = { line: d.line, column: d.column, endLine: d.line, endColumn: d.column + (d.marker?.length ?? 1) };
  if (o === p + 1) return;
  if (o === p) {
    out.push({ rule: NUMBERING_RULES.repeat, severity: "warning", message: `Number ${d.number} repeats the item before it (line ${prev.line})`, ...at });
  } else if (o === 1 && p > 1) {
    out.push({ rule: NUMBERING_RULES.restart, severity: "warning", message: `Numbering restarts at ${d.number} after ${prev.number} (line ${prev.line})`, ...at });
  } else if (o > p + 1) {
    out.push({ rule: NUMBERING_RULES.gap, severity: "warning", message: `Numbering skips from ${prev.number} to ${d.number}`, ...at });
  } else {
    out.push({ rule: NUMBERING_RULES.gap, severity: "warning", message: `Number ${d.number} comes after ${prev.number}: out of order`, ...at });
  }
}
