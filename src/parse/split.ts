// Reading a long sheet in two parts, one per thread (see ../cli/parse-split.ts).
//
// A line that opens a part (第三篇 …, 第二章 …) starts a section afresh: the
// builder closes the role before it and forgets its lists and department.
// What it still carries past such a line is the whole sheet's facts (running
// headers, the wrap width, dotted heads), which the second builder is given,
// and whether the title is settled, which it is once two roles have been
// seen. So a builder that starts at that line with those facts builds the
// same sections as one that read everything before it; the first builder
// checks the condition when it gets there (TreeBuilder.readBefore) and the
// caller reads on by itself when it does not hold.
import { roleHeading } from "./headings.js";
import { matchMarker } from "./markers.js";
import { isAdvertising, isPageMarker, isStray } from "./noise.js";

/** Below this many characters one thread is faster than starting a second. */
export const SPLIT_MIN_CHARS = 4_000_000;

export interface SplitPoint {
  /** Where the second part's first line starts in the text. */
  offset: number;
  /** That line's number. */
  no: number;
}

/**
 * The line nearest the middle of `text` that opens a part by its own text
 * alone, wherever it stands: a part marker, not page noise or advertising, and
 * not a subsection that names a role (第一节 销售经理岗位职责 opens a role).
 * Null when the text has none (then it is read in one piece).
 */
export function splitPoint(text: string): SplitPoint | null {
  const middle = text.indexOf("\n", text.length >> 1);
  if (middle < 0) return null;
  let offset = -1;
  for (let at = middle; at >= 0 && at < text.length - 1; at = text.indexOf("\n", at + 1)) {
    if (opensPartAt(text, at + 1)) {
      offset = at + 1;
      break;
    }
  }
  if (offset < 0) {
    for (let at = text.lastIndexOf("\n", middle - 1); at > 0; at = text.lastIndexOf("\n", at - 1)) {
      if (opensPartAt(text, at + 1)) {
        offset = at + 1;
        break;
      }
    }
  }
  return offset < 0 ? null : { offset, no: linesBefore(text, offset) + 1 };
}

/** Whether the line that starts at `start` opens a part. */
function opensPartAt(text: string, start: number): boolean {
  let i = start;
  // Cheap test first: after its indent, such a line starts with 第.
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\u3000")) i++;
  if (text[i] !== "第") return false;
  const end = text.indexOf("\n", i);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  const marker = matchMarker(line);
  if (marker?.style.kind !== "part" || isPageMarker(line) || isAdvertising(line) || isStray(line)) return false;
  const rh = marker.style.id === "section" ? roleHeading(line.slice(marker.length)) : null;
  return !(rh?.explicit && rh.name);
}

/** How many lines end before `offset` (which follows a line end), counting CRLF, CR and LF as splitLines does. */
function linesBefore(text: string, offset: number): number {
  let count = 0;
  if (!text.includes("\r")) {
    for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) count++;
    return count;
  }
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) count++;
  }
  return count;
}
