import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixture, runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS with its class on `default`; require() reads it the same way in Node and in vitest.
const Ajv04: typeof import("ajv-draft-04").default = require("ajv-draft-04").default;
const SARIF_SCHEMA = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));

/** The official SARIF 2.1.0 schema (draft-04), with its formats checked as URIs must be written: ASCII, parseable. */
function sarifValidator() {
  const ajv = new Ajv04({ unicodeRegExp: false, allErrors: true, strict: false });
  const ascii = (s: string) => /^[\x21-\x7e]*$/u.test(s);
  ajv.addFormat("uri", (s: string) => ascii(s) && URL.canParse(s));
  ajv.addFormat("uri-reference", (s: string) => ascii(s) && URL.canParse(s, "file:///root/"));
  ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(SARIF_SCHEMA);
}

describe("duties validate --format sarif", () => {
  it("validates against the official SARIF 2.1.0 schema", async () => {
    const r = await runCli(["validate", fixture("sales-duties.txt"), fixture("validate-mixed.txt"), "--format", "sarif"]);
    expect(r.code).toBe(0);
    const check = sarifValidator();
    const log = JSON.parse(r.stdout);
    expect(check(log), JSON.stringify(check.errors, null, 2)).toBe(true);
    // The schema has teeth: a result without its message is rejected.
    delete log.runs[0].results[0].message;
    expect(check(log)).toBe(false);
  });

  it("carries what GitHub code scanning reads: the tool, its rules, and located results", async () => {
    const r = await runCli(["validate", "fixtures/sales-duties.txt", "--format", "sarif"]);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.tool.driver.name).toBe("duties");
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain("D001");
    expect(run.tool.driver.rules[0]).toMatchObject({ id: "D001", name: "numbering-gap", defaultConfiguration: { level: "warning" } });
    const gap = run.results.find((res: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => res.locations[0].physicalLocation.region.startLine === 15);
    expect(gap).toEqual({
      ruleId: "D001",
      ruleIndex: 0,
      level: "warning",
      message: { text: "Numbering skips from 10 to 14" },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: "fixtures/sales-duties.txt", uriBaseId: "%SRCROOT%" },
          region: { startLine: 15, startColumn: 1, endLine: 15, endColumn: 4 },
        },
      }],
    });
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toMatch(/^file:\/\/.*\/$/u);
  });

  it("percent-encodes file names in the relative URI", async () => {
    const dir = tempDir("duties-sarif-");
    writeFileSync(join(dir, "销售 部.txt"), "销售经理岗位职责\n1、制定销售计划；\n3、组织销售团队。\n");
    const r = await runCli(["validate", join(dir, "销售 部.txt"), "--format", "sarif"], { cwd: dir });
    const log = JSON.parse(r.stdout);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("%E9%94%80%E5%94%AE%20%E9%83%A8.txt");
    expect(sarifValidator()(log)).toBe(true);
  });

  it("writes infos as notes, and stdin without a file URI", async () => {
    const r = await runCli(["validate", "-", "--format", "sarif"], { stdin: "销售经理岗位职责\n1、制定销售计划。\n销售主管岗位职责\n1、制定销售计划。\n" });
    const results = JSON.parse(r.stdout).runs[0].results;
    expect(results[0].level).toBe("note");
    expect(results[0].locations[0].physicalLocation.artifactLocation).toEqual({ description: { text: "standard input" } });
    expect(sarifValidator()(JSON.parse(r.stdout))).toBe(true);
  });
});
