// The lines a Document accounts for: in the tree or in `ignored`. The parser
// promises that every non-blank input line is one of them (nothing is lost).
import type { Document, Duty } from "../model/document.js";

/** Every line number the Document places somewhere. */
export function coveredLines(doc: Document): Set<number> {
  const lines = new Set<number>();
  const span = (from: number, to: number) => {
    for (let n = from; n <= to; n++) lines.add(n);
  };
  const duty = (d: Duty) => {
    span(d.line, d.endLine);
    d.children.forEach(duty);
  };
  if (doc.titleLine !== null) lines.add(doc.titleLine);
  for (const i of doc.ignored) lines.add(i.line);
  for (const s of doc.sections) {
    if (s.line !== null) lines.add(s.line);
    for (const r of s.roles) {
      lines.add(r.line);
      if (r.summaryLine !== null) span(r.summaryLine, r.summaryEndLine ?? r.summaryLine);
      for (const f of r.fields) span(f.line, f.endLine ?? f.line);
      r.duties.forEach(duty);
      for (const b of r.blocks) {
        lines.add(b.line);
        b.items.forEach(duty);
      }
    }
  }
  return lines;
}

/** Non-blank lines of `text` that the Document does not account for. */
export function lostLines(doc: Document, text: string): number[] {
  const covered = coveredLines(doc);
  const lost: number[] = [];
  text.split(/\r\n|\r|\n/u).forEach((line, i) => {
    if (line.replace(/[\s\u3000\ufeff]+/gu, "") !== "" && !covered.has(i + 1)) lost.push(i + 1);
  });
  return lost;
}
