// D005/mixed-width: markers of one level mixing full- and half-width characters (（1） and (2)).
import { dutyLists, levels, markerRange } from "../lists.js";
import { dominantForm, markerForm, styleOfForm } from "../marker-forms.js";
import { defineRule, type Finding } from "./rule.js";

export const mixedWidth = defineRule({
  id: "D005",
  name: "mixed-width",
  description: "Markers at one level mix full-width and half-width characters",
  explanation: [
    "Siblings in one style differ only in width: `（1）` beside `(2)`, `1.` beside `2．`, `１、`",
    "beside `2、`. Input methods switch width easily, so this is common in sheets typed by hand;",
    "it looks untidy in print and breaks searches that match markers exactly.",
    "",
    "The width most items of the level use is taken as the intended one. `--fix` rewrites the",
    "others in it.",
  ].join("\n"),
  defaultSeverity: "warning",
  fixable: true,
  check(doc) {
    const findings: Finding[] = [];
    for (const { duties } of dutyLists(doc)) {
      for (const level of levels(duties)) {
        const dominant = dominantForm(level);
        for (const d of level) {
          const form = markerForm(d);
          if (styleOfForm(form) !== dominant.style || form === dominant.form) continue;
          findings.push({
            message: `Marker "${d.marker}" mixes full and half width with the other items at this level ("${dominant.model.marker}")`,
            ...markerRange(d),
          });
        }
      }
    }
    return findings;
  },
});
