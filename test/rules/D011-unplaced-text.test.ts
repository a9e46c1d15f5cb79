import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "../../src/parse/index.js";
import { fixture } from "../helpers/cli.js";
import { diagnosticsOf, sheet } from "../helpers/rules.js";

/** A parsed sheet with `ignored` entries of the given reasons on lines 10, 11, … */
function withIgnored(...reasons: string[]) {
  const doc = parse(sheet("销售经理岗位职责", "1、制定销售计划。"));
  doc.ignored = reasons.map((reason, i) => ({ line: 10 + i, text: `第${i}行的文字`, reason }));
  return doc;
}

describe("D011/unplaced-text", () => {
  it("fires, as information, for text and not-a-duty lines", async () => {
    const found = await diagnosticsOf("D011", withIgnored("text", "not-a-duty"));
    expect(found).toEqual([
      { rule: "D011/unplaced-text", severity: "info", message: "The parser could not place this line (prose that belongs to no duty or role)", line: 10, column: 1, endLine: 10, endColumn: 7 },
      { rule: "D011/unplaced-text", severity: "info", message: "The parser could not place this line (a numbered item outside any role)", line: 11, column: 1, endLine: 11, endColumn: 7 },
    ]);
  });

  it("stays quiet for deliberate reasons: page noise, advertising, headings, introductions", async () => {
    const doc = withIgnored("page-noise", "advertising", "stray", "introduction", "heading", "department", "article", "closing");
    expect(await diagnosticsOf("D011", doc)).toEqual([]);
  });

  it("reports the reasons its setting names", async () => {
    const found = await diagnosticsOf("D011", withIgnored("text", "introduction"), { rules: { "unplaced-text": { reasons: ["introduction"] } } });
    expect(found.map((d) => d.line)).toEqual([11]);
  });

  it("points at the lines a real parse kept out of the tree for those reasons", async () => {
    const doc = parse(readFileSync(fixture("standard-clauses.txt"), "utf8"));
    const unplaced = doc.ignored.filter((i) => i.reason === "text" || i.reason === "not-a-duty").map((i) => i.line);
    expect(unplaced.length).toBeGreaterThan(0);
    expect((await diagnosticsOf("D011", doc)).map((d) => d.line)).toEqual(unplaced);
  });
});
