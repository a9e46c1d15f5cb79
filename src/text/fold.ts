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
  t2s = scriptFolder(await import("opencc-js/t2cn"));
}

export type OpenCC = typeof import("opencc-js/t2cn");

/** The conversions, one after the other: Taiwan and Hong Kong forms to Simplified. */
const LOCALES = ["tw", "hk"];

/**
 * What OpenCC's Converter({ from, to: "cn" }) for each of LOCALES, one after
 * the other, makes of a text, without building their tries up front (about
 * 30 ms, at every start of a search that folds a few texts). A conversion
 * matches the longest dictionary key at each place, so only the keys that
 * start with a character of its input can matter: the tries take in the
 * entries for a first character when an input first holds it, all of them at
 * once and in OpenCC's order, so that they answer as OpenCC's whole tries do.
 * Once `budget` characters (default BUDGET) have been looked at so, OpenCC's
 * own converters take over, which costs nothing per character.
 */
export function scriptFolder(opencc: OpenCC, budget = BUDGET): Converter {
  const full = () => {
    const converters = LOCALES.map((from) => opencc.Converter({ from, to: "cn" }));
    return (s: string) => converters.reduce((text, convert) => convert(text), s);
  };
  const configs = LOCALES.map((from) => (opencc.Locale.configs as Record<string, unknown>)[`${from}2s`]);
  if (!configs.every(isStringConfig)) return full();
  const indexes = new Map<string, Map<number, string[]>>();
  const tries = new Map<string, GrowingTrie>();
  const trie = (group: string[]): GrowingTrie => {
    const key = group.join("\u0000");
    let t = tries.get(key);
    if (!t) {
      // A group loads its last dictionary first, so that the earlier ones win (Trie.loadDictGroup).
      const dicts = [...group].reverse().map((dict) => {
        let index = indexes.get(dict);
        if (!index) indexes.set(dict, (index = indexByFirst(dict)));
        return index;
      });
      tries.set(key, (t = new GrowingTrie(new opencc.Trie(), dicts)));
    }
    return t;
  };
  const chains = configs.map((c) => ({
    normalization: (c.normalizationChain ?? []).map(trie),
    segmentation: c.segmentation ? trie(c.segmentation) : null,
    conversion: c.conversionChain.map(trie),
  }));
  let converter: Converter | null = null;
  let left = budget;
  return (s) => {
    if (converter) return converter(s);
    if ((left -= s.length) < 0) return (converter = full())(s);
    let text = s;
    for (const { normalization, segmentation, conversion } of chains) {
      for (const t of normalization) text = t.holding(text).convert(text);
      let pieces: string[] = segmentation ? segmentation.holding(text).segment(text) : [text];
      for (const t of conversion) pieces = pieces.map((piece) => t.holding(piece).convert(piece));
      text = pieces.join("");
    }
    return text;
  };
}

/** Characters to fold with growing tries before OpenCC's own converters take over (diff and validate fold whole documents). */
const BUDGET = 100_000;

/** A trie of a dictionary group that takes in the entries whose keys start with a character when an input first holds it. */
class GrowingTrie {
  private readonly seen = new Set<number>();

  /** `dicts`: the group's dictionaries in the order a trie loads them, each indexed by the first code point of its keys. */
  constructor(
    private readonly trie: InstanceType<OpenCC["Trie"]>,
    private readonly dicts: Map<number, string[]>[],
  ) {}

  /** The trie, holding every entry that can match in `input`. */
  holding(input: string): InstanceType<OpenCC["Trie"]> {
    for (const ch of input) {
      const first = ch.codePointAt(0)!;
      if (this.seen.has(first)) continue;
      this.seen.add(first);
      for (const dict of this.dicts) {
        for (const entry of dict.get(first) ?? []) {
          const [from, to] = entry.split(" ");
          this.trie.addWord(from!, to!);
        }
      }
    }
    return this.trie;
  }
}

interface StringConfig {
  normalizationChain?: string[][];
  segmentation?: string[];
  conversionChain: string[][];
}

/** A config of dictionaries given as "from to|from to|…" strings, the shape OpenCC's presets have (anything else is left to OpenCC). */
function isStringConfig(c: unknown): c is StringConfig {
  const groups = (x: unknown) => Array.isArray(x) && x.every((g) => Array.isArray(g) && g.every((d) => typeof d === "string" && d !== ""));
  const config = c as Partial<Record<keyof StringConfig, unknown>> | undefined;
  return (
    !!config &&
    groups(config.conversionChain) &&
    (config.normalizationChain === undefined || groups(config.normalizationChain)) &&
    (config.segmentation === undefined || groups([config.segmentation]))
  );
}

/** The entries of a dictionary string by the first code point of their keys, in dictionary order. */
function indexByFirst(dict: string): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const entry of dict.split("|")) {
    const first = entry.codePointAt(0)!;
    const list = index.get(first);
    if (list) list.push(entry);
    else index.set(first, [entry]);
  }
  return index;
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
