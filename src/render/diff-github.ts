// The diff report as GitHub Actions workflow commands: a ::notice at the new
// file's line for the first few changes of each kind, and one notice that
// sums up the report and counts what was left out.
import { CHANGE_TYPES, type ChangeType } from "../model/change-types.js";
import type { Change, DiffReport } from "../model/diff.js";
import { countWords, phrase, summaryLine, type Markup } from "./diff-common.js";

export interface DiffGithubOptions {
  /** The path, from the repository root, of the new version of the change's file; null when there is none. */
  pathOf(change: Change): string | null;
  /** Annotations per kind of change; more would bury the pull request's code. */
  perKind?: number;
  /** Where the rest can be read, e.g. "the job summary has the full report". */
  more?: string;
}

export const ANNOTATIONS_PER_KIND = 5;

const markup: Markup = { text: (s) => s, deleted: (s) => `[-${s}-]`, inserted: (s) => `{+${s}+}` };

export function renderDiffGithub(report: DiffReport, options: DiffGithubOptions): string {
  const perKind = options.perKind ?? ANNOTATIONS_PER_KIND;
  const shown = Object.fromEntries(CHANGE_TYPES.map((t) => [t, 0])) as Record<ChangeType, number>;
  const left = Object.fromEntries(CHANGE_TYPES.map((t) => [t, 0])) as Record<ChangeType, number>;
  const out: string[] = [];
  for (const change of report.changes) {
    if (shown[change.type] >= perKind) {
      left[change.type]++;
      continue;
    }
    shown[change.type]++;
    const p = phrase(change, markup);
    const role = change.role.new ?? change.role.old ?? "";
    const path = options.pathOf(change);
    const line = change.new?.line ?? change.role.newLine;
    const props = [path !== null && `file=${property(path)}`, path !== null && line !== null && `line=${line}`, `title=${property(title(change))}`];
    const message = `${role}: ${p.number ? `${p.number} ` : ""}${p.body} (${p.where})`;
    out.push(`::notice ${props.filter(Boolean).join(",")}::${data(message)}`);
  }
  const rest = countWords(left);
  const tail = rest ? ` Not annotated: ${rest}${options.more ? `; ${options.more}` : ""}.` : "";
  out.push(`::notice title=duties diff::${data(summaryLine(report) + tail)}`);
  return out.join("\n") + "\n";
}

/** "modified duty", "modified role (summary)", "renamed role". */
function title(change: Change): string {
  const field = change.field && change.field !== "name" ? ` (${change.field})` : "";
  return `${change.type} ${change.target}${field}`;
}

/** Escapes a command's message, as @actions/core does. */
function data(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a command's property value, as @actions/core does. */
function property(s: string): string {
  return data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
