import { describe, expect, it } from "vitest";
import { diagnosticsOf, sheet } from "../helpers/rules.js";

describe("D005/mixed-width", () => {
  it("fires at a half-width bracket among full-width ones", async () => {
    const found = await diagnosticsOf("D005", sheet("仓库管理员岗位职责", "（1）按单收货；", "(2)分区存放；", "（3）做好防火工作。"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endColumn: 4 });
  });

  it("fires at full-width digits among half-width ones", async () => {
    const found = await diagnosticsOf("D005", sheet("仓库管理员岗位职责", "1、按单收货；", "２、分区存放；", "3、做好防火工作。"));
    expect(found.map((d) => d.line)).toEqual([3]);
  });

  it("stays quiet when every marker of the level has one width", async () => {
    expect(await diagnosticsOf("D005", sheet("仓库管理员岗位职责", "（1）按单收货；", "（2）分区存放；", "（3）做好防火工作。"))).toEqual([]);
  });
});
