import { describe, expect, it } from "vitest";
import { diagnosticsOf, sheet } from "../helpers/rules.js";

describe("D007/duplicate-duty", () => {
  it("fires at a repeat written in the other script, width and punctuation", async () => {
    const text = sheet("銷售經理崗位職責", "1、負責客戶回訪；", "2、制定銷售計劃；", "3、负责客户回访。");
    const found = await diagnosticsOf("D007", text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 4, column: 1, message: "Duplicate of the item at line 2 in 銷售經理" });
  });

  it("stays quiet for different duties, and for one duty in two roles (D008)", async () => {
    const text = sheet("销售经理岗位职责", "1、负责客户回访；", "2、制定销售计划。", "销售主管岗位职责", "1、负责客户回访；", "2、检查销售报表。");
    expect(await diagnosticsOf("D007", text)).toEqual([]);
  });
});
