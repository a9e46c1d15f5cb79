// Every character that may stand for a given one once text is folded: the
// inverse of script, width and case folding, for prefilters that must look
// for every spelling of a pattern in text that has not been folded yet.

export interface SpellingOptions {
  /** Traditional and Simplified spellings (needs loadScriptSpellings()). */
  script?: boolean;
  /** Full-width and half-width forms. */
  width?: boolean;
  /** Upper and lower case. */
  caseless?: boolean;
}

/** The dictionaries fold.ts converts with (Taiwan and Hong Kong forms to Simplified), as "from to|from to|…" strings. */
let dictionaries: string[] | null = null;
const scriptCache = new Map<string, string[]>();

/** Loads OpenCC's dictionaries (the module fold.ts loads too, so this costs little more). */
export async function loadScriptSpellings(): Promise<void> {
  if (dictionaries) return;
  const { Locale } = await import("opencc-js/t2cn");
  const configs = Locale.configs as Record<string, { normalizationChain?: string[][]; conversionChain: string[][] }>;
  const all = new Set<string>();
  for (const name of ["tw2s", "hk2s"]) {
    const config = configs[name]!;
    for (const group of [...(config.normalizationChain ?? []), ...config.conversionChain]) for (const dict of group) all.add(dict);
  }
  dictionaries = [...all];
}

/**
 * The characters that conversion may turn `ch` into or that it may turn into
 * `ch`, chains included. Every dictionary entry maps a phrase onto one of the
 * same length, so its characters pair up one to one; following the pairs
 * from `ch` gives a superset of what folding can merge with it. Computed on
 * demand, since a pattern needs only a few characters' classes.
 */
function scriptSpellings(ch: string): string[] {
  const cached = scriptCache.get(ch);
  if (cached) return cached;
  const found = new Set([ch]);
  const queue = [ch];
  for (let x = queue.pop(); x !== undefined; x = queue.pop()) {
    for (const dict of dictionaries!) {
      for (let at = dict.indexOf(x); at >= 0; at = dict.indexOf(x, at + x.length)) {
        const entry = dict.slice(dict.lastIndexOf("|", at) + 1, (dict.indexOf("|", at) + 1 || dict.length + 1) - 1);
        const [from, to] = entry.split(" ").map((s) => [...s]);
        if (!from || !to || from.length !== to.length) continue;
        from.forEach((c, k) => {
          const partner = c === x ? to[k]! : to[k] === x ? c : null;
          if (partner !== null && !found.has(partner)) {
            found.add(partner);
            queue.push(partner);
          }
        });
      }
    }
  }
  const list = [...found];
  for (const c of list) scriptCache.set(c, list);
  return list;
}

/** The width twins of a character: ASCII and its full-width form; a space and the ideographic space. */
function widthSpellings(ch: string): string[] {
  const c = ch.codePointAt(0)!;
  if (c >= 0x21 && c <= 0x7e) return [ch, String.fromCodePoint(c + 0xfee0)];
  if (c >= 0xff01 && c <= 0xff5e) return [ch, String.fromCodePoint(c - 0xfee0)];
  if (c === 0x20 || c === 0x3000) return [" ", "\u3000"];
  return [ch];
}

/** Characters that a case-insensitive regular expression (flags "iu") takes for `ch`. */
function caseSpellings(ch: string): string[] {
  const single = (s: string) => ([...s].length === 1 ? s : ch);
  const upper = single(ch.toUpperCase());
  const key = single(upper.toLowerCase());
  if (key === upper && key === ch) return [ch];
  // Unicode case folding joins a few more: K and the Kelvin sign, s and the long s, å and the ångström sign …
  return [...new Set([ch, upper, key, single(key.toUpperCase()), ...(CASE_EXTRAS[key] ?? [])])];
}

const CASE_EXTRAS: Record<string, string[]> = {
  k: ["\u212a"], s: ["\u017f"], "\u00e5": ["\u212b"], "\u03c9": ["\u2126"], "\u00df": ["\u1e9e"],
  "\u03c3": ["\u03c2"], "\u03b8": ["\u03d1", "\u03f4"], "\u03b2": ["\u03d0"], "\u03b5": ["\u03f5"],
  "\u03ba": ["\u03f0"], "\u03c0": ["\u03d6"], "\u03c1": ["\u03f1"], "\u03c6": ["\u03d5"], "\u03b9": ["\u0345", "\u1fbe"],
  "\u03bc": ["\u00b5"],
};

/** Every character that may match `ch` after both are folded with `options` (a superset; `ch` first). */
export function spellingsOf(ch: string, options: SpellingOptions): string[] {
  if (options.script && !dictionaries) throw new Error("script spellings used before loadScriptSpellings()");
  const out = new Set([ch]);
  const grow = (f: (c: string) => string[]) => {
    for (const c of [...out]) for (const s of f(c)) out.add(s);
  };
  if (options.script) grow(scriptSpellings);
  if (options.width) grow(widthSpellings);
  if (options.caseless) {
    grow(caseSpellings);
    if (options.width) grow(widthSpellings);
  }
  return [...out];
}
