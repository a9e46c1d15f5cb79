// Hundreds of thousands of things in one input: lines, roles, blocks, items,
// problems. Spreading that many values into one call (push(...list),
// Math.max(...list)) overflowed the stack; each row is one place that did.
import { describe, expect, it } from "vitest";
import type { Document, Duty, Role } from "../src/model/document.js";
import { parse } from "../src/parse/index.js";
import { diffDocuments } from "../src/query/diff.js";
import { planFixes } from "../src/query/fix.js";
import type { SearchLine } from "../src/query/search-context.js";
import { toMdast } from "../src/render/markdown.js";
import { tablePrinter } from "../src/render/search-table.js";
import { renderStylish } from "../src/render/validate-stylish.js";
import { loadScriptFolding } from "../src/text/fold.js";

const MANY = 200_000;

/** A Document of one section holding `roles`. */
const withRoles = (roles: Role[]): Document => ({ ...parse(""), sections: [{ kind: "section", id: "s1", title: null, line: null, roles }] });
const role = (i: number, extra: Partial<Role> = {}): Role => ({
  kind: "role", id: `s1.r${i}`, name: `区域${i}经理`, heading: `区域${i}经理岗位职责`, department: null, line: i,
  summary: null, summaryLine: null, summaryEndLine: null, fields: [], duties: [], blocks: [], ...extra,
});

describe("hundreds of thousands of things", () => {
  it("the parser: a running header repeated 200,000 times", () => {
    const text = Array.from({ length: MANY }, (_, i) => `安和医疗器械有限公司\n${(i % 999) + 1}、负责。\n${(i % 999) + 2}、协助。`).join("\n");
    expect(parse(text).ignored.filter((l) => l.reason === "page-noise")).toHaveLength(MANY);
  });

  it("the Markdown export: 200,000 roles", () => {
    expect(toMdast(withRoles(Array.from({ length: MANY }, (_, i) => role(i)))).children).toHaveLength(MANY);
  });

  it("the diff: a role with 200,000 blocks", async () => {
    await loadScriptFolding();
    const blocks = Array.from({ length: MANY }, (_, i) => ({ kind: "block" as const, type: "other" as const, title: `考核${i}`, line: i + 2, items: [] }));
    expect(diffDocuments(parse(""), withRoles([role(1, { blocks })])).summary.roles.added).toBe(1);
  });

  it("the validate report: 200,000 problems in one file", () => {
    const diagnostics = Array.from({ length: MANY }, (_, i) => ({ rule: "D002/repeated-number", severity: "warning" as const, message: "Number 1 repeats", line: i + 1, column: 1, endLine: i + 1, endColumn: 3 }));
    expect(renderStylish([{ path: "big.txt", diagnostics }], { color: false }).split("\n")).toHaveLength(MANY + 4);
  });

  it("validate --fix: a list of 200,000 bullets to restyle", () => {
    const text = `销售经理岗位职责\n${"• 负责甲\n- 负责乙\n".repeat(MANY)}`;
    const doc = parse(text);
    const dashes = doc.sections[0]!.roles[0]!.duties.filter((d: Duty) => d.marker === "-");
    const diagnostics = dashes.map((d) => ({ rule: "D004/mixed-marker-style", severity: "warning" as const, message: "", line: d.line, column: d.column, endLine: d.line, endColumn: d.column + 1 }));
    expect(planFixes(doc, text, diagnostics)).toHaveLength(MANY);
  });

  it("search --table: 200,000 roles with a match in one file", () => {
    const groups = Array.from({ length: MANY }, (_, i): SearchLine[] => [{ kind: "match", role: role(i), section: { title: null }, submatches: [{}] } as unknown as SearchLine]);
    const printer = tablePrinter({ color: false });
    expect(printer.file({ display: "big.txt", groups, matchedItems: MANY, matches: MANY, skipped: false })).toBe("");
  });
});
