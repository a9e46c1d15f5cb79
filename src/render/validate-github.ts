// The validate report as GitHub Actions workflow commands: one annotation per
// problem (::error / ::warning / ::notice) on its file, line and columns.
import type { Severity } from "../model/document.js";
import type { FileReport } from "../query/validate.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

export function renderGithub(reports: FileReport[]): string {
  const out: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const properties = [
        report.path === null ? null : `file=${escapeProperty(report.path)}`,
        `line=${d.line}`, `endLine=${d.endLine ?? d.line}`, `col=${d.column}`, `endColumn=${d.endColumn ?? d.column + 1}`,
        `title=${escapeProperty(d.rule)}`,
      ].filter((p) => p !== null);
      out.push(`::${COMMAND[d.severity]} ${properties.join(",")}::${escapeData(d.message)}`);
    }
  }
  return out.length ? out.join("\n") + "\n" : "";
}

// The escapes of @actions/core: data may not hold line breaks or %, properties neither : nor ,.
function escapeData(s: string): string {
  return s.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/gu, "%3A").replace(/,/gu, "%2C");
}
