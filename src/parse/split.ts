// Reading a long sheet in two parts, one per thread (see ../cli/parse-split.ts).
//
// A line that opens a part (第三篇 …, 第二章 …) starts a section afresh: the
// builder closes the role before it and forgets its lists and department.
// What it still carries past such a line is the whole sheet's facts (running
// headers, the wrap width, dotted heads), which the second builder is given,
// and whether the title is settled, which it is once two roles have been
// seen, one of them opened by a heading (a plan's chapters that name no one
// are set aside when posts stand elsewhere in the sheet). So a builder that
// starts at that line with those facts builds the same sections as one that
// read everything before it; the first builder checks the condition when it
// gets there (TreeBuilder.readBefore) and the caller reads on by itself when
// it does not hold.
import { Buffer } from "node:buffer";
import { roleHeading } from "./headings.js";
import { matchMarker } from "./markers.js";
import { lineNoise } from "./noise.js";

/**
 * Where to look for the part heading, as a share of the text: a little past
 * the middle, since the worker, which also has to start, builds more slowly
 * than this thread (timelines of the 50 MB corpus; 0.45 to 0.6 all came within
 * the noise of this two-core machine, 0.55 to 0.6 a little ahead).
 */
const FIRST_SHARE = 0.55;

/** Below this many characters one thread is faster than starting a second. */
export const SPLIT_MIN_CHARS = 4_000_000;

export interface SplitPoint {
  /** Where the second part's first line starts in the text. */
  offset: number;
  /** That line's number. */
  no: number;
}

/**
 * The line nearest the middle of `text` (FIRST_SHARE) that opens a part by its own text
 * alone, wherever it stands: a part marker, not page noise or advertising, and
 * not a subsection that names a role (第一节 销售经理岗位职责, 第一节 车间主任 open one).
 * Null when the text has none (then it is read in one piece).
 */
export function splitPoint(text: string): SplitPoint | null {
  const middle = text.indexOf("\n", Math.floor(text.length * FIRST_SHARE));
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
  return opensPart(text.slice(start, end < 0 ? text.length : end));
}

/** Whether a line (as written) opens a part, whatever stands around it. */
function opensPart(raw: string): boolean {
  const line = raw.trim();
  const marker = matchMarker(line);
  if (marker?.style.kind !== "part" || lineNoise(line) !== null) return false;
  // (Any position's name: "第一节 车间主任" opens that position's role when its list follows.)
  const rh = marker.style.id === "section" ? roleHeading(line.slice(marker.length)) : null;
  return !rh?.name;
}

// 第 in UTF-8, and the ideographic space.
const DI = [0xe7, 0xac, 0xac];
const IDEOGRAPHIC_SPACE = [0xe3, 0x80, 0x80];

/**
 * splitPoint() for the bytes of valid UTF-8 text, so that each thread can
 * decode its own part: `offset` counts bytes.
 */
export function splitPointInBytes(bytes: Uint8Array): SplitPoint | null {
  const at = (from: number, step: 1 | -1): number => {
    for (let nl = step > 0 ? bytes.indexOf(0x0a, from) : bytes.lastIndexOf(0x0a, from); nl >= 0 && nl < bytes.length - 1; nl = step > 0 ? bytes.indexOf(0x0a, nl + 1) : nl > 0 ? bytes.lastIndexOf(0x0a, nl - 1) : -1) {
      if (opensPartAtByte(bytes, nl + 1)) return nl + 1;
    }
    return -1;
  };
  const middle = Math.floor(bytes.length * FIRST_SHARE);
  let offset = at(middle, 1);
  if (offset < 0 && middle > 0) offset = at(middle - 1, -1);
  if (offset < 0) return null;
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) count++;
  for (let i = bytes.indexOf(0x0d); i >= 0 && i < offset; i = bytes.indexOf(0x0d, i + 1)) if (bytes[i + 1] !== 0x0a) count++;
  return { offset, no: count + 1 };
}

function opensPartAtByte(bytes: Uint8Array, start: number): boolean {
  let i = start;
  for (;;) {
    if (bytes[i] === 0x20 || bytes[i] === 0x09) i++;
    else if (IDEOGRAPHIC_SPACE.every((b, k) => bytes[i + k] === b)) i += 3;
    else break;
  }
  if (!DI.every((b, k) => bytes[i + k] === b)) return false;
  const end = bytes.indexOf(0x0a, i);
  return opensPart(Buffer.from(bytes.buffer, bytes.byteOffset + start, (end < 0 ? bytes.length : end) - start).toString("utf8"));
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
