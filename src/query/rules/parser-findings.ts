// Problems the parser or the input reader already found and recorded in
// doc.diagnostics (numbering, replaced bytes): the rules that own them read
// them back rather than check a second time.
import type { Document } from "../../model/document.js";
import { ruleKey, type Finding } from "./rule.js";

/** The findings recorded in the Document under a rule's key. */
export function recordedFindings(doc: Document, rule: { id: string; name: string }): Finding[] {
  const key = ruleKey(rule);
  return doc.diagnostics
    .filter((d) => d.rule === key)
    .map((d) => ({
      message: d.message,
      line: d.line,
      column: d.column,
      endLine: d.endLine ?? d.line,
      endColumn: d.endColumn ?? d.column + 1,
    }));
}
