import { describe, expect, it } from "vitest";
import { diagnosticsOf, sheet } from "../helpers/rules.js";

describe("D002/repeated-number", () => {
  it("fires at the second of two items with one number", async () => {
    const found = await diagnosticsOf("D002", sheet("销售经理岗位职责", "1、制定销售计划；", "1、监督计划执行；", "2、组织销售团队。"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 3, severity: "warning" });
  });

  it("stays quiet when each role starts its own list at 1", async () => {
    const text = sheet("销售经理岗位职责", "1、制定销售计划；", "2、组织销售团队；", "销售主管岗位职责", "1、安排销售员工作；", "2、检查销售报表。");
    expect(await diagnosticsOf("D002", text)).toEqual([]);
  });
});
