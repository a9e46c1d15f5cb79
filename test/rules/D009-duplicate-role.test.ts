import { describe, expect, it } from "vitest";
import { diagnosticsOf, sheet } from "../helpers/rules.js";

describe("D009/duplicate-role", () => {
  it("fires at a heading that repeats an earlier one, numbers aside", async () => {
    const text = sheet("一、销售经理岗位职责", "1、制定销售计划。", "二、销售主管岗位职责", "1、检查销售报表。", "三、銷售經理崗位職責", "1、组织销售团队。");
    const found = await diagnosticsOf("D009", text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 5, column: 1, message: "Role 銷售經理 is already defined at line 1" });
  });

  it("stays quiet for numbered variants of one heading (sample sheets side by side)", async () => {
    const text = sheet("销售部岗位职责一", "1、制定销售计划。", "销售部岗位职责二", "1、组织销售团队。");
    expect(await diagnosticsOf("D009", text)).toEqual([]);
  });
});
