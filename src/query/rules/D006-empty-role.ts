// D006/empty-role: a role heading with nothing under it.
import { headingRange, roleLabel } from "./role-range.js";
import { defineRule, type Finding } from "./rule.js";

export const emptyRole = defineRule({
  id: "D006",
  name: "empty-role",
  description: "A role has no duties",
  explanation: [
    "A role heading is followed by no duties, no job-description items and no summary: the next",
    "heading comes straight after it. Either its duties are missing, or the heading belongs to",
    "the list below it and the sheet needs a line break or a marker fixed.",
    "",
    "A role with only a one-line summary (`銷售經理：負責全面工作`) is not empty.",
  ].join("\n"),
  defaultSeverity: "warning",
  fixable: false,
  check(doc) {
    const findings: Finding[] = [];
    for (const section of doc.sections) {
      for (const role of section.roles) {
        const empty = role.duties.length === 0 && role.blocks.every((b) => b.items.length === 0) && !role.summary;
        if (empty) findings.push({ message: `Role ${roleLabel(role)} has no duties`, ...headingRange(role) });
      }
    }
    return findings;
  },
});
