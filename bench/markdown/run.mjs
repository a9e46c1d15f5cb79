// Markdown input benchmark: duties parsing a 5 MB Markdown sheet, against
// remark-parse alone building its tree of the same file (the budget:
// at most 1.5 times), and against remark-parse over the pieces duties reads
// (what the mdast walk and the tree builder add). Needs `npm run build`.
//
//   node --expose-gc bench/markdown/run.mjs [megabytes=5] [rounds=5]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseMarkdown } from "../../dist/index.js";
import { splitLines } from "../../dist/parse/lines.js";
import { parsePieces } from "../../dist/parse/markdown-pieces.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The fixture sheet repeated as numbered chapters, role names varied, until `megabytes` MB. */
function buildCorpus(megabytes) {
  const seed = readFileSync(join(root, "fixtures", "markdown-sheet.md"), "utf8").replace(/^# .*\n/u, "");
  const parts = ["# 星河互联网络科技有限公司岗位职责汇编\n"];
  let size = 0;
  for (let copy = 1; size < megabytes * 1e6; copy++) {
    const chapter = seed.replace(/^## (\S+?)岗位职责$/gmu, `### $1${copy}岗位职责`).replace(/^### 任职要求$/gmu, "#### 任职要求");
    const text = `\n## 第${copy}章 第${copy}销售中心\n${chapter}`;
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  const path = join(root, "bench", "out", `markdown-${megabytes}mb.md`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, parts.join(""));
  return path;
}

/** Wall-clock and CPU milliseconds of one run. */
function measure(run) {
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

/**
 * The medians of `rounds` rounds after a warm-up, the runs taking turns
 * within a round so that other work on the machine weighs on each alike.
 */
function time(runs, rounds) {
  const samples = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
  for (const run of Object.values(runs)) run();
  for (let i = 0; i < rounds; i++) {
    for (const [name, run] of Object.entries(runs)) samples[name].push(measure(run));
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, { wall: median(s.map((x) => x.wall)), cpu: median(s.map((x) => x.cpu)) }]));
}

const megabytes = Number(process.argv[2] ?? 5);
const rounds = Number(process.argv[3] ?? 5);
const path = buildCorpus(megabytes);
const text = readFileSync(path, "utf8");
const processor = unified().use(remarkParse);
const lines = splitLines(text);

const { duties, pieces } = time({
  duties: () => parseMarkdown(text, { path }),
  // Each piece's tree is dropped once read, as parseMarkdown drops it.
  pieces: () => {
    for (const tree of parsePieces(text, lines, (piece) => processor.parse(piece))) void tree;
  },
}, rounds);
// One parse of the whole file takes minutes (micromark is quadratic in the number of lists): one run, no warm-up.
const whole = measure(() => processor.parse(text));

const doc = parseMarkdown(text, { path });
const roles = doc.sections.reduce((n, s) => n + s.roles.length, 0);
const ms = (t) => `${t.wall.toFixed(0)} ms (cpu ${t.cpu.toFixed(0)} ms)`;
console.log(`corpus                      ${path}: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${lines.length} lines, ${doc.sections.length} sections, ${roles} roles`);
console.log(`remark-parse, whole file    ${ms(whole)}, 1 run`);
console.log(`remark-parse, in pieces     ${ms(pieces)}, median of ${rounds}`);
console.log(`duties parseMarkdown        ${ms(duties)}, median of ${rounds}`);
const ratio = (a, b) => `${(a.wall / b.wall).toFixed(2)}x (cpu ${(a.cpu / b.cpu).toFixed(2)}x)`;
console.log(`duties / remark whole file  ${ratio(duties, whole)}; budget 1.5x`);
console.log(`duties / remark in pieces   ${ratio(duties, pieces)}: what the mdast walk and the builder add`);
