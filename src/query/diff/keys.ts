// Matching keys for diff: text folded (script, width, case), white space
// dropped and punctuation trimmed from both ends, so that 銷售計劃； and
// 销售计划。 are the same duty.
import { foldText, scriptFoldingLoaded } from "../../text/fold.js";

export interface Keys {
  /** Folds, in one call, the characters of these texts not yet seen, so that key() finds them all in its table. */
  prepare(texts: Iterable<string>): void;
  /** The matching key of a text, folded one character at a time. */
  key(text: string): string;
  /**
   * The keys of texts folded by phrase (計畫 → 计划, not 计画), as OpenCC
   * converts whole texts: much slower, so only for what key() leaves unmatched.
   */
  phraseKeys(texts: string[]): string[];
  /** Whether two characters fold to the same one (a comparator for the inline diff). */
  sameChar(a: string, b: string): boolean;
}

const EDGE_CHAR = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;
/** Between texts folded in one call: a line break is never inside a phrase, and never inside a duty. */
const SEPARATOR = "\n";

/**
 * Folds one character at a time through a table: folding costs about half a
 * microsecond a character and tens of microseconds a call, too much for
 * sheets of tens of thousands of duties, while a sheet uses only a few
 * thousand characters. Folding keeps each character's UTF-16 length, so a
 * BMP character folds to one code unit (or none, for white space).
 */
export function makeKeys(options: { script: boolean }): Keys {
  if (options.script && !scriptFoldingLoaded()) {
    throw new Error("diffDocuments: call `await loadScriptFolding()` first, or pass { foldScript: false }");
  }
  const fold = { script: options.script, width: true, caseless: true };
  const UNKNOWN = -2;
  const DROP = -1;
  const bmp = new Int32Array(0x10000).fill(UNKNOWN);
  const learn = (code: number, folded: string) => {
    bmp[code] = SPACE.test(String.fromCharCode(code)) ? DROP : folded.length === 1 ? folded.charCodeAt(0) : code;
  };
  const foldCode = (code: number): number => {
    if (bmp[code] === UNKNOWN) learn(code, foldText(String.fromCharCode(code), fold));
    return bmp[code]!;
  };
  const astral = new Map<string, string>();
  const foldAstral = (ch: string): string => {
    let folded = astral.get(ch);
    if (folded === undefined) astral.set(ch, (folded = foldText(ch, fold)));
    return folded;
  };
  // Punctuation and symbols, trimmed from both ends of a key: 1 yes, 0 no, -1 not looked up yet.
  const edge = new Int8Array(0x10000).fill(-1);
  const isEdge = (code: number) => (edge[code] === -1 ? (edge[code] = EDGE_CHAR.test(String.fromCharCode(code)) ? 1 : 0) : edge[code]) === 1;
  let units = new Uint16Array(256);
  const keys: Keys = {
    prepare(texts) {
      const fresh: number[] = [];
      for (const text of texts) {
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          if (bmp[code] !== UNKNOWN || (code >= 0xd800 && code <= 0xdfff)) continue;
          bmp[code] = DROP; // seen: learnt below
          fresh.push(code);
        }
      }
      const folded = foldText(fresh.map((code) => String.fromCharCode(code)).join(SEPARATOR), fold);
      fresh.forEach((code, k) => learn(code, folded[2 * k]!));
    },
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
    phraseKeys(texts) {
      if (!options.script || texts.length === 0) return texts.map(keys.key);
      if (texts.some((t) => t.includes(SEPARATOR))) return texts.map((t) => keys.key(foldText(t, { script: true })));
      return foldText(texts.join(SEPARATOR), { script: true }).split(SEPARATOR).map(keys.key);
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
