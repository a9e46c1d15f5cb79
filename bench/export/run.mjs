// Export benchmark: rendering the parsed customer's sheet, repeated to a few
// megabytes, in each export format, against JSON.stringify of the same
// Document as the yardstick; then the whole CLI run per format. Needs `npm run build`.
//
//   node --expose-gc bench/export/run.mjs [megabytes=10] [rounds=5]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parse, renderCsv, renderJsonLines, renderMarkdown, toRecords } from "../../dist/index.js";
import { buildCorpus } from "../parse/corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Median milliseconds of `rounds` runs, after one warm-up run. */
function time(run, rounds) {
  run();
  const ms = [];
  for (let i = 0; i < rounds; i++) {
    globalThis.gc?.();
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)];
}

const megabytes = Number(process.argv[2] ?? 10);
const rounds = Number(process.argv[3] ?? 5);
const path = buildCorpus(megabytes, `export-${megabytes}mb.txt`);
const text = readFileSync(path, "utf8");
const doc = parse(text, { path });
const records = toRecords(doc);

const rows = [
  ["JSON.stringify", () => JSON.stringify(doc)],
  ["jsonl (records)", () => renderJsonLines(toRecords(doc))],
  ["csv (records)", () => renderCsv(toRecords(doc))],
  ["md", () => renderMarkdown(doc)],
];
const mb = Buffer.byteLength(text) / 1e6;
console.log(`corpus   ${path} (${mb.toFixed(1)} MB, ${doc.source.lines} lines, ${records.length} duties)`);
const yardstick = time(rows[0][1], rounds);
for (const [name, run] of rows) {
  const ms = name === "JSON.stringify" ? yardstick : time(run, rounds);
  const size = Buffer.byteLength(run()) / 1e6;
  console.log(`${name.padEnd(16)} ${ms.toFixed(0).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s of input  ${size.toFixed(1).padStart(5)} MB out  ${(ms / yardstick).toFixed(1)}× JSON.stringify`);
}

// The whole command, as a user runs it: start, read, decode, parse, render, write to stdout.
for (const format of ["json", "jsonl", "csv", "md"]) {
  const ms = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [join(root, "bin", "duties.js"), "export", path, "--format", format], { maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`duties export --format ${format}: exit ${r.status}: ${r.stderr}`);
    ms.push(performance.now() - start);
  }
  console.log(`cli ${format.padEnd(12)} ${ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)].toFixed(0).padStart(6)} ms (median of ${rounds})`);
}
