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
