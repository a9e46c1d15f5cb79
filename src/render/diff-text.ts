// The diff report for a terminal: grouped by role, one line per change with
// its mark, the changed characters highlighted (in colour, or as [-…-]{+…+}
// without it), and a closing summary line.
import { Chalk, type ChalkInstance } from "chalk";
import type { DiffReport } from "../model/diff.js";
import { groupByRole, phrase, summaryLine, type Markup, type Phrase } from "./diff-common.js";

export interface DiffTextOptions {
  color: boolean;
  /** A first line naming what was compared, e.g. "old.txt → new.txt". */
  title?: string;
}

/** Wide enough for the longest label, "role removed", and a space. */
const LABEL_WIDTH = 13;

export function renderDiffText(report: DiffReport, options: DiffTextOptions): string {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const markup: Markup = options.color
    ? { text: (s) => s, deleted: (s) => c.red.inverse(s), inserted: (s) => c.green.inverse(s) }
    : { text: (s) => s, deleted: (s) => `[-${s}-]`, inserted: (s) => `{+${s}+}` };
  const paint: Record<Phrase["mark"], (s: string) => string> = { "+": c.green, "-": c.red, "~": c.yellow, "→": c.cyan };
  const out: string[] = [];
  if (options.title) out.push(c.bold(options.title));
  for (const group of groupByRole(report)) {
    const file = group.file ? `${group.file} › ` : "";
    const line = group.line === null ? "" : group.removed ? `  was line ${group.line}` : `  line ${group.line}`;
    out.push(c.bold(`${file}${group.role || "(untitled role)"}`) + c.dim(line));
    for (const change of group.changes) {
      const p = phrase(change, markup);
      const number = p.number ? c.dim(`${p.number} `) : "";
      out.push(`  ${paint[p.mark](`${p.mark} ${p.label.padEnd(LABEL_WIDTH)}`)}${number}${p.body}${c.dim(`  ${p.where}`)}`);
    }
  }
  out.push(c.dim(summaryLine(report)));
  return out.join("\n") + "\n";
}
