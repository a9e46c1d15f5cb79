// D011/unplaced-text: lines the parser kept out of the tree because it did not understand them.
import { z } from "zod";
import { defineRule, type Finding } from "./rule.js";

/** What each reported reason means, for the message. */
const MEANING: Record<string, string> = {
  text: "prose that belongs to no duty or role",
  "not-a-duty": "a numbered item outside any role",
};

export const unplacedText = defineRule({
  id: "D011",
  name: "unplaced-text",
  description: "Text the parser could not place in the tree",
  explanation: [
    "Every line of a sheet ends up in the tree or in the Document's `ignored` list with a reason.",
    "Most reasons are decisions: page numbers and running headers (`page-noise`), advertising,",
    "lines of only punctuation (`stray`), an introduction before the first role, a closing",
    "remark, a department or group heading, an article that is not a duty. Those are not reported.",
    "",
    "Two reasons mean the parser did not understand a line: `text`, prose after the roles began",
    "that it could attach to no duty, and `not-a-duty`, a numbered item outside any role. Such",
    "lines are missing from searches, diffs and exports; a marker or a heading usually puts them",
    "in place. The `reasons` setting chooses which reasons to report.",
  ].join("\n"),
  defaultSeverity: "info",
  fixable: false,
  options: z.object({
    reasons: z.array(z.string()).default(["text", "not-a-duty"]).describe("The `ignored` reasons to report"),
  }),
  check(doc, { options }) {
    const findings: Finding[] = [];
    for (const entry of doc.ignored) {
      if (!options.reasons.includes(entry.reason)) continue;
      findings.push({
        message: `The parser could not place this line (${MEANING[entry.reason] ?? entry.reason})`,
        line: entry.line, column: 1, endLine: entry.line, endColumn: 1 + Math.max(entry.text.length, 1),
      });
    }
    return findings;
  },
});
