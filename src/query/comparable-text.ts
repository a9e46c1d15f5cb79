// The text of a duty as the duplicate rules compare it: Traditional and
// Simplified, full and half width, and letter case folded; white space and
// closing punctuation dropped, since "負責A；" and "负责A。" are one duty.
import { foldText } from "../text/fold.js";

const CLOSING = /[。；;，,.．:：!！?？、…]+$/u;

/** The comparison key of a duty's text; "" for a text with nothing to compare. Needs loadScriptFolding(). */
export function comparableText(text: string): string {
  return foldText(text, { script: true, width: true, caseless: true }).replace(/\s+/gu, "").replace(CLOSING, "");
}
