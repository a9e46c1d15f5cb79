// What fuzzing found in the parser, each reduced to the smallest sheet that
// showed it: lines lost, the stack overflowed, time grew with the square.
import { describe, expect, it } from "vitest";
import type { Document } from "../src/model/document.js";
import { lostLines } from "../src/parse/coverage.js";
import { parse } from "../src/parse/index.js";

const roles = (doc: Document) => doc.sections.flatMap((s) => s.roles);

describe("lines the parser lost", () => {
  it("keeps a summary line above a 职位概要 heading with the summary below it", () => {
    const text = "职位名称：财务主管\n主管全公司的会计核算\n一、职位概要\n在财务经理的领导下工作";
    const doc = parse(text);
    expect(lostLines(doc, text)).toEqual([]);
    expect(roles(doc)[0]).toMatchObject({ summary: "主管全公司的会计核算在财务经理的领导下工作", summaryLine: 2, summaryEndLine: 4 });
  });

  it("keeps a summary line above an empty item and a 职位概要： field", () => {
    const text = "一、职位概要\n在财务经理的领导下\n二、\n职位概要：负责日常核算";
    expect(lostLines(parse(text), text)).toEqual([]);
  });
});

describe("lines that overflowed the stack", () => {
  // Each piece of a line after a glued item, an inline list or a block heading was read by a call inside the last one.
  const line = (piece: (n: number) => string, times: number) => "销售经理岗位职责\n" + Array.from({ length: times }, (_, i) => piece((i % 999) + 1)).join("");

  it.each([
    ["thousands of inline lists", line((n) => `${n}、负责：（1）整理；（2）维护；（3）归档；`, 5_000)],
    ["thousands of glued block headings", line(() => "1、负责；任职要求：1、本科", 10_000)],
    ["a line of nothing but block headings", line(() => "任职要求：", 20_000)],
  ])("reads %s on one line", (_name, text) => {
    const doc = parse(text);
    expect(lostLines(doc, text)).toEqual([]);
    expect(roles(doc)).toHaveLength(1);
  });

  it("still reads a glued item after an inline list in order", () => {
    const doc = parse("销售经理岗位职责\n1、负责：（1）整理；（2）维护。2、协助经理");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text, d.children.map((c) => c.text)])).toEqual([
      ["1", "负责：", ["整理；", "维护。"]],
      ["2", "协助经理", []],
    ]);
  });
});

// Guards against hangs, not measures of speed (bench/fuzz has the figures): each took minutes
// when the time to read a line, or to join lines, grew with the length of all before it.
describe("inputs whose time grew with the square of their length", () => {
  const GUARD = 10_000;

  it("reads 300 KB of block headings on one line", () => {
    const text = "销售经理岗位职责\n" + "任职要求：".repeat(60_000);
    expect(lostLines(parse(text), text)).toEqual([]);
  }, GUARD);

  it.each([
    ["1 MB of lists restarted under block headings", "销售经理岗位职责\n1、负责" + "；任职要求：1、本科".repeat(100_000), (doc: Document) => roles(doc)[0]!.blocks.length, 100_000],
    ["300 KB of bullets after wide spaces, each an item", "【店长】\n● 负责门店\n● 检查" + "  ● 甲".repeat(50_000), (doc: Document) => roles(doc)[0]!.duties.length, 50_002],
  ])("reads %s glued on one line", (_name, text, count, expected) => {
    const doc = parse(text);
    expect(lostLines(doc, text)).toEqual([]);
    expect(count(doc)).toBe(expected);
  }, GUARD);

  it("joins 600 KB of wrapped lines into one duty", () => {
    const text = "销售经理岗位职责\n1、负责客户档案的整理\n" + "以及客户来访的接待和登记\n".repeat(50_000);
    const doc = parse(text);
    expect(roles(doc)[0]!.duties[0]!.text).toHaveLength(9 + 12 * 50_000);
    expect(roles(doc)[0]!.duties[0]!.endLine).toBe(50_002);
  }, GUARD);

  it("joins 600 KB of lines into one summary", () => {
    const text = "销售经理岗位职责\n" + "公司销售部门日常工作的范围\n".repeat(50_000);
    expect(roles(parse(text))[0]!.summary).toHaveLength(13 * 50_000);
  }, GUARD);

  it("still puts a space between Latin words on wrapped lines, and only there", () => {
    const doc = parse("销售经理岗位职责\n1、负责CRM\nsystem的维护\n和ERP\n数据");
    expect(roles(doc)[0]!.duties[0]!.text).toBe("负责CRM system的维护和ERP数据");
  });
});
