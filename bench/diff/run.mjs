// The diff benchmark: pairs of generated sheets of doubling size (5% of their
// duties changed), diffed in this process (diffDocuments on parsed trees) and
// through the CLI (a fresh process: start, read, parse, diff, JSON out).
// Prints the fastest of several runs (other processes sharing the cores only
// ever add time), wall-clock and CPU, the growth per doubling, and what was
// found against what was planted. Run `npm run build` first; sizes can be given.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { diffDocuments, loadScriptFolding, parse } from "../../dist/index.js";
import { writeSheetPair } from "./corpus.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OUT = fileURLToPath(new URL("../out/diff", import.meta.url));
const SIZES = (process.argv[2] ?? "5000,10000,20000,40000,80000").split(",").map(Number);
const DIFF_RUNS = 9;
const CLI_RUNS = 3;

const fastest = (xs) => Math.min(...xs);
const timed = (fn) => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, value };
};

/** One CLI run in a shell whose `times` reports the CPU time of its children. */
function cli(paths) {
  const command = `"${process.execPath}" bin/duties.js diff "${paths.old}" "${paths.new}" --format json > /dev/null && times`;
  const start = performance.now();
  const r = spawnSync("sh", ["-c", command], { cwd: ROOT, encoding: "utf8" });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`duties diff failed: ${r.stderr}`);
  // The second line of `times`: the children's user and system time, as 0m0.512s 0m0.041s.
  const [user, system] = [...r.stdout.trim().split("\n")[1].matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { ms, cpu: (user + system) * 1000 };
}

await loadScriptFolding();
const rows = [];
for (const size of SIZES) {
  const paths = writeSheetPair(OUT, size);
  const parsed = timed(() => [parse(readFileSync(paths.old, "utf8")), parse(readFileSync(paths.new, "utf8"))]);
  const runs = Array.from({ length: DIFF_RUNS }, () => timed(() => diffDocuments(...parsed.value)));
  const clis = Array.from({ length: CLI_RUNS }, () => cli(paths));
  rows.push({
    size,
    parse: parsed.ms,
    diff: fastest(runs.map((r) => r.ms)),
    diffCpu: fastest(runs.map((r) => r.cpu)),
    cli: fastest(clis.map((r) => r.ms)),
    cliCpu: fastest(clis.map((r) => r.cpu)),
    planted: paths.planted,
    found: runs[0].value.summary,
  });
}

const growth = (i, key) => (i > 0 && rows[i].size === 2 * rows[i - 1].size ? `${(rows[i][key] / rows[i - 1][key]).toFixed(2)}×` : "");
const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`| duties | parse both | diffDocuments, fastest of ${DIFF_RUNS}: wall | CPU | growth (wall, CPU) | whole CLI, fastest of ${CLI_RUNS}: wall | CPU | growth (wall, CPU) |`);
console.log("| --: | --: | --: | --: | --: | --: | --: | --: |");
rows.forEach((r, i) => {
  const both = (a, b) => (i > 0 ? `${growth(i, a)}, ${growth(i, b)}` : "");
  console.log(`| ${r.size} | ${ms(r.parse)} | ${ms(r.diff)} | ${ms(r.diffCpu)} | ${both("diff", "diffCpu")} | ${ms(r.cli)} | ${ms(r.cliCpu)} | ${both("cli", "cliCpu")} |`);
});
console.log("\n| duties | kind | planted | reported |");
console.log("| --: | :-- | --: | --: |");
for (const r of rows) {
  for (const kind of ["modified", "added", "removed", "moved", "reordered"]) console.log(`| ${r.size} | ${kind} | ${r.planted[kind]} | ${r.found.duties[kind]} |`);
  console.log(`| ${r.size} | renamed (roles) | ${r.planted.renamed} | ${r.found.roles.renamed} |`);
}
