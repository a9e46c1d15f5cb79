import { describe, expect, it } from "vitest";
import { diagnosticsOf, sheet } from "../helpers/rules.js";

describe("D003/numbering-restart", () => {
  it("fires where a list goes back to 1", async () => {
    const text = sheet("销售经理岗位职责", "1、制定销售计划；", "2、组织销售团队；", "3、负责客户回访；", "1、审核销售合同；", "2、管理销售费用。");
    const found = await diagnosticsOf("D003", text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 5, column: 1, message: "Numbering restarts at 1 after 3 (line 4)" });
  });

  it("stays quiet when a new group heading starts the second list", async () => {
    const text = sheet("销售经理岗位职责", "一、计划", "1、制定销售计划；", "2、组织销售团队；", "二、合同", "1、审核销售合同；", "2、管理销售费用。");
    expect(await diagnosticsOf("D003", text)).toEqual([]);
  });
});
