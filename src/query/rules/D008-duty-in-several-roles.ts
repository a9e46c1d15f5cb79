// D008/duty-in-several-roles: duties one role shares with another (for information).
import type { Duty, Role } from "../../model/document.js";
import { comparableText } from "../comparable-text.js";
import { eachDuty, markerRange } from "../lists.js";
import { roleLabel } from "./role-range.js";
import { defineRule, type Finding } from "./rule.js";

export const dutyInSeveralRoles = defineRule({
  id: "D008",
  name: "duty-in-several-roles",
  description: "The same duty appears in several roles",
  explanation: [
    "A duty of one role is also a duty of an earlier role in the file, compared as D007 compares",
    "(script, width, case, white space and closing punctuation folded). Shared duties are often",
    "intended (`完成領導交辦的其他工作`), so this is information by default: it helps find",
    "responsibilities that nobody owns alone, or a role copied from another and never adapted.",
    "",
    "One diagnostic per pair of roles, at the first shared duty of the later role, counts the",
    "others. Job-description blocks (任职要求 …) are not compared: shared requirements are normal.",
  ].join("\n"),
  defaultSeverity: "info",
  fixable: false,
  check(doc) {
    const owner = new Map<string, { role: Role; duty: Duty }>();
    const findings: Finding[] = [];
    for (const section of doc.sections) {
      for (const role of section.roles) {
        // Duties of this role found in earlier roles, by the earlier role.
        const shared = new Map<Role, Duty[]>();
        for (const d of eachDuty(role.duties)) {
          const key = comparableText(d.text);
          if (!key) continue;
          const earlier = owner.get(key);
          if (!earlier) owner.set(key, { role, duty: d });
          else if (earlier.role !== role) shared.set(earlier.role, [...(shared.get(earlier.role) ?? []), d]);
        }
        for (const [other, duties] of shared) findings.push(describe(other, duties, owner));
      }
    }
    return findings;
  },
});

function describe(other: Role, duties: Duty[], owner: Map<string, { duty: Duty }>): Finding {
  const [first, ...more] = duties;
  const at = markerRange(first!);
  if (more.length === 0) {
    const line = owner.get(comparableText(first!.text))!.duty.line;
    return { message: `The same duty is in ${roleLabel(other)} (line ${line})`, ...at };
  }
  const lines = more.slice(0, 5).map((d) => d.line).join(", ") + (more.length > 5 ? ", …" : "");
  return { message: `This duty and ${more.length} more (line${more.length > 1 ? "s" : ""} ${lines}) are also in ${roleLabel(other)} (line ${other.line})`, ...at };
}
