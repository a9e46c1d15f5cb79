// Arbitraries for the fuzz test: fixtures broken the way copies of real sheets
// break (lines cut, joined, shuffled, dropped, doubled; markers swapped
// between styles; stray text typed in), and generated deep or long lists.
import fc from "fast-check";
import { STYLES } from "../../src/parse/markers.js";
import { matchMarker } from "../../src/parse/markers.js";

type Mutation = (lines: string[]) => void;

/** An index into a list of `length`, from any natural number. */
const at = (n: number, length: number) => (length === 0 ? 0 : n % length);

// Characters that matter to the parser: markers, brackets, separators, role and block words.
const SIGNIFICANT = [..."一二十、.．()（）【】〔〕1２③⑴㈠ａAIV第条章篇节职责岗位经理：:；;。，\t 　-•*#>|"];

const cut: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (lines) => {
  const k = at(i, lines.length);
  lines[k] = (lines[k] ?? "").slice(0, at(j, (lines[k] ?? "").length + 1));
});
const join: fc.Arbitrary<Mutation> = fc.nat().map((i) => (lines) => {
  const k = at(i, lines.length - 1);
  if (lines.length > 1) lines.splice(k, 2, lines[k]! + lines[k + 1]!);
});
const split: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (lines) => {
  const k = at(i, lines.length);
  const line = lines[k] ?? "";
  const c = at(j, line.length + 1);
  lines.splice(k, 1, line.slice(0, c), line.slice(c));
});
const swap: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (lines) => {
  const [a, b] = [at(i, lines.length), at(j, lines.length)];
  [lines[a], lines[b]] = [lines[b]!, lines[a]!];
});
const move: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 20 })).map(([i, j, n]) => (lines) => {
  const block = lines.splice(at(i, lines.length), n + 1);
  lines.splice(at(j, lines.length + 1), 0, ...block);
});
const drop: fc.Arbitrary<Mutation> = fc.nat().map((i) => (lines) => void lines.splice(at(i, lines.length), 1));
const double: fc.Arbitrary<Mutation> = fc.nat().map((i) => (lines) => {
  const k = at(i, lines.length);
  lines.splice(k, 0, lines[k] ?? "");
});
/** Rewrites the marker of a line in another style (1、 → （一）, ① → a.), or gives a plain line one. */
const swapMarker: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.constantFrom(...STYLES), fc.integer({ min: 1, max: 60 })).map(([i, style, n]) => (lines) => {
  const k = at(i, lines.length);
  const line = lines[k] ?? "";
  const m = matchMarker(line);
  lines[k] = style.format(m?.ordinal ?? n) + (m ? line.slice(m.length) : line);
});
const typeIn: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: fc.constantFrom(...SIGNIFICANT), maxLength: 6 })).map(([i, j, s]) => (lines) => {
  const k = at(i, lines.length);
  const line = lines[k] ?? "";
  const c = at(j, line.length + 1);
  lines[k] = line.slice(0, c) + s + line.slice(c);
});

const mutation = fc.oneof(cut, join, split, swap, move, drop, double, swapMarker, swapMarker, typeIn);

/** A fixture's text with 1 to 12 mutations, and a line end of any style. */
export function mutatedFixture(texts: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.constantFrom("\n", "\r\n", "\r")).map(([text, mutations, eol]) => {
    const lines = text.split(/\r\n|\r|\n/u);
    for (const m of mutations) m(lines);
    return lines.join(eol);
  });
}

/** A fixture's bytes (UTF-8, UTF-16, GBK, Big5 …) with bytes flipped, dropped or cut off at the end: invalid and truncated encodings. */
export function mutatedBytes(files: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const edit = fc.tuple(fc.constantFrom("flip", "drop", "insert"), fc.nat(), fc.integer({ min: 0, max: 255 }));
  return fc.tuple(fc.constantFrom(...files), fc.array(edit, { maxLength: 8 }), fc.option(fc.nat())).map(([file, edits, cut]) => {
    const bytes = [...file];
    for (const [kind, i, value] of edits) {
      const k = at(i, bytes.length);
      if (kind === "flip") bytes[k] = value;
      else if (kind === "drop") bytes.splice(k, 1);
      else bytes.splice(k, 0, value);
    }
    return Uint8Array.from(cut === null ? bytes : bytes.slice(0, at(cut, bytes.length + 1)));
  });
}

/** Text of any Unicode: whole code points, lone surrogates, control characters and line ends of every kind. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 }),
  fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ unit: fc.constantFrom(...SIGNIFICANT), maxLength: 30 })), { maxLength: 40 })
    .chain((lines) => fc.constantFrom("\n", "\r\n", "\r", "\u2028", "\u0085").map((eol) => lines.join(eol))),
);

const LEVELS = STYLES.filter((s) => s.kind === "item" && s.id !== "dotted" && s.id !== "duty-named");

/** A list nested up to `maxDepth` deep (each level in a style of its own, or dotted), with up to `width` items at the deepest. */
export function generatedList(maxDepth: number, width: number): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 1, max: maxDepth }), fc.array(fc.constantFrom(...LEVELS), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: width }), fc.boolean())
    .map(([depth, styles, width, dotted]) => {
      const lines = ["销售经理岗位职责"];
      const item = (level: number, path: number[]) => {
        const marker = dotted ? `${path.join(".")} ` : styles[level % styles.length]!.format(path[path.length - 1]!);
        lines.push(`${marker}负责第${level + 1}层第${path[path.length - 1]}项工作`);
      };
      // A spine: the first item of each level holds the next level, a second item follows it.
      const write = (level: number, path: number[]) => {
        if (level === depth - 1) {
          for (let i = 1; i <= width; i++) item(level, [...path, i]);
          return;
        }
        item(level, [...path, 1]);
        write(level + 1, [...path, 1]);
        item(level, [...path, 2]);
      };
      write(0, dotted ? [1] : []);
      return lines.join("\n");
    });
}
