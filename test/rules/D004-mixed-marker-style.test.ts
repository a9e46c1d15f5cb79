import { describe, expect, it } from "vitest";
import { diagnosticsOf, sheet } from "../helpers/rules.js";

describe("D004/mixed-marker-style", () => {
  it("fires at the markers that differ from the level's majority style", async () => {
    const found = await diagnosticsOf("D004", sheet("仓库主管岗位职责", "1、制定仓库制度；", "2.负责入库验收；", "3、组织每月盘点。"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endColumn: 3, severity: "warning" });
    expect(found[0]!.message).toContain('"2."');
    expect(found[0]!.message).toContain('"1、"');
  });

  it("stays quiet for one style per level, even when levels differ", async () => {
    const text = sheet("仓库主管岗位职责", "一、入库", "1.核对单据；", "2.验收货物；", "二、出库", "1.复核数量；", "2.登记台账。");
    expect(await diagnosticsOf("D004", text)).toEqual([]);
  });

  it("leaves differences of width alone (D005 reports them)", async () => {
    expect(await diagnosticsOf("D004", sheet("仓库主管岗位职责", "（1）核对单据；", "(2)验收货物；", "（3）登记台账。"))).toEqual([]);
  });
});
