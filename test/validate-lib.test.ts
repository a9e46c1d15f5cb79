import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { NUMBERING_RULES } from "../src/parse/numbering.js";
import { parse } from "../src/parse/index.js";
import { findRule, RULES, ruleKey } from "../src/query/rules/index.js";
import { activeRules, validate } from "../src/query/validate.js";
import { loadScriptFolding } from "../src/text/fold.js";
import { fixture } from "./helpers/cli.js";
import { sheet } from "./helpers/rules.js";

const gapAndRepeat = sheet("销售经理岗位职责", "1、制定销售计划；", "1、组织销售团队；", "4、负责客户回访。");

describe("the rule registry", () => {
  it("numbers the rules D001 to D012, each with a kebab-case name, a description and an explanation", () => {
    expect(RULES.map((r) => r.id)).toEqual(Array.from({ length: 12 }, (_, i) => `D${String(i + 1).padStart(3, "0")}`));
    for (const rule of RULES) {
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/u);
      expect(rule.description).not.toContain("\n");
      expect(rule.explanation.length).toBeGreaterThan(rule.description.length);
    }
  });

  it("keeps each rule in a file named after it", () => {
    const files = readdirSync(new URL("../src/query/rules/", import.meta.url)).filter((f) => /^D\d{3}-/u.test(f));
    expect(files.sort()).toEqual(RULES.map((r) => `${r.id}-${r.name}.ts`));
  });

  it("shares the keys the parser and the input reader record", () => {
    expect(Object.values(NUMBERING_RULES)).toEqual(RULES.slice(0, 3).map(ruleKey));
    expect(ruleKey(findRule("D012")!)).toBe("D012/invalid-bytes");
  });

  it("finds a rule by id, name or both", () => {
    expect(findRule("D004")).toBe(findRule("mixed-marker-style"));
    expect(findRule("D004/mixed-marker-style")).toBe(findRule("D004"));
    expect(findRule("D099")).toBeUndefined();
  });
});

describe("validate()", () => {
  it("reports with the default severities, in document order", async () => {
    await loadScriptFolding();
    const found = validate(parse(gapAndRepeat));
    expect(found.map((d) => [d.line, d.rule, d.severity])).toEqual([
      [3, "D002/repeated-number", "warning"],
      [4, "D001/numbering-gap", "warning"],
    ]);
  });

  it("applies a configuration's severities by id, by name or by both", async () => {
    await loadScriptFolding();
    const found = validate(parse(gapAndRepeat), { rules: { "numbering-gap": "error", "D002/repeated-number": "off" } });
    expect(found.map((d) => [d.rule, d.severity])).toEqual([["D001/numbering-gap", "error"]]);
  });

  it("fills a rule's settings from its defaults", () => {
    const d010 = activeRules({ rules: { D010: { severity: "warning", minSentences: 2 } } }).find((a) => a.rule.id === "D010")!;
    expect(d010).toMatchObject({ severity: "warning", options: { maxLength: 150, minSentences: 2 } });
  });

  it("turns every rule off when asked", async () => {
    await loadScriptFolding();
    const rules = Object.fromEntries(RULES.map((r) => [r.id, "off" as const]));
    expect(validate(parse(gapAndRepeat), { rules })).toEqual([]);
  });

  it("throws a configuration error for an unknown rule", () => {
    expect(() => validate(parse(gapAndRepeat), { rules: { D099: "error" } })).toThrow(/rules\.D099: unknown rule/u);
  });

  it("finds the customer's sheet's numbering faults at lines 15, 44 and 335, and nothing else to warn about", async () => {
    await loadScriptFolding();
    const found = validate(parse(readFileSync(fixture("sales-duties.txt"), "utf8")));
    expect(found.filter((d) => d.severity !== "info").map((d) => [d.line, d.rule])).toEqual([
      [15, "D001/numbering-gap"], [44, "D002/repeated-number"], [335, "D001/numbering-gap"],
    ]);
  });

  it("finds nothing at all in a clean sheet", async () => {
    await loadScriptFolding();
    expect(validate(parse(readFileSync(fixture("validate-clean.txt"), "utf8")))).toEqual([]);
  });
});

describe("the library entry", () => {
  it("runs the example of docs/validate.md", async () => {
    const { parse: parseSheet, validate: check, loadScriptFolding: load, fixText, RULES: rules } = await import("../src/index.js");
    const text = "销售经理岗位职责\n1、制定销售计划；\n3、组织销售团队。\n";
    await load();
    const doc = parseSheet(text);
    const diagnostics = check(doc, { rules: { "numbering-gap": "error" } });
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([["D001/numbering-gap", "error"]]);
    const { output, edits } = fixText(doc, text, diagnostics);
    expect(output).toBe("销售经理岗位职责\n1、制定销售计划；\n2、组织销售团队。\n");
    expect(edits).toHaveLength(1);
    expect(rules).toHaveLength(12);
  });
});
