// The search benchmark: 2,000 generated sheets (about 40 MB) with a rare duty
// planted in 200 of them. Checks that `duties search` finds every planted
// duty, and compares the wall time of issue #4's command, `duties search
// 量子加密通信设备 … -l`, with ripgrep's `rg -l` on the same folder (the target:
// at most 10×).
//
//   node bench/search/run.mjs [--runs 7] [--regenerate] [--bin path/to/duties.js]
//
// --bin times another build of the CLI (another checkout's bin/duties.js) on
// this checkout's corpus, for comparisons.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { RARE_PHRASE, generateCorpus } from "./generate.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const corpus = `${root}bench/out/search-corpus`;
const plantedList = `${corpus}.planted.json`;
const args = process.argv.slice(2);
const bin = args.includes("--bin") ? args[args.indexOf("--bin") + 1] : `${root}bin/duties.js`;
const runs = Number(args[args.indexOf("--runs") + 1]) || 7;
const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

if (args.includes("--regenerate") || !existsSync(plantedList)) {
  process.stderr.write("generating the corpus…\n");
  const { planted, bytes } = generateCorpus(corpus);
  writeFileSync(plantedList, JSON.stringify({ planted, bytes }));
}
const { planted, bytes } = JSON.parse(readFileSync(plantedList, "utf8"));
const loadBefore = loadAverage();

/** Runs a command once and returns its output and wall time. */
function once(command, commandArgs) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, commandArgs, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${commandArgs.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return { output: r.stdout, wall };
}

/**
 * Runs the commands in turn, `runs` rounds after one warm-up round (which fills
 * the page cache), so that a change in the machine's load falls on all of them
 * alike; returns each one's output and median wall time.
 */
function timeTogether(commands) {
  const results = commands.map(() => ({ output: "", walls: [] }));
  for (let round = 0; round <= runs; round++) {
    commands.forEach(([command, commandArgs], i) => {
      const { output, wall } = once(command, commandArgs);
      results[i].output = output;
      if (round > 0) results[i].walls.push(wall);
    });
  }
  return results.map(({ output, walls }) => {
    const sorted = [...walls].sort((a, b) => a - b);
    return { output, walls, median: sorted[Math.floor(sorted.length / 2)] };
  });
}
const time = (command, commandArgs) => timeTogether([[command, commandArgs]])[0];

const ms = (x) => `${x.toFixed(0)} ms`;
const runsOf = (t) => `(runs: ${t.walls.map(ms).join(", ")})`;
const filesIn = (output) => new Set(output.split("\n").filter(Boolean).map((l) => (l.includes(":") ? l.slice(0, l.indexOf(":")) : l)));
const check = (found) => ({ missed: planted.filter((p) => !found.has(p)), extra: [...found].filter((p) => !planted.includes(p)) });

// rg has no script folding: it gets both spellings of the two characters that differ.
const rgPattern = "量子加密通信[设設][备備]";
const rgVersion = spawnSync("rg", ["--version"], { encoding: "utf8" });
const hasRg = !rgVersion.error;
const together = [
  [process.execPath, [bin, "search", RARE_PHRASE, corpus, "-l"]],
  [process.execPath, ["-e", "0"]],
];
if (hasRg) together.push(["rg", ["-l", rgPattern, corpus]]);
const [listed, node, rg] = timeTogether(together);
const listedCheck = check(filesIn(listed.output));

console.log(`corpus: 2,000 sheets, ${(bytes / 1e6).toFixed(1)} MB, ${planted.length} with the planted duty (${RARE_PHRASE})`);
console.log(`runs: ${runs} rounds after a warm-up round; medians of wall time; ${availableParallelism()} cores (default: ${availableParallelism() > 2 ? "workers when enough sheets need parsing" : "one thread"}); node ${process.version}; ${bin}`);
console.log(`duties search … -l:   ${ms(listed.median)}  ${runsOf(listed)}`);
console.log(`  listed ${planted.length - listedCheck.missed.length} of ${planted.length} planted sheets; missed ${listedCheck.missed.length}; other sheets listed ${listedCheck.extra.length}`);
if (hasRg) {
  console.log(`rg ${rgVersion.stdout.split("\n")[0].split(" ")[1]} -l '${rgPattern}':  ${ms(rg.median)}  ${runsOf(rg)}`);
  console.log(`  listed ${filesIn(rg.output).size} of ${planted.length} (not the phrases broken by a line end, nor UTF-16 files)`);
  console.log(`duties / rg: ${(listed.median / rg.median).toFixed(1)}× (target: 10×)`);
} else {
  console.log("ripgrep: NOT INSTALLED — no comparison made (install it with: apt-get install -y ripgrep)");
}
console.log(`node -e 0: ${ms(node.median)}  ${runsOf(node)}`);

// The same search printing its matches, and with a worker.
const lines = time(process.execPath, [bin, "search", RARE_PHRASE, corpus]);
const linesCheck = check(filesIn(lines.output));
const twoThreads = time(process.execPath, [bin, "search", "-j", "2", RARE_PHRASE, corpus, "-l"]);
const summary = JSON.parse(once(process.execPath, [bin, "search", "--json", RARE_PHRASE, corpus]).output.trim().split("\n").at(-1)).data.stats;
console.log(`duties search … (the matching duties): ${ms(lines.median)}  ${runsOf(lines)}; found ${planted.length - linesCheck.missed.length} of ${planted.length}, other sheets ${linesCheck.extra.length}`);
console.log(`duties search -j 2 … -l: ${ms(twoThreads.median)}  ${runsOf(twoThreads)}`);
console.log(`  prefilter: ${summary.skippedByPrefilter} of ${summary.searches} sheets ruled out by their bytes, ${summary.searches - summary.skippedByPrefilter} parsed`);

// Where the time goes: the CLI's start-up, and a search that parses no sheet at all.
const startup = time(process.execPath, [bin, "--version"]);
const nothing = time(process.execPath, [bin, "search", `${RARE_PHRASE}甲`, corpus, "-l"]);
console.log(`floor: duties --version ${ms(startup.median)}; a search that rules out every sheet ('${RARE_PHRASE}甲', -l) ${ms(nothing.median)}`);

// Where threads could pay: a common phrase has every sheet parsed.
const common = "客户投诉";
const alone = time(process.execPath, [bin, "search", "-c", common, corpus]);
const pooled = time(process.execPath, [bin, "search", "-c", "-j", "2", common, corpus]);
console.log(`every sheet parsed ('${common}', -c): default ${ms(alone.median)} ${runsOf(alone)}; -j 2 ${ms(pooled.median)} ${runsOf(pooled)}`);
console.log(`load average: ${loadBefore} before, ${loadAverage()} when done`);

const failures = [["-l", listedCheck], ["lines", linesCheck]].filter(([, c]) => c.missed.length || c.extra.length);
for (const [what, c] of failures) console.error(`FAILED (${what}): missed ${c.missed.join(", ") || "none"}; extra ${c.extra.join(", ") || "none"}`);
if (failures.length) process.exitCode = 1;
