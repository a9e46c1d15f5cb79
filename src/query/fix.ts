// --fix: the marker edits that renumber broken lists and even out mixed marker
// styles, and their application to the text. Only marker characters change;
// a list whose markers cannot all be found or written is left as it is.
import type { Diagnostic, Document, Duty } from "../model/document.js";
import { matchMarker, STYLE_BY_ID } from "../parse/markers.js";
import { dutyLists, levels } from "./lists.js";
import { dominantForm } from "./marker-forms.js";
import { numberingGap } from "./rules/D001-numbering-gap.js";
import { repeatedNumber } from "./rules/D002-repeated-number.js";
import { numberingRestart } from "./rules/D003-numbering-restart.js";
import { mixedMarkerStyle } from "./rules/D004-mixed-marker-style.js";
import { mixedWidth } from "./rules/D005-mixed-width.js";
import { ruleKey } from "./rules/rule.js";

/** One marker to rewrite; `column` is 1-based in the line as written (white space included). */
export interface MarkerEdit {
  line: number;
  column: number;
  oldMarker: string;
  newMarker: string;
}

const RENUMBERING = new Set([numberingGap, repeatedNumber, numberingRestart].map(ruleKey));
const RESTYLING = new Set([mixedMarkerStyle, mixedWidth].map(ruleKey));

/**
 * The edits that repair what `diagnostics` report: a level with a numbering
 * problem is renumbered from its first number, and a marker reported for its
 * style is rewritten in the style most of its level uses. Rules that are off
 * report nothing, so they fix nothing.
 */
export function planFixes(doc: Document, text: string, diagnostics: Diagnostic[]): MarkerEdit[] {
  const reported = (rules: Set<string>) => new Set(diagnostics.filter((d) => rules.has(d.rule)).map((d) => `${d.line}:${d.column}`));
  const renumberAt = reported(RENUMBERING);
  const restyleAt = reported(RESTYLING);
  const lines = text.split(/\r\n|\r|\n/u);
  const edits: MarkerEdit[] = [];
  for (const { duties } of dutyLists(doc)) {
    for (const level of levels(duties)) {
      const at = (d: Duty) => `${d.line}:${d.column}`;
      const renumber = level.some((d) => renumberAt.has(at(d)));
      if (!renumber && !level.some((d) => restyleAt.has(at(d)))) continue;
      const { model } = dominantForm(level);
      const planned = level.map((d, i) => {
        const ordinal = renumber ? level[0]!.ordinal! + i : d.ordinal;
        return locate(d, writeMarker(restyleAt.has(at(d)) ? model : d, ordinal), ordinal, lines);
      });
      // (One by one, not push(...planned): a list of 200,000 items to restyle overflowed the stack.)
      if (planned.every((e) => e !== null)) for (const e of planned) if (e.oldMarker !== e.newMarker) edits.push(e);
    }
  }
  return edits;
}

/** Applies marker edits to the text they were planned on. */
export function applyEdits(text: string, edits: MarkerEdit[]): string {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/gu)) starts.push(m.index + m[0].length);
  const byOffset = edits
    .map((e) => ({ ...e, offset: starts[e.line - 1]! + e.column - 1 }))
    .sort((a, b) => a.offset - b.offset);
  // Pieces joined once: splicing a long text edit by edit would copy it every time.
  const pieces: string[] = [];
  let at = 0;
  for (const e of byOffset) {
    if (e.offset < at || text.slice(e.offset, e.offset + e.oldMarker.length) !== e.oldMarker) {
      throw new Error(`no marker "${e.oldMarker}" at ${e.line}:${e.column}`);
    }
    pieces.push(text.slice(at, e.offset), e.newMarker);
    at = e.offset + e.oldMarker.length;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/** The text with every fixable problem of `diagnostics` repaired, and the edits that did it. */
export function fixText(doc: Document, text: string, diagnostics: Diagnostic[]): { output: string; edits: MarkerEdit[] } {
  const edits = planFixes(doc, text, diagnostics);
  return { output: edits.length ? applyEdits(text, edits) : text, edits };
}

/** The tree without its numbers: what a fix must leave exactly as it was. */
export function treeOutline(doc: Document): string {
  const duty = (d: Duty): unknown => [d.line, d.style, d.text, d.children.map(duty)];
  return JSON.stringify(doc.sections.map((s) => [s.title, s.roles.map((r) =>
    [r.heading, r.line, r.summary, r.duties.map(duty), r.blocks.map((b) => [b.title, b.items.map(duty)])])]));
}

/**
 * The marker for `ordinal` written like `model`: the catalogue's style writes
 * the numeral, and the model's brackets, separator, width and case dress it.
 * Null when the style cannot write that number (⑳ is the last circled one).
 */
export function writeMarker(model: Duty, ordinal: number | null): string | null {
  const style = model.style === null ? undefined : STYLE_BY_ID.get(model.style);
  if (!style || model.marker === null) return null;
  if (model.number === null || ordinal === null) return model.marker; // a bullet
  const numeral = style.id === "dotted"
    ? model.number.replace(/(?<![0-9０-９])[0-9０-９]+$/u, style.format(ordinal)) // the last component is the item's own number (tried from the start of a run of digits only, which keeps it linear)
    : matchMarker(style.format(ordinal), [style])?.number;
  if (!numeral || !model.marker.includes(model.number)) return null;
  return model.marker.replace(model.number, dress(numeral, model.number));
}

/** Gives a numeral the width and letter case of the one it replaces. */
function dress(numeral: string, like: string): string {
  let out = numeral;
  if (/[０-９]/u.test(like)) out = out.replace(/[0-9]/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
  if (/\p{Lu}/u.test(like) && !/\p{Ll}/u.test(like)) out = out.toUpperCase();
  else if (/\p{Ll}/u.test(like) && !/\p{Lu}/u.test(like)) out = out.toLowerCase();
  return out;
}

/**
 * Finds a duty's marker in its line as written and checks that the new
 * marker reads back, in that place, as the intended number of the same style.
 */
function locate(d: Duty, newMarker: string | null, ordinal: number | null, lines: string[]): MarkerEdit | null {
  const raw = lines[d.line - 1];
  if (newMarker === null || raw === undefined || d.marker === null) return null;
  const index = d.column - 1;
  if (!raw.startsWith(d.marker, index)) return null;
  const style = STYLE_BY_ID.get(d.style!)!;
  const reread = matchMarker(newMarker + raw.slice(index + d.marker.length), [style]);
  if (!reread || reread.marker !== newMarker || reread.ordinal !== ordinal) return null;
  return { line: d.line, column: index + 1, oldMarker: d.marker, newMarker };
}
