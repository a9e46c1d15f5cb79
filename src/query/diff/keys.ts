// Matching keys for diff: text folded (script, width, case), white space
// dropped and punctuation trimmed from both ends, so that 銷售計劃； and
// 销售计划。 are the same duty.
import { foldText, scriptFoldingLoaded } from "../../text/fold.js";

export interface Keys {
  /** The matching key of a text. */
  key(text: string): string;
  /** Whether two characters fold to the same one (a comparator for the inline diff). */
  sameChar(a: string, b: string): boolean;
}

const EDGE = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const EDGE_CHAR = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/**
 * Folds one character at a time through a table: whole-string folding costs
 * about half a microsecond a character, too much for sheets of tens of
 * thousands of duties, and a sheet uses only a few thousand characters.
 * Folding keeps each character's UTF-16 length, so a BMP character folds to
 * one code unit (or none, for white space).
 */
export function makeKeys(options: { script: boolean }): Keys {
  if (options.script && !scriptFoldingLoaded()) {
    throw new Error("diffDocuments: call `await loadScriptFolding()` first, or pass { foldScript: false }");
  }
  const fold = { script: options.script, width: true, caseless: true };
  const foldOne = (ch: string) => (SPACE.test(ch) ? "" : foldText(ch, fold));
  const UNKNOWN = -2;
  const DROP = -1;
  const bmp = new Int32Array(0x10000).fill(UNKNOWN);
  const foldCode = (code: number): number => {
    let folded = bmp[code]!;
    if (folded === UNKNOWN) {
      const s = foldOne(String.fromCharCode(code));
      bmp[code] = folded = s.length === 1 ? s.charCodeAt(0) : s === "" ? DROP : code;
    }
    return folded;
  };
  const astral = new Map<string, string>();
  const foldAstral = (ch: string): string => {
    let folded = astral.get(ch);
    if (folded === undefined) astral.set(ch, (folded = foldOne(ch)));
    return folded;
  };
  let units = new Uint16Array(256);
  return {
    key(text) {
      if (units.length < text.length) units = new Uint16Array(text.length * 2);
      let n = 0;
      let same = true;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
          const pair = text.slice(i, i + 2);
          const folded = foldAstral(pair);
          for (let k = 0; k < folded.length; k++) units[n++] = folded.charCodeAt(k);
          same &&= folded === pair;
          i++;
          continue;
        }
        const folded = foldCode(code);
        if (folded !== code) same = false;
        if (folded !== DROP) units[n++] = folded;
      }
      let out = same ? text : fromUnits(units, n);
      if (out && (EDGE_CHAR.test(out[0]!) || EDGE_CHAR.test(out[out.length - 1]!))) out = out.replace(EDGE, "");
      return out;
    },
    sameChar(a, b) {
      if (a === b) return true;
      const fa = a.length === 1 ? String.fromCharCode(Math.max(foldCode(a.charCodeAt(0)), 0)) : foldAstral(a);
      const fb = b.length === 1 ? String.fromCharCode(Math.max(foldCode(b.charCodeAt(0)), 0)) : foldAstral(b);
      return fa === fb;
    },
  };
}

/** A string from the first `n` code units, in chunks that an argument list can take (apply, not spread: ten times faster). */
function fromUnits(units: Uint16Array, n: number): string {
  let out = "";
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}
