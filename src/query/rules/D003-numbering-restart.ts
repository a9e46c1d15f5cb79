// D003/numbering-restart: a list goes back to 1 in its middle.
import { recordedFindings } from "./parser-findings.js";
import { defineRule, type Finding } from "./rule.js";

export const numberingRestart = defineRule({
  id: "D003",
  name: "numbering-restart",
  description: "A numbered list starts again at 1 in its middle",
  explanation: [
    "Within one list, an item goes back to 1 after higher numbers (`1、 2、 3、 1、 2、`). Either two",
    "lists were merged without the heading that separated them, or the numbering was restarted by",
    "mistake. Add the missing heading (a role or a `（二）` group) if there are two lists.",
    "",
    "The parser checks every list while it builds the tree; this rule reports what it found.",
    "`--fix` renumbers the list as one list, so add the heading first if it is two.",
  ].join("\n"),
  defaultSeverity: "warning",
  fixable: true,
  check: (doc): Finding[] => recordedFindings(doc, numberingRestart),
});
