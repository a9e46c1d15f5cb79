// The diff report as Markdown for a pull-request comment or a job summary:
// a table of counts, then each role's changes as a list, with deleted and
// inserted characters in <del> and <ins>.
import { CHANGE_TYPES } from "../model/change-types.js";
import type { DiffReport } from "../model/diff.js";
import { comparedScope, groupByRole, phrase, summaryLine, type Markup } from "./diff-common.js";

export interface DiffMarkdownOptions {
  /** What was compared, e.g. "old.txt → new.txt", for the heading. */
  title?: string;
  /** Stop adding roles before the report exceeds this many bytes of UTF-8 (GitHub's job summary takes 1 MiB). */
  maxBytes?: number;
}

/** Backslash-escapes the ASCII characters that could start Markdown or HTML inside a line. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>|~#&!]/g, "\\$&");
}

const markup: Markup = {
  text: escapeMarkdown,
  deleted: (s) => `<del>${escapeMarkdown(s)}</del>`,
  inserted: (s) => `<ins>${escapeMarkdown(s)}</ins>`,
};

export function renderDiffMarkdown(report: DiffReport, options: DiffMarkdownOptions = {}): string {
  const head: string[] = [`### Duty changes${options.title ? `: ${escapeMarkdown(options.title)}` : ""}`, ""];
  if (report.changes.length === 0) return [...head, `No changes: ${comparedScope(report)}.`, ""].join("\n");
  const { roles, duties } = report.summary;
  head.push("| Change | Roles | Duties |", "| :-- | --: | --: |");
  for (const type of CHANGE_TYPES) head.push(`| ${type} | ${roles[type]} | ${duties[type]} |`);
  const sum = (counts: typeof roles) => CHANGE_TYPES.reduce((n, t) => n + counts[t], 0);
  head.push(`| **total** | **${sum(roles)}** | **${sum(duties)}** |`, "", escapeMarkdown(summaryLine(report)), "");

  let text = head.join("\n");
  let bytes = Buffer.byteLength(text);
  let shown = 0;
  for (const group of groupByRole(report)) {
    const file = group.file ? `${escapeMarkdown(group.file)} › ` : "";
    const line = group.line === null ? "" : ` · ${group.removed ? "was " : ""}line ${group.line}`;
    const lines = [`#### ${file}${escapeMarkdown(group.role || "(untitled role)")}${line}`, ""];
    for (const change of group.changes) {
      const p = phrase(change, markup);
      // A bare + or - after the bullet would start a nested list.
      const mark = p.mark === "→" ? p.mark : `\\${p.mark}`;
      lines.push(`- ${mark} **${p.label}** ${p.number ? `${escapeMarkdown(p.number)} ` : ""}${p.body} — _${escapeMarkdown(p.where)}_`);
    }
    const section = "\n" + lines.join("\n") + "\n";
    const size = Buffer.byteLength(section);
    if (options.maxBytes !== undefined && bytes + size > options.maxBytes - 200) {
      text += `\n_${report.changes.length - shown} more changes are not shown here: the report would be too long. Run \`duties diff --format markdown\` for all of them._\n`;
      return text;
    }
    text += section;
    bytes += size;
    shown += group.changes.length;
  }
  return text;
}
