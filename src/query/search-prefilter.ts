// Rules out files and items that cannot match before the costly steps (decoding
// and parsing a file, folding an item's text) by looking for the literal runs
// every match must contain, in every spelling folding would accept: in a
// file's raw bytes (as UTF-8, GB18030 and Big5 in turn; UTF-16 with a
// byte-order mark as text), or in an item's text as written.
import { Buffer, isUtf8 } from "node:buffer";
import { legacyBytes } from "../text/legacy-bytes.js";
import { spellingsOf, type SpellingOptions } from "../text/spellings.js";
import { escapeInClass } from "./search-pattern.js";

export interface Prefilter {
  /**
   * False when a file's bytes certainly hold no match; true when they may, or
   * when this cannot tell (UTF-16 without a byte-order mark). `encoding` is
   * the one the user forced, if any.
   */
  bytes(data: Uint8Array, encoding?: string): boolean;
  /** False when an item's text (a duty, a role name, a summary) certainly holds no match. */
  item(text: string): boolean;
}

/**
 * How the characters of a run are written where they are looked for: as text
 * (UTF-16 decoded), or as the bytes of one encoding, seen through latin1. A
 * file is read in one encoding, so a run is looked for in each in turn, which
 * also keeps each pattern a plain sequence of bytes that scans fast.
 * "gb18030" leaves out four-byte codes, which bytes that are valid UTF-8 never
 * hold (a lead byte is never followed by a digit); "gb18030+4" has them.
 */
type Unit = "text" | "utf-8" | "gb18030" | "gb18030+4" | "big5";

const VALID_UTF8_UNITS: Unit[] = ["utf-8", "gb18030", "big5"];
const OTHER_UNITS: Unit[] = ["utf-8", "gb18030+4", "big5"];

/**
 * One run's tests in one unit. A wrapped line may break the run: then a line
 * ends with one of its prefixes and a later line starts with the rest (lines
 * of page noise may come between), or with a start of the rest that another
 * break cuts. One scan finds the run's first character followed by the rest
 * of the run or by a prefix and a line end; only the breaks it finds are then
 * checked.
 */
interface UnitTests {
  scan: RegExp;
  whole: RegExp;
  /** starts[k - 1]: a line that starts with what follows a prefix of k characters. */
  starts: RegExp[];
}

interface Run {
  spellings: string[][];
  item: RegExp;
  units: Partial<Record<Unit, UnitTests>>;
}

/**
 * `required` lists, for each alternative of the patterns, the literal runs
 * (as written) that a match of it must contain; an input passes when, for
 * some alternative, every run may be there.
 */
export function compilePrefilter(required: string[][], options: SpellingOptions): Prefilter {
  const alternatives: Run[][] = required.map((runs) =>
    runs.map((run) => {
      const spellings = [...run].map((c) => spellingsOf(c, options));
      return { spellings, item: new RegExp(spellings.map((s) => unitPattern(s, "text")).join(""), "u"), units: {} };
    }),
  );
  const holds = (units: Unit[], data: string) =>
    units.some((unit) => alternatives.some((runs) => runs.every((run) => runHolds((run.units[unit] ??= compileUnit(run.spellings, unit)), data))));
  return {
    bytes(data, encoding) {
      const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      if (encoding !== undefined) return /^(?:utf-?16|ucs-?2)/iu.test(encoding) || holds(OTHER_UNITS, buffer.toString("latin1"));
      const utf16 = utf16Text(buffer);
      if (utf16 !== null) return holds(["text"], utf16);
      if (buffer.indexOf(0) >= 0) return true; // UTF-16 without a byte-order mark, or binary: the decoder decides
      return holds(isUtf8(buffer) ? VALID_UTF8_UNITS : OTHER_UNITS, buffer.toString("latin1"));
    },
    item(text) {
      return alternatives.some((runs) => runs.every((run) => run.item.test(text)));
    },
  };
}

/** The text of UTF-16 with a byte-order mark, else null. */
function utf16Text(buffer: Buffer): string | null {
  if (buffer.length < 2) return null;
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.toString("utf16le", 2);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return Buffer.from(buffer.subarray(2, buffer.length & ~1)).swap16().toString("utf16le");
  return null;
}

function runHolds(tests: UnitTests, data: string): boolean {
  const breaks = new Set<number>();
  tests.scan.lastIndex = 0;
  for (let m = tests.scan.exec(data); m; m = tests.scan.exec(data)) {
    // No groups: a one-character run. Group 1: the whole run.
    if (m.length === 1 || m[1] !== undefined) return true;
    // Groups 2, 3 …: the second, third … characters of the prefix before the line end.
    let k = 1;
    while (k + 1 < m.length && m[k + 1] !== undefined) k++;
    breaks.add(k);
  }
  if (breaks.size === 0) return false;
  // A prefix's line end found first may hide a whole run inside it only if the run holds spaces; look again.
  return tests.whole.test(data) || [...breaks].some((k) => tests.starts[k - 1]!.test(data));
}

// What the parser trims from both ends of a line (lines.ts: \s, U+3000 and U+FEFF).
const TRIMMED = [..."\t\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];

function compileUnit(spellings: string[][], unit: Unit): UnitTests {
  const flags = unit === "text" ? "u" : "";
  const c = spellings.map((s) => unitPattern(s, unit));
  const blank = unitPattern(TRIMMED, unit);
  const space = `${blank}*`;
  // A CR that the white space after an earlier line end runs on through is not tried again (the lookbehind): tried at
  // each CR of a long run of them, the test took time with the square. Any match from it is a match from the earlier one.
  const lineEnd = `(?:\\n|(?<![\\r\\n]${blank}*?)\\r)`;
  return {
    scan: new RegExp(runOrBrokenStart(c, space, true), `${flags}g`),
    whole: new RegExp(c.join(""), flags),
    starts: c.slice(1).map((_, k) => new RegExp(`${lineEnd}${space}${runOrBrokenStart(c.slice(k + 1), space, false)}`, flags)),
  };
}

/**
 * C1 followed by the rest of the run, or by the next characters of a proper
 * prefix and a line end: C1(?:(C2C3)|(?:(C2))?\s*[\r\n]). With `capture`,
 * group 1 is the rest of the run and groups 2, 3 … the prefix's characters.
 */
function runOrBrokenStart(c: string[], space: string, capture: boolean): string {
  if (c.length === 1) return c[0]!;
  const group = capture ? "(" : "(?:";
  const prefix = c.slice(1, -1).reduceRight((tail, x) => `(?:${group}${x})${tail})?`, "");
  return `${c[0]}(?:${group}${c.slice(1).join("")})|${prefix}${space}[\\r\\n])`;
}

/** Any of `chars` written in `unit`, as a pattern (one that never matches when none of them can be written in it). */
function unitPattern(chars: string[], unit: Unit): string {
  if (unit === "text") return `[${chars.map(escapeInClass).join("")}]`;
  const sequences = new Set<string>();
  for (const ch of chars) {
    if (unit === "utf-8") sequences.add(hex(Buffer.from(ch, "utf8")));
    else {
      const found = legacyBytes(ch, unit === "big5" ? "big5" : "gb18030");
      if (found !== "four-byte") for (const s of found) sequences.add(hex(s));
      else if (unit === "gb18030+4") sequences.add("[\\x81-\\xfe][\\x30-\\x39][\\x81-\\xfe][\\x30-\\x39]");
    }
  }
  return sequences.size ? `(?:${[...sequences].join("|")})` : "(?!)";
}

const hex = (bytes: Iterable<number>) => [...bytes].map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");
