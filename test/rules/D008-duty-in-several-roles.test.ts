import { describe, expect, it } from "vitest";
import { diagnosticsOf, sheet } from "../helpers/rules.js";

describe("D008/duty-in-several-roles", () => {
  it("fires once per pair of roles, as information, counting the shared duties", async () => {
    const text = sheet(
      "销售经理岗位职责", "1、制定销售计划；", "2、负责客户回访；", "3、完成领导交办的其他工作。",
      "销售主管岗位职责", "1、检查销售报表；", "2、負責客戶回訪；", "3、完成領導交辦的其他工作。",
    );
    const found = await diagnosticsOf("D008", text);
    expect(found).toEqual([{
      rule: "D008/duty-in-several-roles", severity: "info",
      message: "This duty and 1 more (line 8) are also in 销售经理 (line 1)",
      line: 7, column: 1, endLine: 7, endColumn: 3,
    }]);
  });

  it("names the line of a single shared duty", async () => {
    const text = sheet("销售经理岗位职责", "1、制定销售计划；", "2、负责客户回访。", "销售主管岗位职责", "1、负责客户回访；", "2、检查销售报表。");
    expect((await diagnosticsOf("D008", text))[0]!.message).toBe("The same duty is in 销售经理 (line 3)");
  });

  it("stays quiet when roles share nothing", async () => {
    const text = sheet("销售经理岗位职责", "1、制定销售计划；", "2、组织销售团队。", "销售主管岗位职责", "1、安排销售员工作；", "2、检查销售报表。");
    expect(await diagnosticsOf("D008", text)).toEqual([]);
  });
});
