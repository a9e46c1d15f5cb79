// diffDocuments(): each kind of change on small sheets, the planted changes
// on the customer's sheet, what must not count as a change, and the report's
// agreement with its zod schema and its published JSON Schema.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { diffDocuments, diffJsonSchema, diffReportSchema, loadScriptFolding, parse, type Change, type DiffOptions, type DiffReport } from "../src/index.js";
import { fixture } from "./helpers/cli.js";
import { plantFiveChanges } from "./helpers/plant.js";

beforeAll(loadScriptFolding);

const diff = (oldText: string, newText: string, options?: DiffOptions): DiffReport => diffDocuments(parse(oldText), parse(newText), options);
const sheet = (...lines: string[]) => lines.join("\n") + "\n";
/** A change in brief, for readable expectations. */
const brief = (c: Change) => ({ type: c.type, target: c.target, field: c.field, role: [c.role.old, c.role.new], old: c.old?.text ?? null, new: c.new?.text ?? null });

const MANAGER = ["销售经理岗位职责", "1、制定销售计划。", "2、管理销售团队。", "3、维护重点客户关系。", "4、完成上级交办的其他工作。"];
const CLERK = ["销售内勤岗位职责", "1、整理合同档案。", "2、统计月度销售数据。", "3、接听客户来电并登记。"];

describe("diffDocuments on the customer's sheet", () => {
  const text = readFileSync(fixture("sales-duties.txt"), "utf8");

  it("reports exactly the five planted changes and nothing else", () => {
    const report = diffDocuments(parse(text), parse(plantFiveChanges(text)));
    expect(report.changes.map(brief)).toEqual([
      { type: "moved", target: "duty", field: null, role: ["二級區域銷售經理", "銷售經理"], old: "組織召開區域經銷商會議。", new: "組織召開區域經銷商會議。" },
      { type: "renamed", target: "role", field: "name", role: ["銷售顧問", "汽車銷售顧問"], old: "銷售顧問", new: "汽車銷售顧問" },
      {
        type: "modified", target: "duty", field: null, role: ["銷售主管", "銷售主管"],
        old: "銷售代表的考核及日常人員管理(包括支持激勵),銷售團隊建設,并提交人員使用與管理建議;",
        new: "銷售代表的考核及日常人員管理(包括激勵),銷售團隊建設,并提交人員管理建議;",
      },
      { type: "added", target: "duty", field: null, role: ["秘書", "秘書"], old: null, new: "負責售樓處來訪客戶的登記、引導與接待安排;" },
      { type: "removed", target: "duty", field: null, role: ["置業顧問", "置業顧問"], old: "努力學習知識,擴大知識面,提高自己的社交能力,促進業務水平的提高;", new: null },
    ]);
    const [moved, renamed, modified, added, removed] = report.changes;
    expect(moved!.similarity).toBe(1);
    expect([moved!.old!.number, moved!.new!.number]).toEqual(["13", "十三"]);
    expect(renamed!.similarity).toBe(1);
    expect(modified!.similarity).toBeGreaterThan(0.9);
    expect(modified!.similarity).toBeLessThan(1);
    expect(added!.new).toMatchObject({ number: "1", line: 353 });
    expect(removed!.old).toMatchObject({ number: "9", line: 369 });
    expect(report.summary).toMatchObject({ changes: 5, compared: { roles: { old: 24, new: 24 }, duties: { old: 359, new: 359 } } });
  });

  it("finds no changes between a sheet and itself", () => {
    const report = diffDocuments(parse(text), parse(text));
    expect(report.changes).toEqual([]);
    expect(report.summary.changes).toBe(0);
  });
});

describe("what is not a change", () => {
  it("ignores renumbering, marker styles, script, width, white space and end punctuation", () => {
    const report = diff(
      sheet("銷售經理崗位職責", "1、制定銷售計劃；", "2、管理銷售團隊。", "3、維護重點客戶關係"),
      sheet("销售经理岗位职责", "（一）制定销售计划。", "（二）管理 销售团队", "（三）维护重点客户关系；"),
    );
    expect(report.changes).toEqual([]);
  });

  it("folds scripts by phrase where one character has two simplified forms (計畫 is 计划, not 计画)", () => {
    const report = diff(sheet("計畫專員崗位職責", "1、擬訂年度營業計畫，呈總經理核定。", "2、追蹤回覆情形。"), sheet("计划专员岗位职责", "1、拟订年度营业计划，呈总经理核定。", "2、追踪回复情形。"));
    expect(report.changes).toEqual([]);
  });

  it("compares Traditional and Simplified as different texts with foldScript: false", () => {
    const report = diff(sheet("銷售經理崗位職責", "1、負責合同管理工作。"), sheet("銷售經理崗位職責", "1、负责合同管理工作。"), { foldScript: false });
    expect(report.changes.map((c) => c.type)).toEqual(["modified"]);
  });
});

describe("duty changes within a role", () => {
  it("reports a duty added at the top, with the rest renumbered, as one addition", () => {
    const report = diff(sheet(...MANAGER), sheet(MANAGER[0]!, "1、开拓新的销售渠道。", ...MANAGER.slice(1).map((l, i) => l.replace(/^\d/u, String(i + 2)))));
    expect(report.changes.map(brief)).toEqual([{ type: "added", target: "duty", field: null, role: ["销售经理", "销售经理"], old: null, new: "开拓新的销售渠道。" }]);
    expect(report.changes[0]!.new).toEqual({ number: "1", text: "开拓新的销售渠道。", line: 2, parent: null });
  });

  it("reports a removed duty, with the rest renumbered, as one removal", () => {
    const report = diff(sheet(...MANAGER), sheet(MANAGER[0]!, "1、制定销售计划。", "2、维护重点客户关系。", "3、完成上级交办的其他工作。"));
    expect(report.changes.map(brief)).toEqual([{ type: "removed", target: "duty", field: null, role: ["销售经理", "销售经理"], old: "管理销售团队。", new: null }]);
    expect(report.changes[0]!.old!.line).toBe(3);
  });

  it("reports a reworded duty as modified, with a character diff that rebuilds both texts", () => {
    const report = diff(sheet(...MANAGER), sheet(...MANAGER.map((l) => l.replace("制定销售计划", "制定年度销售计划"))));
    const [change] = report.changes;
    expect(report.changes).toHaveLength(1);
    expect(change).toMatchObject({ type: "modified", target: "duty", old: { text: "制定销售计划。" }, new: { text: "制定年度销售计划。" } });
    // Keys leave out the closing 。: 2 × 6 characters in common of 6 + 8.
    expect(change!.similarity).toBeCloseTo(12 / 14, 2);
    const segments = change!.segments!;
    expect(segments.filter((s) => s.op !== "insert").map((s) => s.text).join("")).toBe("制定销售计划。");
    expect(segments.filter((s) => s.op !== "delete").map((s) => s.text).join("")).toBe("制定年度销售计划。");
    expect(segments.filter((s) => s.op === "insert").map((s) => s.text)).toEqual(["年度"]);
  });

  it("counts a rewrite below --threshold as a removal and an addition", () => {
    const rewritten = sheet(...MANAGER.map((l) => l.replace("管理销售团队", "负责招聘培训新的销售人员")));
    expect(diff(sheet(...MANAGER), rewritten).changes.map((c) => c.type).sort()).toEqual(["added", "removed"]);
    expect(diff(sheet(...MANAGER), rewritten, { threshold: 0.2 }).changes.map((c) => c.type)).toEqual(["modified"]);
  });

  it("reports a duty that changed places as reordered, unless order is ignored", () => {
    const reordered = sheet(MANAGER[0]!, "1、维护重点客户关系。", "2、制定销售计划。", "3、管理销售团队。", "4、完成上级交办的其他工作。");
    const report = diff(sheet(...MANAGER), reordered);
    expect(report.changes.map(brief)).toEqual([
      { type: "reordered", target: "duty", field: null, role: ["销售经理", "销售经理"], old: "维护重点客户关系。", new: "维护重点客户关系。" },
    ]);
    expect([report.changes[0]!.old!.line, report.changes[0]!.new!.line]).toEqual([4, 2]);
    expect(diff(sheet(...MANAGER), reordered, { ignoreOrder: true }).changes).toEqual([]);
  });

  it("pairs repeated texts in order", () => {
    const report = diff(sheet("文员岗位职责", "1、整理文件。", "2、接听电话。", "3、整理文件。"), sheet("文员岗位职责", "1、整理文件。", "2、接听电话。"));
    expect(report.changes.map((c) => [c.type, c.old?.line])).toEqual([["removed", 4]]);
  });
});

describe("duties moving", () => {
  it("reports a duty that left one role for another as one move", () => {
    const report = diff(sheet(...MANAGER, ...CLERK), sheet(...MANAGER.slice(0, 4), ...CLERK, "4、完成上级交办的其他工作。"));
    expect(report.changes.map(brief)).toEqual([
      { type: "moved", target: "duty", field: null, role: ["销售经理", "销售内勤"], old: "完成上级交办的其他工作。", new: "完成上级交办的其他工作。" },
    ]);
    expect(report.changes[0]!.role).toEqual({ old: "销售经理", new: "销售内勤", oldLine: 1, newLine: 5 });
  });

  it("reports a move with small edits as one move with its character diff, a bigger rewrite as removed and added", () => {
    const edited = sheet(...MANAGER.slice(0, 4), ...CLERK, "4、完成上级交办的其他临时工作。");
    const move = diff(sheet(...MANAGER, ...CLERK), edited).changes;
    expect(move.map((c) => c.type)).toEqual(["moved"]);
    expect(move[0]!.similarity).toBeLessThan(1);
    expect(move[0]!.segments!.filter((s) => s.op === "insert").map((s) => s.text)).toEqual(["临时"]);
    expect(diff(sheet(...MANAGER, ...CLERK), edited, { moveThreshold: 0.95 }).changes.map((c) => c.type).sort()).toEqual(["added", "removed"]);
  });

  it("reports a nested duty under another parent as moved, with both parents", () => {
    const report = diff(
      sheet("销售部岗位职责", "（一）市场", "1、收集市场信息。", "2、分析竞争对手。", "（二）客户", "1、建立客户档案。", "2、定期回访客户。"),
      sheet("销售部岗位职责", "（一）市场", "1、收集市场信息。", "（二）客户", "1、建立客户档案。", "2、定期回访客户。", "3、分析竞争对手。"),
    );
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]).toMatchObject({ type: "moved", field: "parent", old: { parent: "市场", line: 4 }, new: { parent: "客户", line: 7 } });
  });

  it("reports only the parent when a group heading is removed, not its children's new place", () => {
    const report = diff(
      sheet("销售部岗位职责", "（一）市场", "1、收集市场信息。", "2、分析竞争对手。", "（二）客户", "1、建立客户档案。"),
      sheet("销售部岗位职责", "1、收集市场信息。", "2、分析竞争对手。", "3、建立客户档案。"),
    );
    expect(report.changes.map(brief)).toEqual([
      { type: "removed", target: "duty", field: null, role: ["销售部", "销售部"], old: "市场", new: null },
      { type: "removed", target: "duty", field: null, role: ["销售部", "销售部"], old: "客户", new: null },
    ]);
  });

  it("reports an item moved from the duties into a block (任职资格) as moved to another parent", () => {
    const report = diff(
      sheet("财务主管岗位职责", "1、组织会计核算。", "2、熟悉税法。", "任职资格：", "1、本科以上学历。"),
      sheet("财务主管岗位职责", "1、组织会计核算。", "任职资格：", "1、本科以上学历。", "2、熟悉税法。"),
    );
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]).toMatchObject({ type: "moved", field: "parent", old: { parent: null }, new: { parent: "任职资格：" } });
  });
});

describe("role changes", () => {
  it("reports a role under a new name with the same duties as renamed, and diffs its duties as usual", () => {
    const report = diff(sheet(...MANAGER), sheet("区域销售经理岗位职责", ...MANAGER.slice(1, 4)));
    expect(report.changes.map(brief)).toEqual([
      { type: "renamed", target: "role", field: "name", role: ["销售经理", "区域销售经理"], old: "销售经理岗位职责", new: "区域销售经理岗位职责" },
      { type: "removed", target: "duty", field: null, role: ["销售经理", "区域销售经理"], old: "完成上级交办的其他工作。", new: null },
    ]);
    expect(report.changes[0]!.similarity).toBeCloseTo(6 / 7, 2);
  });

  it("pairs renamed roles only above --role-threshold", () => {
    const renamed = sheet("区域销售经理岗位职责", "1、制定销售计划。", "2、开拓新市场。", "3、培训新员工。");
    expect(diff(sheet(...MANAGER), renamed).changes.filter((c) => c.target === "role").map((c) => c.type)).toEqual(["removed", "added"]);
    expect(diff(sheet(...MANAGER), renamed, { roleThreshold: 0.25 }).changes[0]!.type).toBe("renamed");
  });

  it("reports an added and a removed role, each with its duties", () => {
    const report = diff(sheet(...MANAGER, ...CLERK), sheet(...MANAGER, "司机岗位职责", "1、安全驾驶车辆。"));
    // A removed role comes where it was: after the role before it, here before the added one.
    expect(report.changes.map((c) => [c.type, c.target, c.role.old, c.role.new])).toEqual([
      ["removed", "role", "销售内勤", null],
      ["removed", "duty", "销售内勤", null],
      ["removed", "duty", "销售内勤", null],
      ["removed", "duty", "销售内勤", null],
      ["added", "role", null, "司机"],
      ["added", "duty", null, "司机"],
    ]);
    expect(report.summary.roles).toMatchObject({ added: 1, removed: 1 });
    expect(report.summary.duties).toMatchObject({ added: 1, removed: 3 });
  });

  it("reports summary and department changes as role modifications naming the field", () => {
    const report = diff(
      sheet("一、销售部", "经理岗位职责", "在总经理领导下负责销售工作。", "1、制定计划。"),
      sheet("一、市场部", "经理岗位职责", "在总经理领导下负责市场与销售工作。", "1、制定计划。"),
    );
    expect(report.changes.map(brief)).toEqual([
      { type: "modified", target: "role", field: "summary", role: ["经理", "经理"], old: "在总经理领导下负责销售工作。", new: "在总经理领导下负责市场与销售工作。" },
      { type: "modified", target: "role", field: "department", role: ["经理", "经理"], old: "销售部", new: "市场部" },
    ]);
    expect(report.changes[0]!.segments!.filter((s) => s.op === "insert").map((s) => s.text)).toEqual(["市场与"]);
  });

  it("reports a role that changed places as reordered", () => {
    const report = diff(sheet(...MANAGER, ...CLERK), sheet(...CLERK, ...MANAGER));
    expect(report.changes.map((c) => [c.type, c.target, c.role.new])).toEqual([["reordered", "role", "销售经理"]]);
    expect(diff(sheet(...MANAGER, ...CLERK), sheet(...CLERK, ...MANAGER), { ignoreOrder: true }).changes).toEqual([]);
  });

  it("tells roles of the same name apart by their duties, not by their place", () => {
    const roleA = ["销售部岗位职责一", "1、制定销售计划。", "2、管理销售团队。"];
    const roleB = ["销售部岗位职责二", "1、维护客户关系。", "2、收集市场信息。"];
    const roleC = ["销售部岗位职责三", "1、负责合同评审。", "2、催收应收账款。"];
    const report = diff(sheet(...roleA, ...roleB, ...roleC), sheet(...roleA, ...roleC.map((l) => l.replace("三", "二"))));
    expect(report.changes.map((c) => [c.type, c.target, c.role.oldLine, c.role.newLine])).toEqual([
      ["removed", "role", 4, null],
      ["removed", "duty", 4, null],
      ["removed", "duty", 4, null],
    ]);
  });
});

describe("the report", () => {
  const text = readFileSync(fixture("sales-duties.txt"), "utf8");
  let report: DiffReport;
  beforeAll(() => {
    report = diffDocuments(parse(text), parse(plantFiveChanges(text)));
  });

  it("agrees with its zod schema and its JSON Schema", () => {
    expect(diffReportSchema.parse(report)).toEqual(report);
    const validate = new Ajv2020({ strict: true }).compile(diffJsonSchema() as object);
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
  });

  it("counts changes by target and kind", () => {
    expect(report.summary.roles).toEqual({ added: 0, removed: 0, modified: 0, moved: 0, renamed: 1, reordered: 0 });
    expect(report.summary.duties).toEqual({ added: 1, removed: 1, modified: 1, moved: 1, renamed: 0, reordered: 0 });
  });

  it("rejects thresholds outside 0 to 1", () => {
    expect(() => diff("", "", { threshold: 1.5 })).toThrow(RangeError);
    expect(() => diff("", "", { roleThreshold: -0.1 })).toThrow(/roleThreshold/u);
  });
});
