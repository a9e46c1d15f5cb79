// D004/mixed-marker-style: items of one level written with different markers (1、 and 1.).
import { dutyLists, levels, markerRange } from "../lists.js";
import { dominantForm, markerForm, styleOfForm } from "../marker-forms.js";
import { defineRule, type Finding } from "./rule.js";

export const mixedMarkerStyle = defineRule({
  id: "D004",
  name: "mixed-marker-style",
  description: "Items at one level use different marker styles",
  explanation: [
    "Siblings numbered in one sequence are written with different separators or brackets:",
    "`1、` beside `2.`, `（1）` beside `2）`, `•` beside `■`. Whether a list is meant as one is",
    "then a guess for readers and tools alike.",
    "",
    "The style most items of the level use is taken as the intended one, and the others are",
    "reported. Differences of width alone (`1.` and `1．`) are D005. `--fix` rewrites the others in",
    "the majority style.",
  ].join("\n"),
  defaultSeverity: "warning",
  fixable: true,
  check(doc) {
    const findings: Finding[] = [];
    for (const { duties } of dutyLists(doc)) {
      for (const level of levels(duties)) {
        const dominant = dominantForm(level);
        for (const d of level) {
          if (styleOfForm(markerForm(d)) === dominant.style) continue;
          findings.push({
            message: `Marker "${d.marker}" differs from the style most items at this level use ("${dominant.model.marker}")`,
            ...markerRange(d),
          });
        }
      }
    }
    return findings;
  },
});
