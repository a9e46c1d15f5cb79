// The validate report as JSON: an array of { path, diagnostics } for every file checked.
import type { FileReport } from "../query/validate.js";

export function renderValidateJson(reports: FileReport[]): string {
  return JSON.stringify(reports.map(({ path, diagnostics }) => ({ path, diagnostics })), null, 2) + "\n";
}
