// Search, the library half: a matcher compiled from patterns (regular
// expressions or fixed strings, folded like the text), and the items of a
// Document it matches, with offsets into the text as written. Pure: no I/O.
import { DutiesError } from "../errors.js";
import type { Document } from "../model/document.js";
import { fold, loadScriptFolding, type FoldOptions } from "../text/fold.js";
import { loadScriptSpellings } from "../text/spellings.js";
import { folder, hitOf, searchItems, type SearchHit, type SearchScope } from "./search-items.js";
import { readFixed, readPattern } from "./search-pattern.js";
import { compilePrefilter, type Prefilter } from "./search-prefilter.js";

export interface MatcherOptions {
  /** The patterns are fixed strings, not regular expressions (-F). */
  fixedStrings?: boolean;
  /** "sensitive" (the default), "insensitive" (-i), or "smart" (-S): insensitive unless a pattern holds an uppercase letter. */
  case?: "sensitive" | "insensitive" | "smart";
  /** Fold Traditional/Simplified script and full/half width (default true). */
  fold?: boolean;
  /** A match must start and end on word boundaries, as Intl.Segmenter("zh") finds them (-w). */
  wordRegexp?: boolean;
}

export interface Matcher {
  readonly patterns: readonly string[];
  /** How both the patterns and the text are folded before matching. */
  readonly folding: FoldOptions;
  readonly caseless: boolean;
  readonly wordRegexp: boolean;
  /** One regular expression per pattern, over folded text. */
  readonly regexes: readonly RegExp[];
  /** Rules out files and items by their literals; null when the patterns require none. */
  readonly prefilter: Prefilter | null;
}

export interface Submatch {
  /** Offsets into the text as written, in UTF-16 code units (JavaScript string indices). */
  start: number;
  end: number;
  /** The matched text as written. */
  match: string;
}

export interface SearchMatch extends SearchHit {
  kind: "match";
  submatches: Submatch[];
}

export interface SearchOptions extends SearchScope {
  /** Stop after this many matching items (-m). */
  maxCount?: number;
}

/** Loads what folding needs (OpenCC's tables); await it once before compileMatcher() with folding on. */
export async function prepareSearch(): Promise<void> {
  await Promise.all([loadScriptFolding(), loadScriptSpellings()]);
}

/**
 * Compiles patterns into a matcher. An invalid pattern throws
 * DutiesError("pattern") with a one-line message that says where it is wrong.
 */
export function compileMatcher(patterns: readonly string[], options: MatcherOptions = {}): Matcher {
  if (patterns.length === 0) throw new DutiesError("usage", "search: no pattern given");
  const folding: FoldOptions = options.fold === false ? {} : { script: true, width: true };
  const foldRun = folder(folding);
  const reads = patterns.map((p) => (options.fixedStrings ? readFixed(p, foldRun) : readPattern(p, foldRun)));
  const caseless = options.case === "insensitive" || (options.case === "smart" && !reads.some((r) => r.hasUppercase));
  const regexes = reads.map((r, i) => {
    try {
      return new RegExp(r.folded, caseless ? "giu" : "gu");
    } catch (err) {
      throw new DutiesError("pattern", `regex parse error after folding (${r.folded}): ${(err as Error).message} in ${patterns[i]}`);
    }
  });
  const required = reads.every((r) => r.required) ? reads.flatMap((r) => r.required!) : null;
  return {
    patterns,
    folding,
    caseless,
    wordRegexp: !!options.wordRegexp,
    regexes,
    prefilter: required ? compilePrefilter(required, { ...folding, caseless }) : null,
  };
}

let segmenter: Intl.Segmenter | null = null;

/** Word boundaries as Intl.Segmenter sees them (dictionary words for Chinese). */
function wordBoundaries(text: string): Set<number> {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const bounds = new Set([text.length]);
  for (const s of segmenter.segment(text)) bounds.add(s.index);
  return bounds;
}

/** The matches of `matcher` in one text, leftmost first, without overlaps; offsets into `text` as written. */
export function matchText(matcher: Matcher, text: string): Submatch[] {
  if (matcher.prefilter && !matcher.prefilter.item(text)) return [];
  const folded = matcher.folding.script || matcher.folding.width ? fold(text, matcher.folding) : null;
  const target = folded ? folded.text : text;
  const spans: { start: number; end: number }[] = [];
  let bounds: Set<number> | null = null;
  for (const regex of matcher.regexes) {
    regex.lastIndex = 0;
    for (let m = regex.exec(target); m; m = regex.exec(target)) {
      const start = m.index;
      const end = start + m[0].length;
      if (matcher.wordRegexp) {
        bounds ??= wordBoundaries(target);
        if (!bounds.has(start) || !bounds.has(end)) {
          // Not a whole word: look again from the next character, not past this match.
          regex.lastIndex = start + (target.codePointAt(start)! > 0xffff ? 2 : 1);
          continue;
        }
      }
      spans.push({ start, end });
      if (end === start) regex.lastIndex = end + (target.codePointAt(end)! > 0xffff ? 2 : 1);
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Submatch[] = [];
  let reached = -1;
  for (const s of spans) {
    if (s.start < reached || (s.start === reached && s.start === s.end)) continue;
    const start = folded ? folded.map[s.start]! : s.start;
    const end = folded ? folded.map[s.end]! : s.end;
    out.push({ start, end, match: text.slice(start, end) });
    reached = s.end;
  }
  return out;
}

/** The items of `doc` that `matcher` matches, in document order. */
export function search(doc: Document, matcher: Matcher, options: SearchOptions = {}): SearchMatch[] {
  const found: SearchMatch[] = [];
  const max = options.maxCount ?? Infinity;
  if (max <= 0) return found;
  for (const item of searchItems(doc, options, matcher)) {
    const submatches = matchText(matcher, item.text);
    if (submatches.length === 0) continue;
    found.push({ kind: "match", ...hitOf(item), submatches });
    if (found.length >= max) break;
  }
  return found;
}
