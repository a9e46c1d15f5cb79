// The readable tree view of a Document for a terminal: sections, roles and
// nested duties with their numbers as written.
import { Chalk, type ChalkInstance } from "chalk";
import type { Document, Duty } from "../model/document.js";

export function renderTree(doc: Document, options: { color: boolean; display?: string }): string {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const count = countDuties(doc);
  out.push(c.bold(options.display ?? doc.source.path ?? "<stdin>") + c.dim(`  ${doc.source.encoding}, ${doc.source.lines} lines, ${count.roles} roles, ${count.duties} duties`));
  if (doc.title) out.push(c.bold.underline(doc.title));
  const duty = (d: Duty, indent: string) => {
    const num = d.marker ? c.yellow(d.marker) + " " : c.dim("· ");
    out.push(`${indent}${num}${d.text}${c.dim(`  :${d.line}`)}`);
    for (const child of d.children) duty(child, indent + "  ");
  };
  for (const s of doc.sections) {
    if (s.title) out.push(c.bold.magenta(`§ ${s.title}`) + c.dim(`  :${s.line}`));
    for (const r of s.roles) {
      const dept = r.department ? c.dim(`${r.department} › `) : "";
      out.push(`  ${dept}${c.bold.cyan(r.name || r.heading || "(untitled role)")}${c.dim(`  ${r.heading} :${r.line}`)}`);
      if (r.summary) out.push(`    ${c.italic.dim(r.summary)}`);
      for (const d of r.duties) duty(d, "    ");
      for (const b of r.blocks) {
        out.push(`    ${c.green(`[${b.type}] ${b.title}`)}${c.dim(`  :${b.line}`)}`);
        for (const d of b.items) duty(d, "      ");
      }
    }
  }
  if (doc.ignored.length) out.push(c.dim(`  (${doc.ignored.length} lines not in the tree: ${summarizeReasons(doc)})`));
  for (const d of doc.diagnostics) out.push(c.yellow(`  ${d.line}:${d.column} ${d.severity} ${d.message}  ${d.rule}`));
  return out.join("\n") + "\n";
}

function summarizeReasons(doc: Document): string {
  const counts = new Map<string, number>();
  for (const i of doc.ignored) counts.set(i.reason, (counts.get(i.reason) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${n} ${r}`).join(", ");
}

/** Roles and duties (nested ones included) in a Document. */
export function countDuties(doc: Document): { roles: number; duties: number } {
  let roles = 0;
  let duties = 0;
  const visit = (list: Duty[]) => list.forEach((d) => { duties++; visit(d.children); });
  for (const s of doc.sections) for (const r of s.roles) { roles++; visit(r.duties); }
  return { roles, duties };
}
