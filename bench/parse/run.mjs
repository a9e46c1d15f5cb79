// The parse benchmark: `duties parse` against a minimal Node script that
// reads the file, splits lines and prints them as JSON (wall time and peak
// memory, on a corpus of about 50 MB built from the customer's sheet), and
// the start of a small parse against a bare `node -e 0`.
//
//   node bench/parse/run.mjs [--mb 50] [--runs 3] [--start-runs 15]
//
// Needs GNU time (/usr/bin/time, Debian's `time` package) for peak memory.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpus } from "./corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const mb = arg("mb", 50);
const runs = arg("runs", 3);
const startRuns = arg("start-runs", 15);
if (!existsSync("/usr/bin/time")) {
  console.error("bench/parse needs /usr/bin/time (apt-get install time)");
  process.exit(2);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall seconds, CPU seconds (user and system, all threads) and peak RSS (MB) of one run, its stdout thrown away. */
function measure(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", "sh", "-c", `"$0" "$@" > /dev/null`, ...args], { encoding: "utf8", cwd: root });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  const [wall, user, sys, kb] = r.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { wall, cpu: user + sys, rss: kb / 1024 };
}

const corpus = buildCorpus(mb);
// Others' work on the machine slows a run on two threads more than the one-thread baseline: say how busy it was.
const loadBefore = loadavg()[0];
const node = process.execPath;
const bin = join(root, "bin", "duties.js");
const base = [];
const ours = [];
for (let i = 0; i < runs; i++) {
  // Alternate the two so that a busy moment on the machine hits both alike.
  base.push(measure([node, join(root, "bench", "parse", "baseline.mjs"), corpus]));
  ours.push(measure([node, bin, "parse", corpus, "--format", "json"]));
}
const row = (name, xs) => ({ name, wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)), rss: median(xs.map((x) => x.rss)) });
const b = row("baseline (read, split, JSON)", base);
const o = row("duties parse --format json", ours);

const start = { bare: [], parse: [] };
for (let i = 0; i < startRuns; i++) {
  for (const [key, args] of [["bare", ["-e", "0"]], ["parse", [bin, "parse", join(root, "fixtures", "sales-duties.txt"), "--format", "json"]]]) {
    const t = process.hrtime.bigint();
    execFileSync(node, args, { stdio: ["ignore", "ignore", "inherit"] });
    start[key].push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
const bare = median(start.bare);
const small = median(start.parse);

console.log(`corpus: ${corpus} (${mb} MB), median of ${runs} runs; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
console.log(`| run | wall (s) | CPU, all threads (s) | peak memory (MB) |`);
console.log(`|---|---:|---:|---:|`);
for (const r of [b, o]) console.log(`| ${r.name} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.rss.toFixed(0)} |`);
console.log(`ratio: wall ${(o.wall / b.wall).toFixed(2)}× (target ≤ 2.5×), memory ${(o.rss / b.rss).toFixed(2)}× (target ≤ 2.5×)`);
console.log(`start, median of ${startRuns}: node -e 0 ${bare.toFixed(0)} ms, duties parse fixtures/sales-duties.txt ${small.toFixed(0)} ms: ${(small / bare).toFixed(2)}× (target ≤ 2×)`);
