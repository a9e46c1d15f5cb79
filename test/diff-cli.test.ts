// `duties diff` through the CLI: files, stdin, git revisions and folders;
// every format; exit codes; one-line errors; and once through the real bin.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { DiffReport } from "../src/index.js";
import { fixture, runBin, runCli } from "./helpers/cli.js";
import { plantFiveChanges } from "./helpers/plant.js";
import { tempDir as makeTempDir } from "./helpers/temp.js";

const SALES = fixture("sales-duties.txt");
const salesText = readFileSync(SALES, "utf8");
const tempDir = () => makeTempDir("duties-diff-");
const json = (stdout: string) => JSON.parse(stdout) as DiffReport;
const oneLine = (stderr: string) => expect(stderr.trimEnd().split("\n")).toHaveLength(1);

let planted: string;
beforeAll(() => {
  planted = join(tempDir(), "sales-planted.txt");
  writeFileSync(planted, plantFiveChanges(salesText));
});

describe("duties diff on files", () => {
  it("reports the five planted changes as JSON, valid against `duties schema --diff`", async () => {
    const r = await runCli(["diff", SALES, planted, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const report = json(r.stdout);
    expect(report.changes.map((c) => `${c.type} ${c.target}`)).toEqual(["moved duty", "renamed role", "modified duty", "added duty", "removed duty"]);
    const schema = JSON.parse((await runCli(["schema", "--diff"])).stdout);
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it("prints the readable report by default, coloured only when asked", async () => {
    const plain = await runCli(["diff", SALES, planted]);
    expect(plain.stdout.split("\n")[0]).toBe(`${SALES} → ${planted}`);
    expect(plain.stdout).toContain("  ~ modified     4 銷售代表的考核及日常人員管理(包括[-支持-]激勵)");
    expect(plain.stdout).not.toContain("\u001b[");
    const coloured = await runCli(["diff", SALES, planted, "--color", "always"]);
    expect(coloured.stdout).toContain("\u001b[7m支持\u001b[27m");
    const noColor = await runCli(["diff", SALES, planted], { tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\u001b[");
  });

  it("prints a Markdown report with a summary table", async () => {
    const r = await runCli(["diff", SALES, planted, "--format", "markdown"]);
    expect(r.stdout).toMatch(/^### Duty changes: .* → .*\n\n\| Change \| Roles \| Duties \|/u);
    expect(r.stdout).toContain("#### 汽車銷售顧問 · line 261");
  });

  it("reads one side from stdin", async () => {
    const r = await runCli(["diff", "-", planted, "--format", "json"], { stdin: salesText });
    expect(json(r.stdout).summary.changes).toBe(5);
  });

  it("reads a Document printed by `duties parse` as one side", async () => {
    const docPath = join(tempDir(), "sales.json");
    writeFileSync(docPath, (await runCli(["parse", SALES, "--format", "json"])).stdout);
    const r = await runCli(["diff", docPath, planted, "--format", "json"]);
    expect(json(r.stdout).summary.changes).toBe(5);
  });

  it("passes the thresholds and --ignore-order on to the comparison", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "销售经理岗位职责\n1、制定销售计划。\n2、管理销售团队。\n");
    writeFileSync(join(dir, "b.txt"), "销售经理岗位职责\n1、管理销售团队。\n2、制定年度销售计划并执行。\n");
    const run = async (...args: string[]) => json((await runCli(["diff", join(dir, "a.txt"), join(dir, "b.txt"), "--format", "json", ...args])).stdout).changes.map((c) => c.type).sort();
    expect(await run()).toEqual(["modified", "reordered"]);
    expect(await run("--ignore-order")).toEqual(["modified"]);
    expect(await run("--ignore-order", "--threshold", "0.9")).toEqual(["added", "removed"]);
  });
});

describe("exit codes", () => {
  it("exits 0 with differences by default, 1 with --exit-code, 0 with --exit-code on identical files", async () => {
    expect((await runCli(["diff", SALES, planted])).code).toBe(0);
    expect((await runCli(["diff", SALES, planted, "--exit-code"])).code).toBe(1);
    expect((await runCli(["diff", SALES, SALES, "--exit-code"])).code).toBe(0);
    expect((await runCli(["diff", SALES, SALES, "--exit-code", "--format", "json"])).stdout).toContain('"changes":[]');
  });

  it("exits 1 with --fail-on only for the kinds it names", async () => {
    expect((await runCli(["diff", SALES, planted, "--fail-on", "removed,modified"])).code).toBe(1);
    expect((await runCli(["diff", SALES, planted, "--fail-on", "reordered"])).code).toBe(0);
  });

  it("exits 2 with a one-line message for trouble", async () => {
    const cases = [
      [["diff", "no/such/old.txt", SALES], "no/such/old.txt"],
      [["diff", "-", "-"], "only one side"],
      [["diff", SALES, fixture("")], "compare two files or two folders"],
      [["diff", SALES, planted, "--threshold", "2"], "--threshold"],
      [["diff", SALES, planted, "--fail-on", "added,deleted"], "deleted"],
      [["diff", SALES], "missing required argument"],
    ] as const;
    for (const [args, message] of cases) {
      const r = await runCli([...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      oneLine(r.stderr);
      expect(r.stderr).toContain(message);
    }
  });
});

describe("git revisions", () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" });
  beforeAll(() => {
    repo = tempDir();
    git("init", "-q");
    mkdirSync(join(repo, "roles"));
    writeFileSync(join(repo, "roles", "sales.txt"), salesText);
    writeFileSync(join(repo, "roles", "clerk.txt"), "文员岗位职责\n1、整理文件。\n");
    git("add", ".");
    git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "roles");
    writeFileSync(join(repo, "roles", "sales.txt"), plantFiveChanges(salesText));
  });

  it("reads REV:PATH through git show", async () => {
    const r = await runCli(["diff", "HEAD:roles/sales.txt", join(repo, "roles", "sales.txt"), "--format", "json"], { cwd: repo });
    expect(r.stderr).toBe("");
    expect(json(r.stdout).summary.changes).toBe(5);
  });

  it("compares a folder in a revision with a folder on disk, file by file", async () => {
    const r = await runCli(["diff", "HEAD:roles", join(repo, "roles"), "--format", "json"], { cwd: repo });
    const report = json(r.stdout);
    expect(report.summary.compared.files).toBe(2);
    expect(new Set(report.changes.map((c) => c.file))).toEqual(new Set(["sales.txt"]));
  });

  it("names the revision in a one-line message when git cannot read it", async () => {
    const r = await runCli(["diff", "no-such-branch:roles/sales.txt", join(repo, "roles", "sales.txt")], { cwd: repo });
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^duties: no-such-branch:roles\/sales\.txt: cannot read this revision from git: /u);
  });
});

describe("folders", () => {
  it("pairs files by relative path; a file on one side only is all added or removed", async () => {
    const [a, b] = [tempDir(), tempDir()];
    mkdirSync(join(a, "sub"));
    mkdirSync(join(b, "sub"));
    writeFileSync(join(a, "sub", "sales.txt"), salesText);
    writeFileSync(join(b, "sub", "sales.txt"), plantFiveChanges(salesText));
    writeFileSync(join(a, "gone.txt"), "文员岗位职责\n1、整理文件。\n");
    writeFileSync(join(b, "new.md"), "## 司机岗位职责\n\n1. 安全驾驶车辆。\n");
    const r = await runCli(["diff", a, b, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.summary.compared.files).toBe(3);
    const byFile = (file: string) => report.changes.filter((c) => c.file === file).map((c) => `${c.type} ${c.target}`);
    expect(byFile("gone.txt")).toEqual(["removed role", "removed duty"]);
    expect(byFile("new.md")).toEqual(["added role", "added duty"]);
    expect(byFile("sub/sales.txt")).toHaveLength(5);
  });

  it("reports a file it cannot read as a sheet, compares the rest and exits 2", async () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const dir of [a, b]) writeFileSync(join(dir, "ok.txt"), salesText);
    writeFileSync(join(a, "image.txt"), "文员岗位职责\n");
    writeFileSync(join(b, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0, 1, 2, 0, 0, 0, 0]));
    const r = await runCli(["diff", a, b, "--format", "json"]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain("image.txt");
    expect(json(r.stdout).summary.compared.files).toBe(1);
  });
});

describe("--format github", () => {
  it("prints notices at the new file's lines and appends the Markdown report to $GITHUB_STEP_SUMMARY", async () => {
    const summary = join(tempDir(), "summary.md");
    writeFileSync(summary, "earlier step\n");
    const r = await runCli(["diff", SALES, planted, "--format", "github"], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(0);
    const notices = r.stdout.trimEnd().split("\n");
    expect(notices).toHaveLength(6);
    expect(notices[0]).toBe(`::notice file=${planted},line=248,title=moved duty::銷售經理: 十三 組織召開區域經銷商會議。 (line 248, from 二級區域銷售經理 line 303)`);
    const written = readFileSync(summary, "utf8");
    expect(written.startsWith("earlier step\n### Duty changes: ")).toBe(true);
    expect(written).toContain("| **total** | **1** | **4** |");
  });

  it("leaves the file out of annotations for stdin", async () => {
    const r = await runCli(["diff", SALES, "-", "--format", "github"], { stdin: plantFiveChanges(salesText) });
    expect(r.stdout.split("\n")[0]).toMatch(/^::notice title=moved duty::/u);
  });
});

describe("through the real bin", () => {
  it("diffs two files and exits 1 with --exit-code", () => {
    const r = runBin(["diff", "fixtures/sales-duties.txt", planted, "--format", "json", "--exit-code"]);
    expect(r.code).toBe(1);
    expect(json(r.stdout).summary.changes).toBe(5);
  });
});
