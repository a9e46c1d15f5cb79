// A marker's form: the marker with its numeral taken out ("#、", "（#）",
// "#．#．#"), and the form most items of a level are written in. The rules for
// mixed marker styles and mixed widths, and --fix, all judge markers by it.
import type { Duty } from "../model/document.js";
import { foldText } from "../text/fold.js";

/** The marker without its numeral: half-width digits become "#", full-width ones "＃", other numerals "#". */
export function markerForm(d: Duty): string {
  const marker = d.marker ?? "";
  if (d.number === null || !marker.includes(d.number)) return marker.replace(/\s+/gu, "");
  const digits = d.number.replace(/[0-9]+/gu, "#").replace(/[０-９]+/gu, "＃");
  const numeral = digits === d.number ? "#" : digits;
  return marker.replace(d.number, numeral).replace(/\s+/gu, "");
}

/** The form with full-width characters folded to half width: what differs between styles, not widths. */
export function styleOfForm(form: string): string {
  return foldText(form, { width: true });
}

export interface DominantForm {
  /** The style most items use (width folded). */
  style: string;
  /** The form, widths included, most items of that style use. */
  form: string;
  /** The first item written in that form: the model for rewriting the others. */
  model: Duty;
}

/** The form most items of a level use; a tie goes to the form seen first. */
export function dominantForm(level: Duty[]): DominantForm {
  const forms = level.map(markerForm);
  const style = mostCommon(forms.map(styleOfForm));
  const form = mostCommon(forms.filter((f) => styleOfForm(f) === style));
  return { style, form, model: level[forms.indexOf(form)]! };
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  let best = values[0]!;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > counts.get(best)!) best = v;
  }
  return best;
}
