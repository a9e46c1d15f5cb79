// A cli-table3 summary: one row per role with its duty count.
import Table from "cli-table3";
import type { Document, Duty } from "../model/document.js";

export function renderRoleTable(docs: { display: string; doc: Document }[], options: { color: boolean }): string {
  const table = new Table({
    head: ["File", "Section", "Department", "Role", "Line", "Duties", "Blocks"],
    style: { head: options.color ? ["cyan"] : [], border: options.color ? ["grey"] : [] },
  });
  const count = (list: Duty[]): number => list.reduce((n, d) => n + 1 + count(d.children), 0);
  for (const { display, doc } of docs) {
    for (const s of doc.sections) {
      for (const r of s.roles) {
        table.push([display, s.title ?? "", r.department ?? "", r.name || r.heading, r.line, count(r.duties), r.blocks.length]);
      }
    }
  }
  return table.toString() + "\n";
}
