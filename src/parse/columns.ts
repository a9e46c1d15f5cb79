// Two columns of text that a PDF's text copy ran together, line by line: "三、收货员          四、理货员",
// "1）按ASN预约单安排车辆到月台卸货，核          1）负责货物的上架、移库和补货作业，严". Where a run of lines
// holds a second column at one place, its lines are read column by column, the left column first, as a
// reader reads the page; each piece keeps the number of the line it stands on.
import { type SourceLine } from "./lines.js";
import { matchMarker } from "./markers.js";
import { lineNoise } from "./noise.js";
import { charWidth } from "./row-tables.js";

/** The fewest lines with text in both columns that make a run. */
const MIN_PAIRS = 3;
/** The narrowest left column read as one (a form's "岗位名称：出纳    岗位编号：KF-01" is narrower). */
const MIN_AT = 24;

/** The lines with every run of two columns read column by column; the lines themselves when there is none. */
export function splitColumns(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const run = lines[i]!.text.includes("    ") || lines[i]!.text.includes("\u3000\u3000") ? columnRun(lines, i) : null;
    if (!run?.columns) {
      // (The lines a failed run looked at are passed on as they are: each line is looked at once or twice, not once
      // for every line before it in a long stretch of such lines.)
      const end = run ? Math.max(run.end, i + 1) : i + 1;
      for (let k = i; k < end; k++) out?.push(lines[k]!);
      i = end - 1;
      continue;
    }
    out ??= lines.slice(0, i);
    const right: SourceLine[] = [];
    for (let k = i; k < run.end; k++) {
      const l = lines[k]!;
      const gap = gapAt(l, run.at);
      if (!gap) {
        out.push(l);
        continue;
      }
      const left = l.text.slice(0, gap.from).trimEnd();
      const other = l.text.slice(gap.to);
      out.push({ no: l.no, text: left, marker: matchMarker(left), indent: l.indent });
      right.push({ no: l.no, text: other, marker: matchMarker(other), indent: 0 });
    }
    for (const r of right) out.push(r);
    i = run.end - 1;
  }
  return out ?? lines;
}

/** Where a line's text has a gap of white space (two or more) that ends at display column `at` (give or take one). */
function gapAt(l: SourceLine, at: number): { from: number; to: number } | null {
  const text = l.text;
  let width = l.indent ?? 0;
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 0x20 || c === 0x3000 || c === 0x09;
    if (space) {
      if (from < 0) from = i;
    } else {
      if (from >= 0 && i - from >= 2 && Math.abs(width - at) <= 1) return { from, to: i };
      if (width > at + 1) return null;
      from = -1;
    }
    width += c === 0x09 ? 4 : charWidth(c);
  }
  return null;
}

/** The display width of `text` after `indent` columns. */
function widthOf(text: string, indent: number): number {
  let width = indent;
  for (let i = 0; i < text.length; i++) width += charWidth(text.charCodeAt(i));
  return width;
}

/**
 * A run of two columns from line `start` (`columns`), its second column's display column and the index after its
 * last line (or after the lines looked at, when they make no run); null when line `start` has no second column. Its lines hold text in both columns, or in the left one only, up to a blank line;
 * the left column is filled to half its width or more on most of them, as a column of prose is (a table's short cells
 * are not).
 */
function columnRun(lines: readonly SourceLine[], start: number): { columns: boolean; at: number; end: number } | null {
  const first = lines[start]!;
  const at = secondColumn(first);
  if (at < MIN_AT) return null;
  let pairs = 0;
  let filled = 0;
  let k = start;
  for (; k < lines.length && lines[k]!.text; k++) {
    const l = lines[k]!;
    // (A page's columns end with the page: its number, "- 2 -", under them.)
    if ((l.noise ?? lineNoise(l.text)) === "page-noise") break;
    const gap = gapAt(l, at);
    // (A table laid out with spaces has more cells than two on a row: "1     船长       刘德顺    1.全面…".)
    if (gap && wideGaps(l.text) > 1) return { columns: false, at, end: k + 1 };
    if (gap) {
      pairs++;
      if (widthOf(l.text.slice(0, gap.from), l.indent ?? 0) * 2 >= at) filled++;
    } else if (widthOf(l.text, l.indent ?? 0) > at - 1) break;
  }
  return { columns: pairs >= MIN_PAIRS && filled * 2 >= pairs, at, end: k };
}

/** The display column where a line's last wide gap (four spaces or more) ends, when text follows it; -1 for none. */
function secondColumn(l: SourceLine): number {
  const text = l.text;
  let width = l.indent ?? 0;
  let spaces = 0;
  let found = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) spaces++;
    else if (c === 0x3000) spaces += 2;
    else {
      if (spaces >= 4) found = width;
      spaces = 0;
    }
    width += charWidth(c);
  }
  return found;
}

/** How many runs of two spaces or more (or an ideographic space or a tab) a line's text holds between its words. */
function wideGaps(text: string): number {
  let n = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) run++;
    else if (c === 0x3000 || c === 0x09) run += 2;
    else {
      if (run >= 2) n++;
      run = 0;
    }
  }
  return n;
}
