// The search benchmark: 2,000 generated sheets (about 40 MB) with a rare duty
// planted in 200 of them. Checks that `duties search` finds every planted
// duty, and compares its wall time with ripgrep's on the same folder.
//
//   node bench/search/run.mjs [--runs 3] [--regenerate]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { RARE_PHRASE, generateCorpus } from "./generate.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const corpus = `${root}bench/out/search-corpus`;
const plantedList = `${corpus}.planted.json`;
const bin = `${root}bin/duties.js`;
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 3;

if (args.includes("--regenerate") || !existsSync(plantedList)) {
  process.stderr.write("generating the corpus…\n");
  const { planted, bytes } = generateCorpus(corpus);
  writeFileSync(plantedList, JSON.stringify({ planted, bytes }));
}
const { planted, bytes } = JSON.parse(readFileSync(plantedList, "utf8"));

/** Runs a command `runs` times (after one warm-up run) and returns its output and median wall time. */
function time(command, commandArgs) {
  const walls = [];
  let output = "";
  for (let i = 0; i <= runs; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync(command, commandArgs, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
    const wall = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${commandArgs.join(" ")}: exit ${r.status}\n${r.stderr}`);
    if (i > 0) walls.push(wall); // the first run warms the page cache
    output = r.stdout;
  }
  walls.sort((a, b) => a - b);
  return { output, median: walls[Math.floor(walls.length / 2)], walls };
}

const filesIn = (output) => new Set(output.split("\n").filter(Boolean).map((l) => l.slice(0, l.indexOf(":"))));
const ms = (x) => `${x.toFixed(0)} ms`;

const duties = time(process.execPath, [bin, "search", RARE_PHRASE, corpus]);
const found = filesIn(duties.output);
const missed = planted.filter((p) => !found.has(p));
const extra = [...found].filter((p) => !planted.includes(p));
const twoThreads = time(process.execPath, [bin, "search", "-j", "2", RARE_PHRASE, corpus]);
const summary = JSON.parse(execFileSync(process.execPath, [bin, "search", "--json", RARE_PHRASE, corpus], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 }).trim().split("\n").at(-1)).data.stats;

console.log(`corpus: ${summary.searches} sheets, ${(bytes / 1e6).toFixed(1)} MB, ${planted.length} with the planted duty (${RARE_PHRASE})`);
console.log(`runs: ${runs} each after a warm-up; medians of wall time; ${availableParallelism()} cores (default: ${availableParallelism() > 2 ? "workers when enough sheets need parsing" : "one thread"})`);
console.log(`duties search:        ${ms(duties.median)}  (runs: ${duties.walls.map(ms).join(", ")})`);
console.log(`duties search -j 2:   ${ms(twoThreads.median)}  (runs: ${twoThreads.walls.map(ms).join(", ")})`);
console.log(`  found ${found.size - extra.length} of ${planted.length} planted sheets; missed ${missed.length}; other sheets listed ${extra.length}`);
console.log(`  prefilter: ${summary.skippedByPrefilter} of ${summary.searches} sheets ruled out by their bytes, ${summary.searches - summary.skippedByPrefilter} parsed`);

const rgVersion = spawnSync("rg", ["--version"], { encoding: "utf8" });
if (rgVersion.error) {
  console.log("ripgrep: NOT INSTALLED — no comparison made (install it with: apt-get install -y ripgrep)");
} else {
  // rg has no script folding: give it both spellings of the two characters that differ.
  const pattern = "量子加密通信[设設][备備]";
  const rg = time("rg", [pattern, corpus]);
  const rgFound = filesIn(rg.output);
  console.log(`rg ${rgVersion.stdout.split("\n")[0].split(" ")[1]} '${pattern}':  ${ms(rg.median)}  (runs: ${rg.walls.map(ms).join(", ")})`);
  console.log(`  found ${rgFound.size} of ${planted.length} (not the phrases broken by a line end, nor UTF-16 files)`);
  console.log(`duties / rg: ${(duties.median / rg.median).toFixed(1)}×`);
}
// Where the time goes: Node alone, the CLI's start-up, and a search that parses no sheet at all.
const node = time(process.execPath, ["-e", "0"]);
const startup = time(process.execPath, [bin, "--version"]);
const nothing = time(process.execPath, [bin, "search", `${RARE_PHRASE}甲`, corpus]);
console.log(`floor: node -e 0 ${ms(node.median)}; duties --version ${ms(startup.median)}; a search that rules out every sheet ('${RARE_PHRASE}甲') ${ms(nothing.median)}`);

// Where threads could pay: a common phrase has every sheet parsed.
const common = "客户投诉";
const alone = time(process.execPath, [bin, "search", "-c", common, corpus]);
const pooled = time(process.execPath, [bin, "search", "-c", "-j", "2", common, corpus]);
console.log(`every sheet parsed ('${common}', -c): default ${ms(alone.median)} (runs: ${alone.walls.map(ms).join(", ")}); -j 2 ${ms(pooled.median)} (runs: ${pooled.walls.map(ms).join(", ")})`);
console.log(`load average when done: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);

if (missed.length || extra.length) {
  console.error(`FAILED: missed ${missed.join(", ") || "none"}; extra ${extra.join(", ") || "none"}`);
  process.exitCode = 1;
}
