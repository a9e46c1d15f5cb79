import { describe, expect, it } from "vitest";
import { diagnosticsOf, sheet } from "../helpers/rules.js";

const sentence = "负责客户的跟踪回访并如实记录于客户接洽表内，争取有效客户，促进销售";
const glued = `${sentence}。${sentence}。${sentence}。`; // 3 sentences, over 100 characters

describe("D010/overlong-item", () => {
  it("fires, as information, at a long item of several sentences", async () => {
    const found = await diagnosticsOf("D010", sheet("销售员岗位职责", "1、制定销售计划。", `2、${glued}`), { rules: { D010: { maxLength: 90 } } });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, column: 1, severity: "info" });
    expect(found[0]!.message).toBe(`Item is ${glued.length} characters long with 3 sentences: it may hold several items`);
  });

  it("stays quiet below maxLength, and for a long item of one sentence", async () => {
    const text = sheet("销售员岗位职责", "1、制定销售计划。", `2、${glued}`, `3、${sentence.repeat(4)}。`);
    expect(await diagnosticsOf("D010", text)).toEqual([]); // the default maxLength is 150
    expect(await diagnosticsOf("D010", text, { rules: { D010: { maxLength: 90, minSentences: 4 } } })).toEqual([]);
  });
});
