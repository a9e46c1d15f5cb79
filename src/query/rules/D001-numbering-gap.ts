// D001/numbering-gap: a list skips numbers (10 then 14) or runs out of order.
import { recordedFindings } from "./parser-findings.js";
import { defineRule, type Finding } from "./rule.js";

export const numberingGap = defineRule({
  id: "D001",
  name: "numbering-gap",
  description: "A numbered list skips numbers or goes out of order",
  explanation: [
    "An item's number is more than one above the item before it at the same level (`10、` then `14、`),",
    "or below it without going back to 1. Skipped numbers usually mean an item was deleted or",
    "pasted from another sheet, and readers quoting \"duty 12\" will not find it.",
    "",
    "The parser checks every list while it builds the tree; this rule reports what it found.",
    "Lists at different levels (`一、` above `1、`) and lists in different roles are checked separately.",
    "`--fix` renumbers the list from its first number.",
  ].join("\n"),
  defaultSeverity: "warning",
  fixable: true,
  check: (doc): Finding[] => recordedFindings(doc, numberingGap),
});
