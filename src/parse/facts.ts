// What the tree builder needs to know about the whole sheet before it places
// a line: the running headers (short lines repeated on every page), the width
// of a hard-wrapped copy and the heads of dotted numbers. Each is gathered
// from a run of lines as partial facts that add up, so that two threads can
// each gather their part of a long sheet (see ./split.ts) and get the same
// facts as one thread that read it all.
import { isSpace } from "../text/space.js";
import { blockHeading, formFields, roleHeading } from "./headings.js";
import type { SourceLine } from "./lines.js";
import { lineNoise } from "./noise.js";

export interface SheetFacts {
  headers: string[];
  wrapWidth: number | null;
  dottedHeads: number[];
}

/** The facts of a run of lines, to be added to those of the other runs (see STATS). */
export interface PartialFacts {
  /** Running-header candidates: short unnumbered lines without closing punctuation. */
  texts: string[];
  /**
   * For each candidate, STATS numbers: how often it occurs, its first and last
   * line, the smallest gap between two occurrences, how many occurrences
   * break a sentence (after an unfinished line, before an unnumbered one),
   * and how many stand next to a page number.
   */
  stats: number[];
  /** The line number of the run's first line that is not blank or noise by its own text (null when it has none). */
  firstContent: number | null;
  /** How many lines of 12 units or more have each length, among the lines that are not noise by their own text. */
  widths: Map<number, number>;
  dottedHeads: number[];
}

const NO_GAP = 0x7fffffff;
const STATS = 6;
// A line that ends so is finished: a running header after it does not break a sentence.
const FINISHED = "。；;！!？?…：:";
// A line ending in one of these is a sentence or a label, never a running header.
const CLOSING_PUNCTUATION = "。；;，,：:";

/** A line's length with each run of white space counted as one ("汇编　　　　　　　WZY-RL-2024-007": a header spread across the page). */
function squeezedLength(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) if (!(isSpace(t.charCodeAt(i)) && i > 0 && isSpace(t.charCodeAt(i - 1)))) n++;
  return n;
}

/** Why a line is noise by its own text (a running header needs the other lines): as the lexer worked it out, or now. */
export function ownNoise(l: SourceLine): ReturnType<typeof lineNoise> {
  return l.noise !== undefined ? l.noise : lineNoise(l.text);
}

export function partialFacts(lines: readonly SourceLine[]): PartialFacts {
  const index = new Map<string, number>();
  const texts: string[] = [];
  const stats: number[] = [];
  const widths = new Map<number, number>();
  const dotted = new Set<number>();
  let firstContent: number | null = null;
  // The neighbourhood of the last candidate seen, settled at the next content line: its stats, whether a page
  // number stood next to it, whether the content line before it was unfinished.
  let open = -1;
  let nearPage = false;
  let afterUnfinished = false;
  let lastContent = "";
  let lastWasPage = false;
  for (const l of lines) {
    const t = headerKey(l.text);
    if (!t) continue;
    const own = ownNoise(l);
    if (own === "page-noise") {
      if (open >= 0) nearPage = true;
      lastWasPage = true;
      continue;
    }
    if (open >= 0) {
      if (nearPage) stats[open + 5]!++;
      if (afterUnfinished && !l.marker) stats[open + 4]!++;
      open = -1;
    }
    if (!l.marker && t.length >= 2 && (t.length <= 40 || (t.length <= 120 && squeezedLength(t) <= 40)) && !CLOSING_PUNCTUATION.includes(t[t.length - 1]!)) {
      const k = index.get(t);
      let s: number;
      if (k === undefined) {
        s = stats.length;
        index.set(t, texts.length);
        texts.push(t);
        stats.push(1, l.no, l.no, NO_GAP, 0, 0);
      } else {
        s = STATS * k;
        stats[s] = stats[s]! + 1;
        stats[s + 3] = Math.min(stats[s + 3]!, l.no - stats[s + 2]!);
        stats[s + 2] = l.no;
      }
      open = s;
      nearPage = lastWasPage;
      afterUnfinished = lastContent.length >= 12 && !FINISHED.includes(lastContent[lastContent.length - 1]!);
    } else lastContent = t;
    lastWasPage = false;
    if (firstContent === null && own === null) firstContent = l.no;
    if (t.length < 12 && !l.marker?.path) continue;
    if (own !== null) continue;
    if (t.length >= 12) widths.set(t.length, (widths.get(t.length) ?? 0) + 1);
    if (l.marker?.path) dotted.add(l.marker.path[0]!);
  }
  if (open >= 0 && nearPage) stats[open + 5]!++;
  return { texts, stats, widths, dottedHeads: [...dotted], firstContent };
}

/** A controlled document's code before the header's words: "HR-ZD-012    生产系统岗位职责". */
// The fields of a controlled document's header: its name, number, edition, date in force.
const DOC_CONTROL = /^(?:文件名称|文件名稱|文件编号|文件編號|版\s*次|版\s*本|生效日期)\s*[:：]/u;
const DOC_CODE_FIRST = /^[A-Z]{1,6}[-/][A-Z0-9][A-Z0-9/.-]{2,20}[ \t\u3000]+\S/u;

/**
 * A line as running headers are compared: without the stray mark an OCR copy leaves at its end on some pages
 * ("HR-ZD-012    生产系统岗位职责    |").
 */
export function headerKey(text: string): string {
  if (!STRAY_END.has(text.charCodeAt(text.length - 1))) return text;
  // (From the end, a character at a time: a pattern anchored at the end would try every start in a long run of spaces.)
  let end = text.length;
  while (end > 0 && (STRAY_END.has(text.charCodeAt(end - 1)) || isSpace(text.charCodeAt(end - 1)))) end--;
  return text.slice(0, end);
}
const STRAY_END = new Set([0x7c, 0xff5c, 0x25a0, 0x25a1, 0x7e, 0xff5e]);

/**
 * The facts of the whole sheet from those of its runs, in the order of the
 * runs. A running header is a line seen three times or more, never within
 * three lines of itself (so not a run of list items), that is not one of the
 * sheet's own headings (任职要求：, a role heading).
 */
export function mergeFacts(parts: readonly PartialFacts[]): SheetFacts {
  const merged = new Map<string, number[]>();
  for (const part of parts) {
    part.texts.forEach((t, k) => {
      const [count, first, last, gap, broken, nearPage] = part.stats.slice(STATS * k, STATS * k + STATS) as [number, number, number, number, number, number];
      const before = merged.get(t);
      if (!before) merged.set(t, [count, first, last, gap, broken, nearPage]);
      else {
        before[0] += count;
        before[3] = Math.min(before[3]!, gap, first - before[2]!);
        before[2] = last;
        before[4] += broken;
        before[5] += nearPage;
      }
    });
  }
  const firstContent = parts.find((p) => p.firstContent !== null)?.firstContent ?? null;
  const headers: string[] = [];
  const widths = new Map<number, number>();
  for (const part of parts) for (const [w, c] of part.widths) widths.set(w, (widths.get(w) ?? 0) + c);
  for (const [t, [count, first, , gap, broken, nearPage]] of merged) {
    // Three times, or twice each beside a page number (a header over the pages of a short copy).
    // (Or twice, once beside a page number and breaking a sentence there: "…(2) 餐" / "P.12" / the header / "具擺放標準".)
    if (gap! < 3 || (count! < 3 && !(count === 2 && (nearPage! >= 2 || (nearPage! >= 1 && broken! >= 1))))) continue;
    // Asked last, of the few repeated lines only: whether the line is the sheet's own structure — unless it is
    // the sheet's first line repeated over every page ("工程管理部岗位职责"), seen breaking a sentence.
    // (Nor after the document's code: "HR-ZD-012    生产系统岗位职责" over each page is the header.)
    // (Nor the document's control fields, "文件名称：船员职责与权限    文件编号：DHYY-SMS-02", which read as a form's.)
    // (Or seen beside a page number on two pages or more: "红岭水库管理站岗位说明书" over "第 1 页 共 4 页" on each page.)
    if ((roleHeading(t) || blockHeading(t) || formFields(t)) && !(first === firstContent && (broken! >= 1 || nearPage! >= 2)) && !DOC_CODE_FIRST.test(t) && !DOC_CONTROL.test(t)) continue;
    headers.push(t);
    // A running header is noise, so its lines are no content: take them out of the widths.
    if (t.length >= 12 && lineNoise(t) === null) widths.set(t.length, widths.get(t.length)! - count!);
  }
  const dotted = new Set<number>();
  for (const part of parts) for (const d of part.dottedHeads) dotted.add(d);
  return { headers, wrapWidth: hardWrapWidth(widths), dottedHeads: [...dotted] };
}

/**
 * The width at which a PDF copy cut its lines, when it did: many lines of
 * (nearly) the same, longest length. Null for text with natural line ends.
 * `widths`: how many content lines are n UTF-16 units long (12 or more;
 * units are close enough to tell a fixed width).
 */
function hardWrapWidth(widths: ReadonlyMap<number, number>): number | null {
  let total = 0;
  for (const c of widths.values()) total += c;
  if (total < 8) return null;
  let bestWidth = 0;
  let bestShare = 0;
  for (const [w, c] of widths) {
    if (!c) continue;
    const near = c + (widths.get(w - 1) ?? 0);
    if (near > bestShare || (near === bestShare && w > bestWidth)) {
      bestShare = near;
      bestWidth = w;
    }
  }
  let longer = 0;
  for (const [w, c] of widths) if (w > bestWidth + 1) longer += c;
  return bestShare / total >= 0.35 && longer / total < 0.1 ? bestWidth : null;
}
