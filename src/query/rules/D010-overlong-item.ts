// D010/overlong-item: an item long enough, and with enough sentences, to be several items glued together.
import { z } from "zod";
import { dutyLists, markerRange } from "../lists.js";
import { defineRule, type Finding } from "./rule.js";

const SENTENCE_END = /[。；;！!？?]+/u;

export const overlongItem = defineRule({
  id: "D010",
  name: "overlong-item",
  description: "An item is so long that it likely holds several items",
  explanation: [
    "An item longer than `maxLength` characters that reads as at least `minSentences` sentences",
    "(split at 。；！？) is likely several duties run together: a lost line break, or markers the",
    "parser could not recognise (`…質量4鉆研業務…`). Items glued with the next number of their list",
    "(`…小組.4.協助…`) are split by the parser already and are not reported.",
    "",
    "Long single-sentence items are not reported, and the rule is information by default because",
    "some sheets do write duties as paragraphs.",
  ].join("\n"),
  defaultSeverity: "info",
  fixable: false,
  options: z.object({
    maxLength: z.number().int().min(1).default(150).describe("Items longer than this many characters are checked"),
    minSentences: z.number().int().min(1).default(3).describe("How many sentences a long item must hold to be reported"),
  }),
  check(doc, { options }) {
    const findings: Finding[] = [];
    for (const { duties } of dutyLists(doc)) {
      for (const d of duties) {
        const length = [...d.text].length;
        if (length <= options.maxLength) continue;
        const sentences = d.text.split(SENTENCE_END).filter((s) => s.trim()).length;
        if (sentences < options.minSentences) continue;
        findings.push({
          message: `Item is ${length} characters long with ${sentences} sentences: it may hold several items`,
          ...markerRange(d),
        });
      }
    }
    return findings;
  },
});
