import { describe, expect, it } from "vitest";
import { decodeAndParse } from "../../src/cli/inputs.js";
import { parse } from "../../src/parse/index.js";
import { diagnosticsOf } from "../helpers/rules.js";

describe("D012/invalid-bytes", () => {
  it("fires, as an error, where the reader replaced bytes that were not UTF-8", async () => {
    const bytes = Buffer.concat([Buffer.from("销售经理岗位职责\n1、制定销售计划；\n2、组织"), Buffer.from([0xff]), Buffer.from("销售团队。\n")]);
    const { doc } = decodeAndParse(bytes, null, "<test>");
    const found = await diagnosticsOf("D012", doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", line: 3, column: 5, endLine: 3, endColumn: 6 });
  });

  it("stays quiet for clean text", async () => {
    expect(await diagnosticsOf("D012", parse("销售经理岗位职责\n1、制定销售计划。\n"))).toEqual([]);
  });
});
