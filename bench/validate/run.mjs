// The validate benchmark: validate() on one large sheet (the parse corpus),
// the CLI over a folder of small sheets with planted faults, --fix-dry-run on
// the large sheet, and the start-up cost. Run `npm run build` first, then
//   node bench/validate/run.mjs [megabytes=10] [sheets=1000]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpus } from "../parse/corpus.mjs";
import { parse } from "../../dist/parse/index.js";
import { validate } from "../../dist/query/validate.js";
import { loadScriptFolding } from "../../dist/text/fold.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, "bin", "duties.js");
const megabytes = Number(process.argv[2] ?? 10);
const sheets = Number(process.argv[3] ?? 1000);

/** Small sheets of 4 to 8 roles; one list in three has a fault: a gap, a repeat or a mixed marker. */
function writeSheets(folder, count) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const roles = ["经理", "主管", "专员", "助理", "文员", "工程师", "统计员", "内勤"];
  const work = ["制定部门年度工作计划", "编制月度销售报表", "整理客户资料档案", "组织员工培训与考核", "跟踪生产进度", "审核费用报销单据", "处理客户投诉回访", "盘点库存并登记台账"];
  let seed = 7;
  const next = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let s = 0; s < count; s++) {
    const lines = [`第${s + 1}号 岗位职责`, ""];
    const roleCount = 4 + next(5);
    for (let r = 0; r < roleCount; r++) {
      lines.push(`${"一二三四五六七八"[r]}、${["销售部", "财务部", "仓储部"][next(3)]}${roles[r]}岗位职责`);
      const fault = next(3) === 0 ? next(3) : -1;
      const items = 5 + next(6);
      for (let i = 1; i <= items; i++) {
        const number = fault === 0 && i > 3 ? i + 1 : fault === 1 && i > 2 ? i - 1 : i;
        const sep = fault === 2 && i === 2 ? "." : "、";
        lines.push(`${number}${sep}${work[(i + r + s) % work.length]}，第${s}-${r}-${i}项；`);
      }
    }
    writeFileSync(join(folder, `sheet-${String(s).padStart(5, "0")}.txt`), lines.join("\n") + "\n");
  }
}

/** Milliseconds a function takes. */
function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Milliseconds the CLI takes, start-up included; exit codes 0 and 1 are both results. */
function timeCli(args) {
  return time(() => {
    try {
      execFileSync(process.execPath, [bin, ...args], { cwd: root, stdio: ["ignore", "ignore", "ignore"], env: { ...process.env, NO_COLOR: "1" } });
    } catch (err) {
      if (err.status !== 1) throw err;
    }
  });
}

const big = buildCorpus(megabytes, `validate-${megabytes}mb.txt`);
const folder = join(root, "bench", "out", "validate-sheets");
writeSheets(folder, sheets);
const text = readFileSync(big, "utf8");
const mb = Buffer.byteLength(text) / 1e6;

await loadScriptFolding();
let doc;
const parseMs = time(() => { doc = parse(text); });
let found;
const validateMs = time(() => { found = validate(doc); });
const figures = {
  "corpus (MB)": mb.toFixed(1),
  "parse (ms)": parseMs.toFixed(0),
  "validate() (ms)": validateMs.toFixed(0),
  "validate() (MB/s)": (mb / (validateMs / 1000)).toFixed(1),
  "diagnostics": found.length,
  "CLI start-up, --list-rules (ms)": timeCli(["validate", "--list-rules"]).toFixed(0),
  [`CLI on the ${mb.toFixed(0)} MB sheet (ms)`]: timeCli(["validate", big, "--format", "json", "-o", "/dev/null"]).toFixed(0),
  [`CLI --fix-dry-run on it (ms)`]: timeCli(["validate", big, "--fix-dry-run", "-o", "/dev/null"]).toFixed(0),
  [`CLI on ${sheets} small sheets (ms)`]: timeCli(["validate", folder, "--format", "json", "-o", "/dev/null"]).toFixed(0),
};
for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(36)} ${value}`);
