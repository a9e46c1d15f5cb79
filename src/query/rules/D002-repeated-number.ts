// D002/repeated-number: two items in a row carry the same number (a second 1、).
import { recordedFindings } from "./parser-findings.js";
import { defineRule, type Finding } from "./rule.js";

export const repeatedNumber = defineRule({
  id: "D002",
  name: "repeated-number",
  description: "An item repeats the number of the item before it",
  explanation: [
    "Two neighbouring items at the same level carry the same number (`1、` then `1、`), so every",
    "later number in the list is one short. It is usually an item inserted by copying the one above.",
    "",
    "The parser checks every list while it builds the tree; this rule reports what it found.",
    "`--fix` renumbers the list from its first number.",
  ].join("\n"),
  defaultSeverity: "warning",
  fixable: true,
  check: (doc): Finding[] => recordedFindings(doc, repeatedNumber),
});
