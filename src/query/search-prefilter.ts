// Rules out files and items that cannot match before the costly steps (decoding
// and parsing a file, folding an item's text) by looking for the literal runs
// every match must contain, in every spelling folding would accept: in a
// file's raw bytes (as UTF-8, GB18030 and Big5 in turn; UTF-16 with a
// byte-order mark as text), or in an item's text as written. Each unit's
// regular expressions run only on files that hold, somewhere, every character
// of every run in some spelling: a few native byte searches rule out most files.
import { Buffer, isUtf8 } from "node:buffer";
import { SURE_UTF8_BYTES } from "../text/decode.js";
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

/** Two quotes in a row: as ASCII bytes (UTF-8, GB18030, Big5) and as UTF-16 in either byte order. */
const DOUBLED_QUOTES = [Buffer.from('""'), Buffer.from('""', "utf16le"), Buffer.from([0, 0x22, 0, 0x22])];

const VALID_UTF8_UNITS: Unit[] = ["utf-8", "gb18030", "big5"];
const OTHER_UNITS: Unit[] = ["utf-8", "gb18030+4", "big5"];
/** Valid UTF-8 that decode() reads as UTF-8 whatever it holds (a UTF-8 byte-order mark, or more than a few KB). */
const SURE_UTF8_UNITS: Unit[] = ["utf-8"];

/**
 * One run's tests in one unit. A wrapped line may break the run: then a line
 * ends with one of its prefixes and a later line starts with the rest (lines
 * of page noise may come between), or with a start of the rest that another
 * break cuts. One scan finds the run's first character followed by the rest
 * of the run or by a prefix and a line end; only the breaks it finds are then
 * checked.
 */
interface UnitTests {
  present: Presence;
  scan: RegExp;
  whole: RegExp;
  /** starts[k - 1]: a line that starts with what follows a prefix of k characters. */
  starts: RegExp[];
}

/**
 * The characters of a run that must stand in a file wherever a match is,
 * broken by line ends or not, each with the forms it may take in one unit.
 * White space is left out: the parser puts a space between two Latin words
 * where it joins wrapped lines. So is a character with four-byte GB18030
 * codes, which a plain search cannot look for.
 */
interface Presence {
  chars: Form[][];
  /** The order to try them in: the one that last ruled a file out first, since it is likely to do so again. */
  order: number[];
}

/** A form as written in a unit; `lead`, when not -1, is a byte that comes before `needle` (searched without it: UTF-8 lead bytes are everywhere in CJK text). */
interface Form {
  needle: Buffer | string;
  lead: number;
}

interface Run {
  spellings: string[][];
  item: RegExp;
}

interface Alternative {
  runs: Run[];
  /** Each run's tests in a unit, compiled when a file is first looked at in it. */
  units: Partial<Record<Unit, UnitTests[]>>;
}

/**
 * `required` lists, for each alternative of the patterns, the literal runs
 * (as written) that a match of it must contain; an input passes when, for
 * some alternative, every run may be there.
 */
export function compilePrefilter(required: string[][], options: SpellingOptions): Prefilter {
  const alternatives: Alternative[] = required.map((runs) => ({
    runs: runs.map((run) => {
      const spellings = [...run].map((c) => spellingsOf(c, options));
      return { spellings, item: new RegExp(spellings.map((s) => unitPattern(s, "text")).join(""), "u") };
    }),
    units: {},
  }));
  /** `data`: the text (unit "text") or the bytes (the other units), which the regular expressions see through latin1. */
  const holds = (units: Unit[], data: Buffer | string) => {
    let latin1: string | null = null;
    for (const unit of units) {
      for (const alternative of alternatives) {
        const tests = (alternative.units[unit] ??= alternative.runs.map((run) => compileUnit(run.spellings, unit)));
        if (!tests.every((t) => present(t.present, data))) continue;
        const text = typeof data === "string" ? data : (latin1 ??= data.toString("latin1"));
        if (tests.every((t) => runHolds(t, text))) return true;
      }
    }
    return false;
  };
  return {
    bytes(data, encoding) {
      const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      // A CSV record doubles a quote inside a quoted cell, which the parser undoes (../parse/row-tables.ts): such
      // text does not stand in the bytes as written.
      if (DOUBLED_QUOTES.some((q) => buffer.includes(q))) return true;
      if (encoding !== undefined) return /^(?:utf-?16|ucs-?2)/iu.test(encoding) || holds(OTHER_UNITS, buffer);
      const utf16 = utf16Text(buffer);
      if (utf16 !== null) return holds(["text"], utf16);
      if (buffer.indexOf(0) >= 0) return true; // UTF-16 without a byte-order mark, or binary: the decoder decides
      if (!isUtf8(buffer)) return holds(OTHER_UNITS, buffer);
      return holds(buffer.length > SURE_UTF8_BYTES || hasUtf8Bom(buffer) ? SURE_UTF8_UNITS : VALID_UTF8_UNITS, buffer);
    },
    item(text) {
      return alternatives.some(({ runs }) => runs.every((run) => run.item.test(text)));
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

const hasUtf8Bom = (buffer: Buffer) => buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;

/** Whether every character of `p` stands in `data` in one of its forms. */
function present(p: Presence, data: Buffer | string): boolean {
  const { chars, order } = p;
  for (let j = 0; j < order.length; j++) {
    const k = order[j]!;
    if (!chars[k]!.some((form) => contains(data, form))) {
      if (j > 0) order.unshift(...order.splice(j, 1));
      return false;
    }
  }
  return true;
}

function contains(data: Buffer | string, { needle, lead }: Form): boolean {
  if (typeof data === "string") return data.indexOf(needle as string) >= 0;
  if (lead < 0) return data.indexOf(needle) >= 0;
  for (let at = data.indexOf(needle, 1); at > 0; at = data.indexOf(needle, at + 1)) if (data[at - 1] === lead) return true;
  return false;
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
  const chars = spellings.filter((s) => !s.some((ch) => TRIMMED.includes(ch) || ch === "\n" || ch === "\r")).map((s) => unitForms(s, unit)).filter((forms) => forms !== null);
  const present = { chars, order: chars.map((forms, k) => ({ k, n: forms.length })).sort((a, b) => a.n - b.n || a.k - b.k).map(({ k }) => k) };
  const blank = unitPattern(TRIMMED, unit);
  const space = `${blank}*`;
  // A CR that the white space after an earlier line end runs on through is not tried again (the lookbehind): tried at
  // each CR of a long run of them, the test took time with the square. Any match from it is a match from the earlier one.
  const lineEnd = `(?:\\n|(?<![\\r\\n]${blank}*?)\\r)`;
  return {
    present,
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
  const sequences = byteForms(chars, unit).map((s) => (s === FOUR_BYTE ? "[\\x81-\\xfe][\\x30-\\x39][\\x81-\\xfe][\\x30-\\x39]" : hex(s)));
  return sequences.length ? `(?:${sequences.join("|")})` : "(?!)";
}

/** The forms of any of `chars` in `unit`, for a plain search; null when one of them may take a four-byte GB18030 code. */
function unitForms(chars: string[], unit: Unit): Form[] | null {
  if (unit === "text") return chars.map((ch) => ({ needle: ch, lead: -1 }));
  const forms: Form[] = [];
  for (const s of byteForms(chars, unit)) {
    if (s === FOUR_BYTE) return null;
    forms.push(s.length >= 3 ? { needle: Buffer.from(s.slice(1)), lead: s[0]! } : { needle: Buffer.from(s), lead: -1 });
  }
  return forms;
}

/** Any four-byte GB18030 code (in "gb18030+4"), for a character that has no shorter one. */
const FOUR_BYTE = null;

/** The byte sequences that write any of `chars` in a byte unit, each once, in order. */
function byteForms(chars: string[], unit: Exclude<Unit, "text">): (number[] | typeof FOUR_BYTE)[] {
  const sequences = new Map<string, number[] | typeof FOUR_BYTE>();
  for (const ch of chars) {
    if (unit === "utf-8") {
      const s = [...Buffer.from(ch, "utf8")];
      sequences.set(hex(s), s);
    } else {
      const found = legacyBytes(ch, unit === "big5" ? "big5" : "gb18030");
      if (found !== "four-byte") for (const s of found) sequences.set(hex(s), s);
      else if (unit === "gb18030+4") sequences.set("four-byte", FOUR_BYTE);
    }
  }
  return [...sequences.values()];
}

const hex = (bytes: Iterable<number>) => [...bytes].map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");
