import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { findConfig, loadConfig } from "../src/cli/config.js";
import { parseConfig } from "../src/model/config.js";
import { fixture, runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

const SHEET = fixture("sales-duties.txt");

/** A folder tree a/b/c in a fresh temporary folder, with `config` written to a/.dutiesrc.json. */
function nested(config: string): { top: string; deep: string } {
  const top = tempDir("duties-config-");
  const deep = join(top, "a", "b", "c");
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(top, "a", ".dutiesrc.json"), config);
  return { top, deep };
}

describe("configuration errors name the file and the key in one line", () => {
  const cases: [string, unknown, string][] = [
    ["an unknown rule", { rules: { D099: "error" } }, "x.json: rules.D099: unknown rule"],
    ["an unknown severity", { rules: { D001: "warn" } }, 'x.json: rules.D001: expected "off", "info", "warning", "error"'],
    ["a severity of the wrong type", { rules: { "numbering-gap": 2 } }, "x.json: rules.numbering-gap: expected"],
    ["a setting of the wrong type", { rules: { D010: { maxLength: "long" } } }, "x.json: rules.D010.maxLength: Invalid input: expected number"],
    ["an unknown setting", { rules: { D010: { maxLen: 10 } } }, "x.json: rules.D010.maxLen: unknown setting"],
    ["an unknown top-level key", { rule: {} }, "x.json: rule: unknown key"],
    ["one rule set twice", { rules: { D001: "off", "numbering-gap": "error" } }, 'x.json: rules.numbering-gap: sets the same rule as "D001"'],
  ];
  for (const [what, value, message] of cases) {
    it(what, () => {
      expect(() => parseConfig(value, "x.json")).toThrow(message);
    });
  }

  it("accepts severities, settings and a $schema", () => {
    const config = { $schema: "./schema.json", rules: { D001: "error", "overlong-item": { severity: "warning", maxLength: 80 } } };
    expect(parseConfig(config, "x.json")).toMatchObject(config);
  });
});

describe("finding the configuration", () => {
  it("walks up from the current folder to the nearest .dutiesrc.json", () => {
    const { top, deep } = nested("{}");
    expect(findConfig(deep)).toBe(join(top, "a", ".dutiesrc.json"));
  });

  it("uses the defaults when there is none", async () => {
    const empty = tempDir("duties-noconfig-");
    // The temporary folder's parents could hold one; only a miss all the way up gives the defaults.
    if (findConfig(empty) === null) expect(await loadConfig(empty)).toEqual({ config: {}, file: null });
  });

  it("names a bad JSON file in one line", async () => {
    const { top, deep } = nested("{ rules: }");
    await expect(loadConfig(deep)).rejects.toThrow(`${join(top, "a", ".dutiesrc.json")}: not valid JSON: `);
  });
});

describe("duties validate with a configuration", () => {
  it("reads the nearest .dutiesrc.json: warnings raised to errors exit 1", async () => {
    const { deep } = nested(JSON.stringify({ rules: { D001: "error" } }));
    const r = await runCli(["validate", SHEET], { cwd: deep });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/15:1 +error +Numbering skips from 10 to 14 +D001\/numbering-gap/u);
  });

  it("prefers --config FILE to the one found", async () => {
    const { top, deep } = nested(JSON.stringify({ rules: { D001: "error" } }));
    writeFileSync(join(top, "quiet.json"), JSON.stringify({ rules: { D001: "off", D002: "off" } }));
    const r = await runCli(["validate", SHEET, "--config", join(top, "quiet.json"), "--format", "json"], { cwd: deep });
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules).not.toContain("D001/numbering-gap");
    expect(rules).not.toContain("D002/repeated-number");
  });

  it("exits 2 with one line naming the file and the wrong key for a bad configuration", async () => {
    const { top, deep } = nested(JSON.stringify({ rules: { "numbering-gaps": "error" } }));
    const r = await runCli(["validate", SHEET], { cwd: deep });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`duties: ${join(top, "a", ".dutiesrc.json")}: rules.numbering-gaps: unknown rule`);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 for a --config file that does not exist", async () => {
    const r = await runCli(["validate", SHEET, "--config", "no/such/config.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no/such/config.json");
  });
});

describe("duties schema --config", () => {
  it("prints a JSON Schema that editors can use to check a configuration", async () => {
    const r = await runCli(["schema", "--config"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    const check = new Ajv({ strict: false }).compile(schema);
    expect(check({ rules: { D001: "error", "overlong-item": { maxLength: 80 } } })).toBe(true);
    expect(check({ rules: { D099: "error" } })).toBe(false);
    expect(check({ rules: { D001: "warn" } })).toBe(false);
    expect(schema.properties.rules.properties.D001.description).toContain("numbering-gap");
  });
});
