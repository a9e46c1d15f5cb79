// Matching keys for diff: text folded (script, width, case), white space
// dropped and punctuation trimmed from both ends, so that 銷售計劃； and
// 销售计划。 are the same duty.
import { foldText, scriptFoldingLoaded } from "../../text/fold.js";

export interface Keys {
  /** The matching key of a text, folded one character at a time. */
  key(text: string): string;
  /**
   * The key with phrase-aware script folding (計畫 → 计划, not 计画): a
   * hundred times slower, so only for what the fast key leaves unmatched.
   */
  phraseKey(text: string): string;
  /** Whether two characters fold to the same one (a comparator for the inline diff). */
  sameChar(a: string, b: string): boolean;
}

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
  // Punctuation and symbols, trimmed from both ends of a key: 1 yes, 0 no, -1 not looked up yet.
  const edge = new Int8Array(0x10000).fill(-1);
  const isEdge = (code: number) => (edge[code] === -1 ? (edge[code] = EDGE_CHAR.test(String.fromCharCode(code)) ? 1 : 0) : edge[code]) === 1;
  let units = new Uint16Array(256);
  const keys: Keys = {
    phraseKey: (text) => keys.key(options.script ? foldText(text, { script: true }) : text),
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
        if (folded === code) units[n++] = code;
        else {
          same = false;
          if (folded !== DROP) units[n++] = folded;
        }
      }
      let start = 0;
      let end = n;
      while (start < end && isEdge(units[start]!)) start++;
      while (end > start && isEdge(units[end - 1]!)) end--;
      return same && start === 0 && end === text.length ? text : fromUnits(units, start, end);
    },
    sameChar(a, b) {
      if (a === b) return true;
      const fa = a.length === 1 ? String.fromCharCode(Math.max(foldCode(a.charCodeAt(0)), 0)) : foldAstral(a);
      const fb = b.length === 1 ? String.fromCharCode(Math.max(foldCode(b.charCodeAt(0)), 0)) : foldAstral(b);
      return fa === fb;
    },
  };
  return keys;
}

/** A string from code units start…end, in chunks that an argument list can take (apply, not spread: ten times faster). */
function fromUnits(units: Uint16Array, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  return out;
}
