// Fuzz benchmark: the worst time to parse a generated input of 100 KB (and,
// to show how time grows, of 1 MB), with either reader. Inputs: each hostile
// shape of shapes.mjs, the fixtures shuffled line by line, and random Unicode,
// all seeded. Writes them to bench/out/fuzz/ and prints one row per input.
// Needs `npm run build`.
//
//   node --expose-gc bench/fuzz/run.mjs [sizes=100000,1000000] [rounds=3]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { parse, parseMarkdown } from "../../dist/index.js";
import { SHAPES } from "./shapes.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(root, "bench", "out", "fuzz");
const sizes = (process.argv[2] ?? "100000,1000000").split(",").map(Number);
const rounds = Number(process.argv[3] ?? 3);
const SEED = 20261208;

const fixtures = readdirSync(join(root, "fixtures")).filter((f) => /\.(txt|md)$/u.test(f) && !/big5|gbk|gb18030|utf16/u.test(f))
  .map((f) => readFileSync(join(root, "fixtures", f), "utf8"));

/** The fixtures' lines, repeated to `size` characters and shuffled (seeded). */
function shuffledFixtures(size) {
  const lines = [];
  for (let length = 0, i = 0; length < size; i++) {
    for (const line of fixtures[i % fixtures.length].split(/\r\n|\r|\n/u)) {
      lines.push(line);
      length += line.length + 1;
    }
  }
  return fc.sample(fc.shuffledSubarray(lines, { minLength: lines.length }), { numRuns: 1, seed: SEED })[0].join("\n");
}

/** Random code points (whole and lone surrogates), cut into lines of up to 80. */
function randomUnicode(size) {
  const [text] = fc.sample(fc.string({ unit: "binary", minLength: size, maxLength: size }), { numRuns: 1, seed: SEED });
  return text.replace(/(.{80})/gsu, "$1\n");
}

const inputs = [
  ...SHAPES.map((s) => ({ name: s.name, make: s.make })),
  { name: "fixtures-shuffled", make: shuffledFixtures },
  { name: "random-unicode", make: randomUnicode },
];

/**
 * Markdown that remark-parse (micromark) reads in more than linear time; too
 * slow at 100 KB to sit in the table above, so timed at growing sizes.
 */
const MARKDOWN_ONLY = [
  { name: "emphasis-runs", make: (size) => "*_".repeat(size / 2) },
  { name: "nested-list", make: (size) => { const lines = []; for (let i = 0, n = 0; n < size; i++) { lines.push(`${"  ".repeat(i)}- 负责第${i + 1}层`); n += 2 * i + 8; } return lines.join("\n"); } },
  { name: "one-long-list", make: (size) => `## 销售经理岗位职责\n${Array.from({ length: Math.ceil(size / 9) }, (_, i) => `${(i % 999) + 1}. 负责`).join("\n")}` },
];

/** The slowest of `rounds` runs, after one warm-up (the worst case is what a user meets). */
function worst(run) {
  run();
  let max = 0;
  for (let i = 0; i < rounds; i++) {
    globalThis.gc?.();
    const start = performance.now();
    run();
    max = Math.max(max, performance.now() - start);
  }
  return max;
}

mkdirSync(out, { recursive: true });
const rows = [];
for (const size of sizes) {
  for (const input of inputs) {
    const text = input.make(size);
    writeFileSync(join(out, `${input.name}-${size}.txt`), text);
    rows.push({ input: input.name, size, chars: text.length, text: worst(() => parse(text)), markdown: worst(() => parseMarkdown(text)) });
  }
}
const markdownRows = [];
for (const input of MARKDOWN_ONLY) {
  for (const size of [5_000, 10_000, 20_000]) {
    const text = input.make(size);
    const start = performance.now();
    parseMarkdown(text);
    markdownRows.push({ input: input.name, chars: text.length, markdown: performance.now() - start });
  }
}

const ms = (n) => n.toFixed(0).padStart(7);
console.log(`${"input".padEnd(20)} ${"chars".padStart(9)} ${"text ms".padStart(7)} ${"md ms".padStart(7)}`);
for (const r of rows) console.log(`${r.input.padEnd(20)} ${String(r.chars).padStart(9)} ${ms(r.text)} ${ms(r.markdown)}`);
for (const size of sizes) {
  const at = rows.filter((r) => r.size === size);
  const max = (key) => at.reduce((m, r) => (r[key] > m[key] ? r : m));
  console.log(`worst at ${size}: text ${max("text").text.toFixed(0)} ms (${max("text").input}), markdown ${max("markdown").markdown.toFixed(0)} ms (${max("markdown").input})`);
}
console.log("\nMarkdown only (one run each):");
for (const r of markdownRows) console.log(`${r.input.padEnd(20)} ${String(r.chars).padStart(9)} ${"".padStart(7)} ${ms(r.markdown)}`);
