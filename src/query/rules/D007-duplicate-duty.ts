// D007/duplicate-duty: the same duty twice in one role, after folding script and width.
import type { Duty } from "../../model/document.js";
import { comparableText } from "../comparable-text.js";
import { eachDuty, markerRange } from "../lists.js";
import { roleLabel } from "./role-range.js";
import { defineRule, type Finding } from "./rule.js";

export const duplicateDuty = defineRule({
  id: "D007",
  name: "duplicate-duty",
  description: "A role lists the same duty twice",
  explanation: [
    "Two items of one role say the same thing once Traditional and Simplified characters, full",
    "and half width, letter case, white space and closing punctuation are set aside",
    "(`負責客戶回訪；` and `负责客户回访。`). Usually a paste from another sheet repeated a line.",
    "",
    "A role's duties (at any depth) are compared with each other, and each job-description block",
    "(任职要求, 权限 …) with itself. The later copy is reported.",
  ].join("\n"),
  defaultSeverity: "warning",
  fixable: false,
  check(doc) {
    const findings: Finding[] = [];
    for (const section of doc.sections) {
      for (const role of section.roles) {
        for (const pool of [role.duties, ...role.blocks.map((b) => b.items)]) {
          const first = new Map<string, Duty>();
          for (const d of eachDuty(pool)) {
            const key = comparableText(d.text);
            if (!key) continue;
            const earlier = first.get(key);
            if (!earlier) first.set(key, d);
            else findings.push({ message: `Duplicate of the item at line ${earlier.line} in ${roleLabel(role)}`, ...markerRange(d) });
          }
        }
      }
    }
    return findings;
  },
});
