import { describe, expect, it } from "vitest";
import { diagnosticsOf, sheet } from "../helpers/rules.js";

describe("D001/numbering-gap", () => {
  it("fires where a list skips numbers, at the marker", async () => {
    const found = await diagnosticsOf("D001", sheet("销售经理岗位职责", "1、制定销售计划；", "2、组织销售团队；", "5、负责客户回访；"));
    expect(found).toEqual([{
      rule: "D001/numbering-gap", severity: "warning", message: "Numbering skips from 2 to 5",
      line: 4, column: 1, endLine: 4, endColumn: 3,
    }]);
  });

  it("stays quiet for lists that count on, and for nested lists with their own numbers", async () => {
    const text = sheet("销售经理岗位职责", "一、计划", "1、制定销售计划；", "2、分解销售目标；", "二、团队", "1、招聘销售人员；", "2、培训销售人员。");
    expect(await diagnosticsOf("D001", text)).toEqual([]);
  });
});
