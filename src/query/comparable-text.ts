// The text of a duty as the duplicate rules compare it: Traditional and
// Simplified, full and half width, and letter case folded; white space and
// closing punctuation dropped, since "負責A；" and "负责A。" are one duty.
import { foldText } from "../text/fold.js";

// Only from the start of a run (the lookbehind): tried inside a long run of punctuation that text follows, it took time with the square.
const CLOSING = /(?<![。；;，,.．:：!！?？、…])[。；;，,.．:：!！?？、…]+$/u;

// Script folding (OpenCC) is most of the cost of validating, and D007, D008
// and D009 fold the same texts: remember recent keys, within a bound.
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** The comparison key of a duty's text; "" for a text with nothing to compare. Needs loadScriptFolding(). */
export function comparableText(text: string): string {
  let key = memo.get(text);
  if (key === undefined) {
    key = foldText(text, { script: true, width: true, caseless: true }).replace(/\s+/gu, "").replace(CLOSING, "");
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, key);
  }
  return key;
}
