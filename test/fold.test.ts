// Folding: Traditional/Simplified, width and case, with a map back to the original.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fold, foldText, loadScriptFolding } from "../src/text/fold.js";

beforeAll(loadScriptFolding);

describe("fold", () => {
  it("folds Traditional to Simplified, full width to half width and case", () => {
    expect(foldText("銷售經理負責客戶檔案", { script: true })).toBe("销售经理负责客户档案");
    expect(foldText("ＫＰＩ考核１２３", { width: true })).toBe("KPI考核123");
    expect(foldText("ERP系統", { script: true, caseless: true })).toBe("erp系统");
  });

  it("maps every folded character back to where it stands in the original", () => {
    const f = fold("a𠀾客戶Ｂ", { script: true, width: true, caseless: true });
    expect(f.text).toBe("a𠀾客户b");
    expect(f.map).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("gives the same text through foldText as through fold, for any string", () => {
    const chars = fc.constantFrom(..."銷售經理客戶檔案乾燥後面ＡＢＣ１２３ａｂｃ　 AbC𠀾İß负责");
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(chars, fc.string({ maxLength: 1 })), maxLength: 30 }), fc.boolean(), fc.boolean(), fc.boolean(), (s, script, width, caseless) => {
        const options = { script, width, caseless };
        expect(foldText(s, options)).toBe(fold(s, options).text);
      }),
      { seed: 7, numRuns: 400 },
    );
  });
});
