// Folding for matching: Traditional → Simplified (OpenCC, loaded on demand),
// full-width → half-width, and letter case. A folded string keeps a map back
// to the original, so matches always point into the text as written.

export interface FoldOptions {
  /** Traditional and Simplified match each other. */
  script?: boolean;
  /** Full-width letters, digits and punctuation match half-width ones. */
  width?: boolean;
  /** Letter case is ignored. */
  caseless?: boolean;
}

export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original it came from; one extra entry for the end. */
  map: number[];
}

type Converter = (s: string) => string;
let t2s: Converter | null = null;

/** Loads OpenCC's Traditional → Simplified tables; search and diff call this once before folding scripts. */
export async function loadScriptFolding(): Promise<void> {
  if (t2s) return;
  const opencc = await import("opencc-js/t2cn");
  const tw = opencc.Converter({ from: "tw", to: "cn" });
  const hk = opencc.Converter({ from: "hk", to: "cn" });
  t2s = (s) => hk(tw(s));
}

/** Whether script folding is ready (loadScriptFolding was awaited). */
export function scriptFoldingLoaded(): boolean {
  return t2s !== null;
}

const charCache = new Map<string, string>();

function foldScriptChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    out = t2s!(ch);
    if ([...out].length !== 1) out = ch; // keep folding one-to-one
    charCache.set(ch, out);
  }
  return out;
}

function foldWidthChar(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCodePoint(c - 0xfee0);
  if (c === 0x3000) return " ";
  return ch;
}

/** Folds `s` character by character and keeps the map back to the original. */
export function fold(s: string, options: FoldOptions): Folded {
  if (options.script && !t2s) throw new Error("script folding used before loadScriptFolding()");
  const bulk = options.script ? t2s!(s) : s;
  // OpenCC keeps lengths for nearly all text; when it does, its phrase-aware output maps one to one.
  const sameShape = bulk.length === s.length;
  let text = "";
  const map: number[] = [];
  let i = 0;
  for (const ch of s) {
    let f = options.script ? (sameShape ? String.fromCodePoint(bulk.codePointAt(i)!) : foldScriptChar(ch)) : ch;
    if (f.length !== ch.length) f = ch;
    if (options.width) f = foldWidthChar(f);
    if (options.caseless) {
      const lower = f.toLowerCase();
      if (lower.length === f.length) f = lower;
    }
    for (let k = 0; k < f.length; k++) map.push(i + Math.min(k, ch.length - 1));
    text += f;
    i += ch.length;
  }
  map.push(s.length);
  return { text, map };
}

/**
 * Folds without keeping the map (for keys and comparisons): the same result
 * as fold(s).text, by whole-string operations when they keep the shape.
 */
export function foldText(s: string, options: FoldOptions): string {
  if (options.script && !t2s) throw new Error("script folding used before loadScriptFolding()");
  let out = options.script ? t2s!(s) : s;
  if (out.length !== s.length) return fold(s, options).text;
  if (options.width) out = out.replace(/[\uff01-\uff5e\u3000]/gu, foldWidthChar);
  if (options.caseless) {
    const lower = out.toLowerCase();
    if (lower.length !== out.length) return fold(s, options).text;
    out = lower;
  }
  return out;
}
