// D009/duplicate-role: one role heading twice in one section and department.
import type { Role } from "../../model/document.js";
import { matchMarker } from "../../parse/markers.js";
import { comparableText } from "../comparable-text.js";
import { headingRange, roleLabel } from "./role-range.js";
import { defineRule, type Finding } from "./rule.js";

export const duplicateRole = defineRule({
  id: "D009",
  name: "duplicate-role",
  description: "A role heading is repeated in one section",
  explanation: [
    "A role heading repeats an earlier heading of the same section and department, its number",
    "aside and with script, width and case folded (`一、銷售經理` and `三、銷售經理`). Two lists",
    "for one position disagree sooner or later; merge them, or name the positions apart",
    "(`銷售經理（華東）`). Headings that number their variants (`銷售部崗位職責一`,",
    "`銷售部崗位職責二`) differ, so sample sheets collected side by side are not reported.",
    "",
    "Sections (`第二篇`) are often separate sheets collected into one file, and departments keep",
    "their own positions (銷售部 and 市場部 may each have a 經理), so only headings repeated",
    "within one section and department are reported.",
  ].join("\n"),
  defaultSeverity: "warning",
  fixable: false,
  check(doc) {
    const findings: Finding[] = [];
    for (const section of doc.sections) {
      const first = new Map<string, Role>();
      for (const role of section.roles) {
        if (!role.name) continue;
        const key = `${role.department ?? ""}\u0000${comparableText(withoutMarker(role.heading))}`;
        const earlier = first.get(key);
        if (!earlier) first.set(key, role);
        else findings.push({ message: `Role ${roleLabel(role)} is already defined at line ${earlier.line}`, ...headingRange(role) });
      }
    }
    return findings;
  },
});

/** A heading without its list marker: "三、銷售經理" → "銷售經理". */
function withoutMarker(heading: string): string {
  return heading.slice(matchMarker(heading)?.length ?? 0);
}
