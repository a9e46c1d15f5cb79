// One report for many files (two folders compared pairwise): the changes of
// each file in order, each naming its file, and the counts added up.
import type { DiffReport } from "../../model/diff.js";
import { summarize } from "./changes.js";

export function combineReports(parts: { file: string; report: DiffReport }[]): DiffReport {
  const changes = parts.flatMap(({ file, report }) => report.changes.map((c) => ({ ...c, file })));
  const compared = { roles: { old: 0, new: 0 }, duties: { old: 0, new: 0 }, files: parts.length };
  for (const { report } of parts) {
    for (const side of ["old", "new"] as const) {
      compared.roles[side] += report.summary.compared.roles[side];
      compared.duties[side] += report.summary.compared.duties[side];
    }
  }
  return { changes, summary: summarize(changes, compared) };
}
