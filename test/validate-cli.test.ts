import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixture, runBin, runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

const SHEET = "fixtures/sales-duties.txt";
const CLEAN = "fixtures/validate-clean.txt";
const out = (name: string) => join(tempDir("duties-validate-"), name);

describe("duties validate on the customer's sheet", () => {
  it("reports the numbering faults at lines 15, 44 and 335 as warnings and exits 0", async () => {
    const r = await runCli(["validate", SHEET]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(SHEET);
    const warnings = lines.filter((l) => l.includes(" warning "));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^ +15:1 +warning +Numbering skips from 10 to 14 +D001\/numbering-gap$/u);
    expect(warnings[1]).toMatch(/^ +44:1 +warning +Number 1 repeats the item before it \(line 43\) +D002\/repeated-number$/u);
    expect(warnings[2]).toMatch(/^ +335:1 +warning +Numbering skips from 10 to 12 +D001\/numbering-gap$/u);
    expect(r.stdout).toMatch(/✖ \d+ problems \(0 errors, 3 warnings, \d+ infos\)\n$/u);
  });

  it("exits 1 with --max-warnings 0, saying why on stderr", async () => {
    const r = await runCli(["validate", SHEET, "--max-warnings", "0"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("duties: 3 warnings, more than --max-warnings 0\n");
    expect((await runCli(["validate", SHEET, "--max-warnings", "3"])).code).toBe(0);
  });

  it("shows errors only with --quiet, so warnings no longer count", async () => {
    const r = await runCli(["validate", SHEET, "--quiet", "--max-warnings", "0"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
  });
});

describe("duties validate on a clean sheet", () => {
  it("exits 0 and prints nothing", async () => {
    const r = await runCli(["validate", CLEAN, "--max-warnings", "0"]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});

describe("report formats", () => {
  it("json: an array of { path, diagnostics } for every file, clean ones included", async () => {
    const r = await runCli(["validate", SHEET, CLEAN, "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.map((f: { path: string }) => f.path)).toEqual([SHEET, CLEAN]);
    expect(report[1].diagnostics).toEqual([]);
    expect(report[0].diagnostics[0]).toEqual({
      rule: "D001/numbering-gap", severity: "warning", message: "Numbering skips from 10 to 14",
      line: 15, column: 1, endLine: 15, endColumn: 4,
    });
  });

  it("github: workflow annotations with file, lines and columns", async () => {
    const r = await runCli(["validate", SHEET, "--format", "github"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("::warning file=fixtures/sales-duties.txt,line=15,endLine=15,col=1,endColumn=4,title=D001/numbering-gap::Numbering skips from 10 to 14");
    expect(lines.filter((l) => l.startsWith("::notice ")).length).toBeGreaterThan(0);
    expect(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=D\d{3}\/[a-z-]+::\S/u.test(l))).toBe(true);
  });

  it("-o writes the report to a file and nothing to stdout", async () => {
    const file = out("report.json");
    const r = await runCli(["validate", SHEET, "--format", "json", "-o", file]);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(file, "utf8"))[0].path).toBe(SHEET);
  });

  it("colours the stylish report on a terminal, and never with NO_COLOR", async () => {
    expect((await runCli(["validate", SHEET], { tty: true })).stdout).toContain("\u001b[");
    expect((await runCli(["validate", SHEET], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
  });
});

describe("inputs", () => {
  it("reads stdin for -", async () => {
    const r = await runCli(["validate", "-"], { stdin: readFileSync(fixture("sales-duties.txt")) });
    expect(r.stdout.split("\n")[0]).toBe("<stdin>");
    expect(r.stdout).toContain("D002/repeated-number");
  });

  it("walks folders", async () => {
    const r = await runCli(["validate", "fixtures", "--format", "json"]);
    const paths = JSON.parse(r.stdout).map((f: { path: string }) => f.path);
    expect(paths).toContain(SHEET);
    expect(paths).toContain(CLEAN);
  });

  it("reports an unreadable input, checks the others and exits 2", async () => {
    const r = await runCli(["validate", "no/such.txt", SHEET]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no/such.txt");
    expect(r.stdout).toContain("D001/numbering-gap");
  });
});

describe("usage errors exit 2 with one line", () => {
  const cases: [string, string[]][] = [
    ["--format markdown without --list-rules", ["validate", SHEET, "--format", "markdown"]],
    ["--fix on stdin", ["validate", "-", "--fix"]],
    ["--fix with --fix-dry-run", ["validate", SHEET, "--fix", "--fix-dry-run"]],
    ["a --max-warnings that is not a count", ["validate", SHEET, "--max-warnings", "some"]],
    ["-o over an input", ["validate", SHEET, "-o", SHEET]],
    ["--list-rules as SARIF", ["validate", "--list-rules", "--format", "sarif"]],
  ];
  for (const [what, args] of cases) {
    it(what, async () => {
      const r = await runCli(args, { stdin: "" });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stdout).toBe("");
    });
  }
});

describe("--list-rules", () => {
  it("lists every rule with its default severity", async () => {
    const r = await runCli(["validate", "--list-rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(12);
    expect(r.stdout).toMatch(/^D008\/duty-in-several-roles +info +The same duty appears in several roles$/mu);
  });

  it("prints JSON with each rule's settings", async () => {
    const rules = JSON.parse((await runCli(["validate", "--list-rules", "--format", "json"])).stdout);
    expect(rules.find((r: { id: string }) => r.id === "D010").settings).toEqual([
      { name: "maxLength", default: 150, description: "Items longer than this many characters are checked" },
      { name: "minSentences", default: 3, description: "How many sentences a long item must hold to be reported" },
    ]);
  });
});

describe("through the real bin", () => {
  it("exits 1 on the customer's sheet with --max-warnings 0, and 0 on a clean sheet", () => {
    const sheet = runBin(["validate", SHEET, "--max-warnings", "0"]);
    expect(sheet.code).toBe(1);
    expect(sheet.stdout).toContain("335:1");
    const clean = runBin(["validate", CLEAN]);
    expect(clean).toMatchObject({ code: 0, stdout: "" });
  });
});
