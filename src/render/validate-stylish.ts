// The default validate report for people: a header per file with problems,
// one aligned row per problem (line:col  severity  message  rule), a summary.
import { Chalk, type ChalkInstance } from "chalk";
import type { Severity } from "../model/document.js";
import type { FileReport } from "../query/validate.js";

export function renderStylish(reports: FileReport[], options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    const rows = report.diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, d.message, d.rule] as const);
    // (A reduce, not Math.max(...widths): 200,000 problems in one file overflowed the stack.)
    const widths = [0, 1, 2].map((i) => rows.reduce((max, r) => Math.max(max, displayWidth(r[i])), 0));
    out.push(c.underline(report.path ?? "<stdin>"));
    for (const [position, severity, message, rule] of rows) {
      out.push(`  ${pad(position, widths[0]!, "start")}  ${paint(c, severity, pad(severity, widths[1]!))}  ${pad(message, widths[2]!)}  ${c.dim(rule)}`);
    }
    out.push("");
  }
  const summary = countSeverities(reports);
  const total = summary.error + summary.warning + summary.info;
  if (total === 0) return "";
  const line = `✖ ${plural(total, "problem")} (${plural(summary.error, "error")}, ${plural(summary.warning, "warning")}, ${plural(summary.info, "info")})`;
  out.push(summary.error ? c.red.bold(line) : summary.warning ? c.yellow.bold(line) : c.bold(line));
  return out.join("\n") + "\n";
}

export function countSeverities(reports: FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const d of r.diagnostics) counts[d.severity]++;
  return counts;
}

function paint(c: ChalkInstance, severity: Severity, text: string): string {
  return severity === "error" ? c.red(text) : severity === "warning" ? c.yellow(text) : c.blue(text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function pad(text: string, width: number, side: "start" | "end" = "end"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return side === "start" ? fill + text : text + fill;
}

/** Columns a string takes in a terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
