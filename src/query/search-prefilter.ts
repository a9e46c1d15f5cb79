// Rules out files and items that cannot match before the costly steps (decoding
// and parsing a file, folding an item's text) by looking for the literal runs
// every match must contain, in every spelling folding would accept: in a
// file's raw bytes (UTF-8, GB18030 and Big5 at once; UTF-16 with a byte-order
// mark as text), or in an item's text as written.
import { Buffer, isUtf8 } from "node:buffer";
import { legacyBytes } from "../text/legacy-bytes.js";
import { spellingsOf, type SpellingOptions } from "../text/spellings.js";

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
 * How a file is looked at: the bytes of valid UTF-8 (which may still be read
 * as GB18030 or Big5), other bytes, or text decoded from UTF-16.
 */
type View = "utf8" | "legacy" | "text";

/**
 * One run's tests for one view. A wrapped line may break the run: then a line
 * ends with one of its prefixes and a later line starts with the character
 * after that prefix (lines of page noise may come between). One scan finds the
 * run's first character followed by the rest of the run or by a prefix and a
 * line end; only the breaks it finds are then checked.
 */
interface ViewTests {
  scan: RegExp;
  whole: RegExp;
  /** starts[k - 1]: a line starting with the character after a prefix of k characters. */
  starts: RegExp[];
}

interface Run {
  spellings: string[][];
  item: RegExp;
  views: Partial<Record<View, ViewTests>>;
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
      return { spellings, item: new RegExp(spellings.map((s) => unitPattern(s, "text")).join(""), "u"), views: {} };
    }),
  );
  const holds = (view: View, data: string) =>
    alternatives.some((runs) => runs.every((run) => runHolds((run.views[view] ??= compileView(run.spellings, view)), data)));
  return {
    bytes(data, encoding) {
      const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      if (encoding !== undefined) return /^(?:utf-?16|ucs-?2)/iu.test(encoding) || holds("legacy", buffer.toString("latin1"));
      const utf16 = utf16Text(buffer);
      if (utf16 !== null) return holds("text", utf16);
      if (buffer.indexOf(0) >= 0) return true; // UTF-16 without a byte-order mark, or binary: the decoder decides
      return holds(isUtf8(buffer) ? "utf8" : "legacy", buffer.toString("latin1"));
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

function runHolds(tests: ViewTests, data: string): boolean {
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

function compileView(spellings: string[][], view: View): ViewTests {
  const flags = view === "text" ? "u" : "";
  const c = spellings.map((s) => unitPattern(s, view));
  const lineEnd = `(?:${unitPattern(TRIMMED, view)})*[\\r\\n]`;
  // C1 followed by the rest of the run, or by a proper prefix's next characters (each captured) and a line end.
  const prefix = c.slice(1, -1).reduceRight((tail, x) => `(?:(${x})${tail})?`, "");
  return {
    scan: new RegExp(c.length > 1 ? `${c[0]}(?:(${c.slice(1).join("")})|${prefix}${lineEnd})` : c[0]!, `${flags}g`),
    whole: new RegExp(c.join(""), flags),
    starts: c.slice(1).map((next) => new RegExp(`[\\r\\n](?:${unitPattern(TRIMMED, view)})*${next}`, flags)),
  };
}

/**
 * Any of `chars`, as a pattern over text, or over a latin1 view of bytes in
 * UTF-8, GB18030 or Big5. A GB18030 character without a two-byte code has a
 * four-byte one: any such sequence stands in for it in the "legacy" view.
 * Valid UTF-8 never holds one (a lead byte is never followed by a digit), so
 * the "utf8" view leaves it out, which makes its scans much faster.
 */
function unitPattern(chars: string[], view: View): string {
  if (view === "text") return `[${chars.map(escapeInClass).join("")}]`;
  const sequences = new Set<string>();
  let fourByte = false;
  for (const ch of chars) {
    sequences.add(hex(Buffer.from(ch, "utf8")));
    for (const encoding of ["gb18030", "big5"] as const) {
      const found = legacyBytes(ch, encoding);
      if (found === "four-byte") fourByte = true;
      else for (const s of found) sequences.add(hex(s));
    }
  }
  if (fourByte && view === "legacy") sequences.add("[\\x81-\\xfe][\\x30-\\x39][\\x81-\\xfe][\\x30-\\x39]");
  return `(?:${[...sequences].join("|")})`;
}

const hex = (bytes: Iterable<number>) => [...bytes].map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");

const escapeInClass = (ch: string) => (/[\\\]\[\-^]/u.test(ch) ? `\\${ch}` : ch);
