// The attacks recheck found (test/regex.test.ts), grown to 100,000 characters
// and more, run through the functions that use each pattern. Patterns that
// were quadratic are fixed; the rest are safe because a length test guards
// them (said at each row). The timeout is a guard against hangs, not a
// measure of speed: before the fixes each row took from 25 s to minutes.
import { describe, expect, it } from "vitest";
import { readDocumentsJson, prepareDocumentJson } from "../src/cli/inputs.js";
import { safeStem } from "../src/cli/output-names.js";
import type { Document, Duty } from "../src/model/document.js";
import { cleanName, formFields, isPositionName, roleHeading } from "../src/parse/headings.js";
import { parse } from "../src/parse/index.js";
import { parseMarkdown } from "../src/parse/markdown.js";
import { isAdvertising, isPageMarker } from "../src/parse/noise.js";
import { comparableText } from "../src/query/comparable-text.js";
import { writeMarker } from "../src/query/fix.js";
import { compilePrefilter } from "../src/query/search-prefilter.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { loadScriptFolding } from "../src/text/fold.js";

const GUARD = 10_000;
const N = 100_000;

const oneRole = (heading: string): Document => ({
  ...parse("销售经理岗位职责\n1、负责客户档案"),
  sections: [{ kind: "section", id: "s1", title: null, line: null, roles: [{ ...parse("销售经理岗位职责\n1、负责").sections[0]!.roles[0]!, heading }] }],
});

describe("patterns that were quadratic", () => {
  it("comparableText: closing punctuation, then more text", async () => {
    await loadScriptFolding();
    expect(comparableText("。".repeat(N) + "负责")).toHaveLength(N + 2);
  }, GUARD);

  it("the parser: a 第X条 line that ends in a long word", () => {
    const text = `第一条 ${"职責".repeat(N / 2)}x`;
    expect(parse(text).ignored.length + parse(text).sections.length).toBeGreaterThan(0);
  }, GUARD);

  it("formFields: a form line with a long run of spaces", () => {
    expect(formFields(`职位名称：销售经理${" ".repeat(N)}x`)).toHaveLength(1);
    expect(formFields(`职位名称：销售经理${"\u3000".repeat(N)}x`)).toHaveLength(1);
  }, GUARD);

  it("cleanName: quotes and colons inside a long name", () => {
    expect(cleanName(`x${"：".repeat(N)}x`)).toHaveLength(N + 2);
  }, GUARD);

  it("readDocumentsJson: a brace and a long run of line ends", async () => {
    await prepareDocumentJson();
    expect(() => readDocumentsJson(Buffer.from(`}${"\n".repeat(N)}x`), "x.json")).toThrow(/not valid JSON/u);
  }, GUARD);

  it("the Markdown reader: a text of 200,000 opening brackets", () => {
    expect(parseMarkdown("[".repeat(2 * N)).ignored.length).toBeGreaterThanOrEqual(0);
  }, GUARD);

  it("renderMarkdown: a role heading with a long run of tabs before a #", () => {
    expect(renderMarkdown(oneRole(`## 销售经理${"\t".repeat(N)}#\t#`))).toContain("销售经理");
  }, GUARD);

  it("writeMarker: a long run of digits in a dotted number", () => {
    const number = `${"1".repeat(2 * N)}.1`;
    expect(writeMarker({ style: "dotted", marker: number, number } as Duty, 2)).toBe(`${"1".repeat(2 * N)}.2`);
  }, GUARD);

  it("safeStem: dots and spaces inside a long file name", () => {
    expect(safeStem({ kind: "file", path: `x${".".repeat(2 * N)}x.txt`, display: "" })).toHaveLength(200);
  }, GUARD);

  it("the search prefilter: a run broken by a line end, then a long run of CRs", () => {
    const prefilter = compilePrefilter([["销售计划"]], {});
    expect(prefilter.bytes(Buffer.from(`销\r${"\r".repeat(N)}`), undefined)).toBe(false);
    expect(prefilter.bytes(Buffer.from(`销\r${" \r".repeat(N / 2)}售计划`), undefined)).toBe(true);
    // recheck still calls the fixed pattern polynomial (its model misses that the lookbehind prunes the starts): its attacks, in each unit.
    expect(prefilter.bytes(Buffer.from(`销\r${"\r\t".repeat(N)}x售`), undefined)).toBe(false);
    expect(prefilter.bytes(Buffer.from(`销\r${"\r\u2003".repeat(N)}\n售`), undefined)).toBe(false);
    expect(prefilter.bytes(Buffer.from([...Buffer.from("销\r"), ...Array.from({ length: N }, () => [0xa1, 0xa1, 0x0c]).flat(), 0x78]), undefined)).toBe(false);
  }, GUARD);
});

describe("patterns that a length test guards", () => {
  it.each([
    ["roleHeading (over 40 characters is no heading)", () => roleHeading(`职责${"\t\n".repeat(N)}\u0000`)],
    ["isPositionName (over 16 characters is no name)", () => isPositionName("(".repeat(N) + ")()")],
    ["isPageMarker (over 24 characters is no page number)", () => isPageMarker(`第0页${"\t".repeat(N)}共`)],
    ["isAdvertising (over 120 characters is no advertising)", () => isAdvertising("来源:\u0000".repeat(N / 4) + "\n")],
  ])("%s", (_name, run) => {
    expect(run()).toBeFalsy();
  }, GUARD);
});
