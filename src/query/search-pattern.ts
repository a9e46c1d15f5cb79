// Reads a search pattern (a JavaScript regular expression in Unicode mode):
// says where an invalid one is wrong, folds its literal characters the way the
// text is folded, and finds the literal runs every match must contain.
import { DutiesError } from "../errors.js";

/** A piece of a pattern: a literal character, a quantifier, a group bracket, an alternation, a class or anything else. */
type Token =
  | { type: "literal"; char: string; source: string }
  | { type: "quantifier"; min: number; source: string }
  | { type: "open" | "close" | "alternation" | "other"; source: string }
  | { type: "class"; items: ClassItem[]; source: string };

/** Inside a class: a literal that may be folded, or anything kept as written (ranges, \d, \p{…}). */
type ClassItem = { type: "literal"; char: string; source: string } | { type: "kept"; source: string };

export interface ReadPattern {
  /** The pattern with its literal characters folded, escaped where folding made them syntax. */
  folded: string;
  /** For each top-level alternative, the literal runs a match must contain (as written); null when some alternative has none. */
  required: string[][] | null;
  /** Whether a literal character is an uppercase letter (for smart case). */
  hasUppercase: boolean;
}

/** Checks `pattern` and reads it; `foldRun` folds a run of literal characters. */
export function readPattern(pattern: string, foldRun: (s: string) => string): ReadPattern {
  assertValid(pattern);
  const tokens = tokenize(pattern);
  return {
    folded: foldTokens(tokens, foldRun),
    required: requiredRuns(tokens),
    hasUppercase: tokens.some((t) => (t.type === "literal" && isUpper(t.char)) || (t.type === "class" && t.items.some((i) => i.type === "literal" && isUpper(i.char)))),
  };
}

/** Reads a fixed string as a pattern: the whole string is one required run. */
export function readFixed(text: string, foldRun: (s: string) => string): ReadPattern {
  return { folded: escapeRegExp(foldRun(text)), required: text ? [[text]] : null, hasUppercase: [...text].some(isUpper) };
}

const isUpper = (ch: string) => ch !== ch.toLowerCase();

const CLASS_SYNTAX = /[\\\]\[\-^]/u;

export function escapeRegExp(s: string): string {
  return s.replace(/[\^$\\.*+?()[\]{}|/]/gu, "\\$&");
}

/** A character escaped for a class (`[…]`) in a Unicode-mode pattern, when it must be. */
export function escapeInClass(ch: string): string {
  return CLASS_SYNTAX.test(ch) ? `\\${ch}` : ch;
}

// ── validation ────────────────────────────────────────────────────────────

/** Throws DutiesError("pattern") with the column where the pattern is wrong. */
export function assertValid(pattern: string): void {
  const reason = compileError(pattern);
  if (reason === null) return;
  const where = locate(pattern, reason);
  throw new DutiesError("pattern", `regex parse error: ${where} in ${pattern}`);
}

function compileError(pattern: string): string | null {
  try {
    new RegExp(pattern, "u");
    return null;
  } catch (err) {
    // V8: "Invalid regular expression: /…/u: Unterminated group" — keep the reason only.
    const message = (err as Error).message;
    return message.slice(message.lastIndexOf(": ") + 2);
  }
}

/** Says where the error is, in 1-based columns of characters (code points). */
function locate(pattern: string, reason: string): string {
  const chars = [...pattern];
  if (reason === "Unterminated group" || reason === "Unmatched ')'" || reason === "Unterminated character class") {
    const open = unbalanced(chars);
    if (open) return open;
  }
  if (reason === "\\ at end of pattern") return `\\ at end of pattern (column ${chars.length})`;
  // Elsewhere the shortest prefix that fails for the same reason ends at the culprit (or at the letter of its escape).
  for (let k = 1; k <= chars.length; k++) {
    if (compileError(chars.slice(0, k).join("")) === reason) return `${lowerFirst(reason)} at column ${chars[k - 2] === "\\" ? k - 1 : k}`;
  }
  return lowerFirst(reason);
}

/** The unclosed ( or [, or the unopened ), by scanning brackets with escapes and classes in mind. */
function unbalanced(chars: string[]): string | null {
  const groups: number[] = [];
  let classAt = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "\\") i++;
    else if (classAt) {
      if (c === "]") classAt = 0;
    } else if (c === "[") classAt = i + 1;
    else if (c === "(") groups.push(i + 1);
    else if (c === ")" && groups.pop() === undefined) return `unopened ) at column ${i + 1}`;
  }
  if (classAt) return `missing ] for the [ at column ${classAt}`;
  if (groups.length) return `missing ) for the ( at column ${groups[groups.length - 1]}`;
  return null;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

// ── tokens ────────────────────────────────────────────────────────────────

/** Splits a valid Unicode-mode pattern into tokens; escapes that stand for one character become literals. */
function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = String.fromCodePoint(pattern.codePointAt(i)!);
    if (c === "\\") {
      const esc = readEscape(pattern, i, false);
      tokens.push(esc.char !== null ? { type: "literal", char: esc.char, source: esc.source } : { type: "other", source: esc.source });
      i += esc.source.length;
    } else if (c === "[") {
      const cls = readClass(pattern, i);
      tokens.push(cls);
      i += cls.source.length;
    } else if (c === "(") {
      const head = /^\((?:\?(?:[:=!]|<[=!]|<[^>]+>))?/u.exec(pattern.slice(i))![0];
      tokens.push({ type: "open", source: head });
      i += head.length;
    } else if (c === ")" || c === "|") {
      tokens.push({ type: c === ")" ? "close" : "alternation", source: c });
      i++;
    } else if (c === "*" || c === "+" || c === "?" || c === "{") {
      const q = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/u.exec(pattern.slice(i))![0];
      const min = c === "+" ? 1 : c === "{" ? Number(/\d+/u.exec(q)![0]) : 0;
      tokens.push({ type: "quantifier", min, source: q });
      i += q.length;
    } else if (c === "." || c === "^" || c === "$") {
      tokens.push({ type: "other", source: c });
      i++;
    } else {
      tokens.push({ type: "literal", char: c, source: c });
      i += c.length;
    }
  }
  return tokens;
}

const CONTROL: Record<string, string> = { t: "\t", n: "\n", v: "\v", f: "\f", r: "\r" };

/** An escape at `i`: the character it stands for, or null for a class, an assertion or a back-reference. */
function readEscape(p: string, i: number, inClass: boolean): { char: string | null; source: string } {
  const rest = p.slice(i);
  let m: RegExpExecArray | null;
  if ((m = /^\\u\{([0-9a-fA-F]+)\}/u.exec(rest))) return { char: String.fromCodePoint(parseInt(m[1]!, 16)), source: m[0] };
  if ((m = /^\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})/u.exec(rest))) {
    return { char: String.fromCharCode(parseInt(m[1]!, 16), parseInt(m[2]!, 16)), source: m[0] };
  }
  if ((m = /^\\u([0-9a-fA-F]{4})|^\\x([0-9a-fA-F]{2})/u.exec(rest))) return { char: String.fromCharCode(parseInt(m[1] ?? m[2]!, 16)), source: m[0] };
  if ((m = /^\\c([A-Za-z])/u.exec(rest))) return { char: String.fromCharCode(m[1]!.charCodeAt(0) % 32), source: m[0] };
  if ((m = /^\\[pP]\{[^}]*\}|^\\k<[^>]*>|^\\[1-9]\d*/u.exec(rest))) return { char: null, source: m[0] };
  const e = String.fromCodePoint(rest.codePointAt(1)!);
  const source = `\\${e}`;
  if (e === "0") return { char: "\0", source };
  if (e === "b") return { char: inClass ? "\b" : null, source };
  if (/[dDwWsSB]/u.test(e)) return { char: null, source };
  return { char: CONTROL[e] ?? e, source };
}

/** A character class `[…]`: its literals (which folding may change) and the rest. */
function readClass(p: string, start: number): Token {
  const items: ClassItem[] = [];
  let i = start + 1;
  let head = "[";
  if (p[i] === "^") {
    head += "^";
    i++;
  }
  const single = (at: number) => {
    if (p[at] === "\\") return readEscape(p, at, true);
    const ch = String.fromCodePoint(p.codePointAt(at)!);
    return { char: ch, source: ch };
  };
  while (p[i] !== "]") {
    const first = single(i);
    let end = i + first.source.length;
    // A range keeps its ends as written: folding one end could turn the range around.
    if (first.char !== null && p[end] === "-" && p[end + 1] !== "]" && end + 1 < p.length) {
      end += 1 + single(end + 1).source.length;
      items.push({ type: "kept", source: p.slice(i, end) });
    } else {
      items.push(first.char !== null ? { type: "literal", char: first.char, source: first.source } : { type: "kept", source: first.source });
    }
    i = end;
  }
  return { type: "class", items, source: p.slice(start, i + 1) };
}

// ── folding ───────────────────────────────────────────────────────────────

/** Rewrites the pattern with runs of literals folded (as one string, so OpenCC sees phrases), classes item by item. */
function foldTokens(tokens: Token[], foldRun: (s: string) => string): string {
  let out = "";
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t.type === "literal") {
      const run: { char: string; source: string }[] = [];
      for (; i < tokens.length && tokens[i]!.type === "literal"; i++) run.push(tokens[i] as { char: string; source: string });
      out += emitFolded(run, foldRun(run.map((l) => l.char).join("")), escapeRegExp);
      continue;
    }
    if (t.type === "class") {
      const head = t.source.startsWith("[^") ? "[^" : "[";
      out += head + t.items.map((item) => (item.type === "literal" ? emitFolded([item], foldRun(item.char), escapeInClass) : item.source)).join("") + "]";
    } else out += t.source;
    i++;
  }
  return out;
}

/** Writes folded literals: as written where folding left them alone, escaped where it made them syntax (（ → \( ). */
function emitFolded(run: { char: string; source: string }[], folded: string, escape: (ch: string) => string): string {
  const chars = [...folded];
  if (chars.length !== run.length) return run.map((l) => l.source).join(""); // folding keeps one character per character
  return run.map((l, k) => (chars[k] === l.char ? l.source : escape(chars[k]!))).join("");
}

// ── required literals ─────────────────────────────────────────────────────

/**
 * The runs of literal characters at the top level of each alternative: every
 * match of that alternative contains all of them. Null when an alternative
 * has none, so that nothing can be ruled out by looking for literals.
 */
function requiredRuns(tokens: Token[]): string[][] | null {
  const alternatives: string[][] = [];
  let runs: string[] = [];
  let run = "";
  let depth = 0;
  const endRun = () => {
    if (run) runs.push(run);
    run = "";
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === "open") depth++;
    else if (t.type === "close") depth--;
    if (depth > 0 || t.type === "close") {
      endRun();
      continue;
    }
    if (t.type === "alternation") {
      endRun();
      alternatives.push(runs);
      runs = [];
    } else if (t.type === "literal") {
      const q = tokens[i + 1];
      if (q?.type === "quantifier") {
        // a? and a* may leave the character out; a+ and a{2} hold it once, then break the run.
        if (q.min === 0) endRun();
        else {
          run += t.char;
          endRun();
        }
        i++;
      } else run += t.char;
    } else endRun();
  }
  endRun();
  alternatives.push(runs);
  return alternatives.every((a) => a.length > 0) ? alternatives : null;
}
