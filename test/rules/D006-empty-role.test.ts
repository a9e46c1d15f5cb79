import { describe, expect, it } from "vitest";
import { diagnosticsOf, sheet } from "../helpers/rules.js";

describe("D006/empty-role", () => {
  it("fires at a role heading with nothing under it", async () => {
    const text = sheet("一、销售经理岗位职责", "二、销售主管岗位职责", "1、安排销售员工作；", "2、检查销售报表。");
    const found = await diagnosticsOf("D006", text);
    expect(found).toEqual([{
      rule: "D006/empty-role", severity: "warning", message: "Role 销售经理 has no duties",
      line: 1, column: 1, endLine: 1, endColumn: 1 + "一、销售经理岗位职责".length,
    }]);
  });

  it("stays quiet for roles with duties", async () => {
    expect(await diagnosticsOf("D006", sheet("销售主管岗位职责", "1、安排销售员工作；", "2、检查销售报表。"))).toEqual([]);
  });
});
