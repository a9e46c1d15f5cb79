// The parser's behaviours, one small sheet each (written for these tests).
import { describe, expect, it } from "vitest";
import type { Document, Duty } from "../src/model/document.js";
import { parse } from "../src/parse/index.js";
import { parseMarkdown } from "../src/parse/markdown.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { lostLines } from "../src/parse/coverage.js";
import { lexLines } from "../src/parse/lines.js";
import { matchMarker } from "../src/parse/markers.js";
import { blockHeading, formField, isBureauName, isDepartmentName, isPositionName } from "../src/parse/headings.js";

const roles = (doc: Document) => doc.sections.flatMap((s) => s.roles);
const outline = (list: Duty[]): unknown => list.map((d) => (d.children.length ? [d.number, d.text, outline(d.children)] : [d.number, d.text]));
const sheet = (...lines: string[]) => parse(lines.join("\n"));

describe("markers", () => {
  it.each([
    ["十一、负责", "cn", "十一", 11, "十一、"],
    ["（一）负责", "cn-paren", "一", 1, "（一）"],
    ["(1)负责", "arabic-paren", "1", 1, "(1)"],
    ["1）负责", "arabic-close", "1", 1, "1）"],
    ["１．负责", "arabic", "１", 1, "１．"],
    ["8.3.1.2.1按要求", "dotted", "8.3.1.2.1", 1, "8.3.1.2.1"],
    ["5.1 标题", "dotted", "5.1", 1, "5.1"],
    ["①负责", "circled", "①", 1, "①"],
    ["⑴负责", "arabic-enclosed", "⑴", 1, "⑴"],
    ["㈡负责", "cn-enclosed", "㈡", 2, "㈡"],
    ["【三】负责", "cn-lenticular", "三", 3, "【三】"],
    ["第二，负责", "cn-ordinal", "二", 2, "第二，"],
    ["三是负责", "cn-shi", "三", 3, "三是"],
    ["乙、主持教務會議", "cn-stem", "乙", 2, "乙、"],
    ["貳、管理部", "financial", "貳", 2, "貳、"],
    ["参、财务部", "financial", "参", 3, "参、"],
    ["Ⅳ. 负责", "roman", "Ⅳ", 4, "Ⅳ."],
    ["II. 负责", "roman", "II", 2, "II."],
    ["b) 负责", "latin-close", "b", 2, "b)"],
    ["(c) 负责", "latin-paren", "c", 3, "(c)"],
    ["第五条 车间主任职责：", "article", "五", 5, "第五条"],
    ["第二篇:銷售部", "part", "二", 2, "第二篇:"],
    ["职责三：内容审核", "duty-named", "三", 3, "职责三："],
    ["• 负责", "bullet", null, null, "•"],
  ])("reads %s", (line, style, number, ordinal, marker) => {
    const m = matchMarker(line)!;
    expect({ style: m.style.id, number: m.number, ordinal: m.ordinal, marker: m.marker }).toEqual({ style, number, ordinal, marker });
  });

  it.each(["二級區域銷售經理", "一般銷售人員", "2024年度计划", "1.5倍以上", "十分重要"])("does not read %s as an item", (line) => {
    const m = matchMarker(line);
    expect(m === null || m.style.id === "arabic-bare" || m.style.id === "dotted").toBe(true);
  });
});

describe("structure", () => {
  it("takes a position line as a role only when a list follows it, and 二級… is never item 二", () => {
    const doc = sheet("二級區域銷售經理", "1、根據目標管理區域銷量。", "2、負責經銷商的銷售跟蹤。");
    expect(roles(doc).map((r) => r.name)).toEqual(["二級區域銷售經理"]);
    expect(outline(roles(doc)[0]!.duties)).toEqual([["1", "根據目標管理區域銷量。"], ["2", "負責經銷商的銷售跟蹤。"]]);
  });

  it("nests styles in the order they appear and pops back when a style returns", () => {
    const doc = sheet("内勤岗位职责", "一、对外联系", "1、收集信息；", "（1）按要求填表；", "（2）整理资料；", "2、电话沟通；", "二、物料管理", "1、样品登记。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([
      ["一", "对外联系", [["1", "收集信息；", [["1", "按要求填表；"], ["2", "整理资料；"]]], ["2", "电话沟通；"]]],
      ["二", "物料管理", [["1", "样品登记。"]]],
    ]);
  });

  it("lets dotted numbers state their own depth under a numbered role and department", () => {
    const doc = sheet("八、銷售部", "8.1部長", "8.1.1主持全面工作。", "8.1.2貫徹責任制。", "8.3銷售內勤", "8.3.1與銷售人員的聯系", "8.3.1.1電話接聽。", "8.3.2開票管理");
    expect(roles(doc).map((r) => [r.name, r.department])).toEqual([["部長", "銷售部"], ["銷售內勤", "銷售部"]]);
    expect(outline(roles(doc)[1]!.duties)).toEqual([["8.3.1", "與銷售人員的聯系", [["8.3.1.1", "電話接聽。"]]], ["8.3.2", "開票管理"]]);
  });

  it("splits items glued on one line when the sequence proves them", () => {
    const doc = sheet("銷售員崗位職責", "一.項目前期", "3.參加考核,編入小組.4.協助進場工作.二.項目銷售期", "1.完成銷售任務。");
    const duties = roles(doc)[0]!.duties;
    expect(duties.map((d) => d.number)).toEqual(["一", "二"]);
    expect(outline(duties[0]!.children)).toEqual([["3", "參加考核,編入小組."], ["4", "協助進場工作."]]);
    expect(duties[1]!.column).toBe("3.參加考核,編入小組.4.協助進場工作.".length + 1);
  });

  it("reads numbers with no separator only as a sequence", () => {
    const doc = sheet("仓储主管岗位职责", "1根据计划编制作业计划", "2负责排班和考勤", "3组织每月盘点");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["1", "根据计划编制作业计划"], ["2", "负责排班和考勤"], ["3", "组织每月盘点"]]);
    const lone = sheet("仓储主管岗位职责", "1、负责盘点。", "每月25日前提交报表。");
    expect(roles(lone)[0]!.duties.map((d) => d.number)).toEqual(["1", null]);
  });

  it("makes inline items children and keeps the text before them on the parent", () => {
    const doc = sheet("總監崗位職責", "8、負責編制以下方案:1)市場調研報告;2)可行性報告;", "3)定位方案;", "9、負責督導。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([
      ["8", "負責編制以下方案:", [["1", "市場調研報告;"], ["2", "可行性報告;"], ["3", "定位方案;"]]],
      ["9", "負責督導。"],
    ]);
  });

  it("joins lines wrapped mid-sentence and nests a paragraph under a short titled item", () => {
    const doc = sheet("保管員崗位職責", "1、做到帳物卡相符。存放整齊,并標", "識清楚。", "2、發貨(雙人復核)", "發貨前需確認客戶訂單,記錄發貨金額,按時登記明細賬目。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([
      ["1", "做到帳物卡相符。存放整齊,并標識清楚。"],
      ["2", "發貨(雙人復核)", [[null, "發貨前需確認客戶訂單,記錄發貨金額,按時登記明細賬目。"]]],
    ]);
    expect(roles(doc)[0]!.duties[0]!.endLine).toBe(3);
  });

  it("keeps a summary, a title, an introduction and closing remarks apart from the duties", () => {
    const doc = sheet("物业公司岗位职责汇编", "本文整理了物业公司各岗位的职责，供参考。", "客服主管岗位职责", "在经理领导下负责客服中心工作：", "1、接待业主来访；", "2、回访业主。", "以上职责由综合办公室负责解释。");
    expect(doc.title).toBe("物业公司岗位职责汇编");
    const role = roles(doc)[0]!;
    expect(role.summary).toBe("在经理领导下负责客服中心工作：");
    expect(role.duties).toHaveLength(2);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["introduction", "closing"]);
  });

  it("reads several shapes of role heading", () => {
    const doc = sheet("【项目经理】", "1、负责项目管理；", "销售经理：", "负责市场开拓。", "负责团队管理。", "第一节 营销总监岗位职责", "一、制定营销战略。", "行政专员岗位职责：1.负责文件收发；2.负责会议安排。", "岗位名称 出纳", "1、负责现金收付。", "岗位二：前台", "1. 负责来访接待。");
    expect(roles(doc).map((r) => r.name)).toEqual(["项目经理", "销售经理", "营销总监", "行政专员", "出纳", "前台"]);
    expect(roles(doc)[3]!.duties.map((d) => d.text)).toEqual(["负责文件收发；", "负责会议安排。"]);
  });

  it("puts a job description's blocks beside the duties and takes the role from its form fields", () => {
    const doc = sheet("职位名称：财务主管　　所属部门：财务部", "直接上级：财务经理", "工作职责：", "1. 组织会计核算；", "任职资格：", "1. 本科学历；", "2. 五年经验。", "工作权限：", "1. 审核付款。");
    const role = roles(doc)[0]!;
    expect([role.name, role.department]).toEqual(["财务主管", "财务部"]);
    expect(role.duties.map((d) => d.text)).toEqual(["组织会计核算；"]);
    expect(role.blocks.map((b) => [b.type, b.items.length])).toEqual([["requirements", 2], ["authority", 1]]);
    expect(role.fields.map((f) => f.label)).toEqual(["所属部门", "直接上级"]);
  });

  it("reads a job description copied out of a Word table: cells between tabs", () => {
    const doc = sheet("岗位名称\t出纳\t所属部门\t财务部", "直接上级\t财务经理", "岗位职责\t1. 办理现金收付；", "\t2. 登记日记账。", "任职资格\t1. 大专学历；");
    const role = roles(doc)[0]!;
    expect([role.name, role.department]).toEqual(["出纳", "财务部"]);
    expect(role.duties.map((d) => d.text)).toEqual(["办理现金收付；", "登记日记账。"]);
    expect(role.blocks.map((b) => [b.type, b.items.map((d) => d.text)])).toEqual([["requirements", ["大专学历；"]]]);
  });

  it("reads '一、基本信息' above a form's fields as a heading, not as a duty of a role named by the title", () => {
    const doc = sheet("出纳岗位说明书", "一、基本信息", "岗位名称：出纳", "所属部门：财务部", "二、岗位职责", "1、办理现金收付；", "2、登记日记账。");
    expect(doc.title).toBe("出纳岗位说明书");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["出纳", "财务部", 2]]);
  });

  it("takes ★ ▲ → and other symbols as bullets, and drops a posting's headcount from the role's name", () => {
    const doc = sheet("店长（1人）", "★ 负责门店经营；", "★ 安排排班。", "收银员（2-3人）", "▲ 完成收银；", "理货员（若干名）", "→ 清点上架商品；", "司机（两名）岗位职责", "1、安全驾驶。");
    expect(roles(doc).map((r) => [r.name, r.heading, r.duties.map((d) => [d.number, d.text])])).toEqual([
      ["店长", "店长（1人）", [[null, "负责门店经营；"], [null, "安排排班。"]]],
      ["收银员", "收银员（2-3人）", [[null, "完成收银；"]]],
      ["理货员", "理货员（若干名）", [[null, "清点上架商品；"]]],
      ["司机", "司机（两名）岗位职责", [["1", "安全驾驶。"]]],
    ]);
    // A bracket that is part of the position is kept.
    expect(roles(sheet("销售经理（华东区）", "1、开拓华东市场。"))[0]!.name).toBe("销售经理（华东区）");
  });

  it("opens a role at 'position：duty sentences' and keeps the sentences as its duty, or as its summary when a list follows", () => {
    const doc = sheet("采购员：", "1.询价比价；", "2.跟踪交期。", "仓管员：负责物资的收货、入库和发放；每月盘点一次。", "司机：负责车辆调度；", "1、安全驾驶；", "2、保养车辆。");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.map((d) => [d.number, d.text])])).toEqual([
      ["采购员", null, [["1", "询价比价；"], ["2", "跟踪交期。"]]],
      ["仓管员", null, [[null, "负责物资的收货、入库和发放；每月盘点一次。"]]],
      ["司机", "负责车辆调度；", [["1", "安全驾驶；"], ["2", "保养车辆。"]]],
    ]);
    // A label that names no position is no role: "备注：负责人另行通知。" stays in the role before it.
    expect(roles(sheet("出纳：", "1.办理收付；", "备注：负责人另行通知。")).map((r) => r.name)).toEqual(["出纳"]);
  });

  it("keeps a department's description (部门职能：…) out of the tree and still reads the department above its roles", () => {
    const doc = sheet("技术部", "部门职能：负责产品研发与运维。", "一、技术总监", "1.制定技术规划；", "2.审核技术方案。", "市场部", "部門職責：負責品牌推廣。", "一、市场经理", "1.制定推广计划。");
    expect(roles(doc).map((r) => [r.department, r.name, r.summary, r.duties.length])).toEqual([["技术部", "技术总监", null, 2], ["市场部", "市场经理", null, 1]]);
    expect(doc.ignored.filter((i) => i.reason === "department").map((i) => i.line)).toEqual([1, 2, 6, 7]);
  });

  it("reads a bilingual position name (English before or after the Chinese) as a role, and 'QC主管' as it stands", () => {
    const doc = sheet("Sales Manager 销售经理", "1. 制定目标；", "2. 管理团队。", "仓库主管 Warehouse Supervisor", "1. 安排收发货。", "QC主管", "1. 检验来料；", "2. 填写记录。");
    expect(doc.title).toBeNull();
    expect(roles(doc).map((r) => r.name)).toEqual(["Sales Manager 销售经理", "仓库主管 Warehouse Supervisor", "QC主管"]);
  });

  it("reads 〖…〗 headings, a bulleted role heading and '…职责如下：' as roles; a bare '主要职责如下：' heads nothing", () => {
    const doc = sheet("〖项目经理〗", "1、运营管理；", "◆ 客服主管岗位职责", "1、安排排班；", "保安队长的主要职责如下：", "（1）巡逻；", "保洁员的工作职责包括：", "（1）清扫。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["项目经理", 1], ["客服主管", 1], ["保安队长", 1], ["保洁员", 1]]);
    // A bullet item that only mentions duties stays an item.
    expect(roles(sheet("出纳岗位职责", "• 遵守岗位职责。", "• 办理收付。"))[0]!.duties).toHaveLength(2);
    const intro = sheet("行政经理", "负责行政后勤工作，主要职责如下：", "1、管理车辆；", "2、管理证照。");
    expect(roles(intro).map((r) => [r.name, r.summary])).toEqual([["行政经理", "负责行政后勤工作，主要职责如下："]]);
  });

  it("reads '…岗位职责及任职要求' and '…岗位职责说明' under a position as role headings, but not a sheet's '…岗位职责说明'", () => {
    const doc = sheet("采购主管岗位职责及任职要求", "岗位职责：", "1、编制计划；", "任职要求：", "1、大专学历。", "叉车司机岗位职责说明", "1、装卸作业。");
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.blocks.length])).toEqual([["采购主管", 1, 1], ["叉车司机", 1, 0]]);
    const sheetTitle = sheet("博远公司研发中心岗位职责说明", "研发总监岗位职责", "1、制定研发规划。");
    expect(sheetTitle.title).toBe("博远公司研发中心岗位职责说明");
    expect(roles(sheetTitle).map((r) => r.name)).toEqual(["研发总监"]);
  });

  it("takes a Word list's bullets copied as text (private-use \\uf0b7, \\uf0a7 …, and 'Ø ') as bullets", () => {
    const doc = sheet("网管岗位职责", "\uf0b7\t维护网络设备；", "\uf0a7\t处理电脑故障。", "库管岗位职责", "Ø 收发物料；", "Ø 盘点库存。");
    expect(roles(doc).map((r) => r.duties.map((d) => [d.number, d.text]))).toEqual([
      [[null, "维护网络设备；"], [null, "处理电脑故障。"]],
      [[null, "收发物料；"], [null, "盘点库存。"]],
    ]);
  });

  it("takes the line after a marker that stands alone ('1.' then its text) as the item's text", () => {
    const doc = sheet("客服岗位职责", "1.", "接听来电；", "2.", "跟进工单。", "会计岗位职责", "一、销售核算", "（一）", "编制凭证。");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text, d.line, d.endLine, d.children.length])).toEqual([["1", "接听来电；", 2, 3, 0], ["2", "跟进工单。", 4, 5, 0]]);
    // A titled item keeps a paragraph under it as before.
    expect(roles(doc)[1]!.duties[0]!.children.map((d) => [d.number, d.text])).toEqual([["一", "编制凭证。"]]);
  });

  it("reads a job bank's posting: 【職缺】 before the position, 條件要求 as requirements, one item per 'label：value' line", () => {
    const doc = sheet("【職缺】倉儲物流人員", "工作內容", "1. 依訂單揀貨。", "條件要求", "學歷要求：不拘", "駕駛執照：機車駕照");
    const role = roles(doc)[0]!;
    expect([role.name, role.duties.length]).toEqual(["倉儲物流人員", 1]);
    expect(role.blocks.map((b) => [b.type, b.items.map((d) => d.text)])).toEqual([["requirements", ["學歷要求：不拘", "駕駛執照：機車駕照"]]]);
    // A wrapped line that only starts like a label is still joined to the line before it.
    const wrapped = roles(sheet("出纳岗位职责", "1、负责现金收付，", "注意：大额须复核。"))[0]!;
    expect(wrapped.duties.map((d) => d.text)).toEqual(["负责现金收付，注意：大额须复核。"]);
  });

  it("reads '出纳岗位' as the position 出纳, and numbered form fields as the role's fields", () => {
    const doc = sheet("一、出纳岗位", "１．　办理收付；", "二、岗位名称：税务专员", "１．　申报纳税。", "资金专员岗位说明书", "一、基本信息", "1、岗位名称：资金专员", "2、所属部门：财务部", "二、岗位职责", "1、编制资金计划。", "三、任职要求", "1、学历：本科。");
    expect(roles(doc).map((r) => [r.name, r.department, r.line, r.duties.map((d) => d.text), r.blocks.map((b) => b.items.length)])).toEqual([
      ["出纳", null, 1, ["办理收付；"], []],
      ["税务专员", null, 3, ["申报纳税。"], []],
      ["资金专员", "财务部", 5, ["编制资金计划。"], [1]],
    ]);
    // "1、学历：本科" under 任职要求 stays an item; '销售岗位' (销售 names no position) is not a role.
    expect(roles(sheet("销售岗位", "1、开拓客户。")).map((r) => r.name)).not.toContain("销售");
  });

  it("numbers duties written as prose ordinals: 第一，… and 一是…；二是…, glued on one line too", () => {
    const doc = sheet("主任岗位职责", "第一，管理日常工作；", "第二，审核公文。", "调度员岗位职责", "一是安排车辆；二是登记出车。");
    expect(roles(doc).map((r) => r.duties.map((d) => [d.number, d.text]))).toEqual([
      [["一", "管理日常工作；"], ["二", "审核公文。"]],
      [["一", "安排车辆；"], ["二", "登记出车。"]],
    ]);
    // Not a part heading: 第一篇/第二章 still open sections.
    expect(sheet("第一章 总则", "第二章 岗位").sections.map((s) => s.title)).toEqual(["第一章 总则", "第二章 岗位"]);
  });

  it("sets a web page's chrome aside as advertising: breadcrumbs, share and print links, view counts", () => {
    const doc = sheet("首页 > 范文大全 > 岗位职责", "仓库管理员岗位职责", "浏览次数：1024", "1、入库验收；", "分享到：微信 微博", "2、发放登记。", "[打印本页] [关闭窗口]", "【返回顶部】");
    expect(doc.title).toBeNull();
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["入库验收；", "发放登记。"]);
    expect(doc.ignored.filter((i) => i.reason === "advertising").map((i) => i.line)).toEqual([1, 3, 5, 7, 8]);
    // Duties that only mention such words stay duties.
    expect(roles(sheet("前台岗位职责", "1、下班前关闭窗口和电源；", "2、统计访客浏览次数的报表。"))[0]!.duties).toHaveLength(2);
  });

  it("takes '部门职能及岗位职责' after other roles as a heading, not a role named '部门职能及'", () => {
    const doc = sheet("销售经理岗位职责", "1、开拓市场。", "会计岗位职责", "1、记账。", "部门职能及岗位职责", "技术部", "一、技术总监", "1.制定规划。");
    expect(roles(doc).map((r) => r.name)).toEqual(["销售经理", "会计", "技术总监"]);
    expect(doc.ignored.find((i) => i.line === 5)?.reason).toBe("heading");
  });

  it("continues the open role under its heading repeated with （续） on the next page", () => {
    const doc = sheet("质量经理岗位职责", "1、建立体系；", "第 1 页", "质量经理岗位职责（续）", "2、组织审核。", "检验员岗位职责", "1、检验来料。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["质量经理", ["1", "2"]], ["检验员", ["1"]]]);
    // Another role's heading with （续） is that role, not a continuation.
    expect(roles(sheet("会计岗位职责", "1、记账。", "出纳岗位职责（续）", "1、收付。")).map((r) => r.name)).toEqual(["会计", "出纳"]);
  });

  it("splits a role glued on after a sentence ('…负责回款。会计岗位职责：1.…'), only when a position is named", () => {
    const doc = sheet("销售经理岗位职责：1.负责开拓市场；2.负责回款。会计岗位职责：1.负责记账；2.负责报税。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["销售经理", ["负责开拓市场；", "负责回款。"]], ["会计", ["负责记账；", "负责报税。"]]]);
    const kept = sheet("行政经理岗位职责：1.负责行政管理；2.审核费用。具体职责：1.管理车辆。");
    expect(roles(kept).map((r) => r.name)).toEqual(["行政经理"]);
  });

  it("reads bulleted headings: '■ 生产部' over '● 车间主任' over a numbered list", () => {
    const doc = sheet("■ 生产部", "● 车间主任", "1、组织生产；", "2、考核人员。", "● 班组长", "1、召开班前会。");
    expect(roles(doc).map((r) => [r.department, r.name, r.duties.length])).toEqual([["生产部", "车间主任", 2], ["生产部", "班组长", 1]]);
    // A bullet list of positions under a heading stays a list of items.
    const items = roles(sheet("销售经理岗位职责", "1、管理下属：", "● 销售代表", "● 销售内勤"))[0]!;
    expect(items.duties[0]!.children.map((d) => d.text)).toEqual(["销售代表", "销售内勤"]);
  });

  it("joins a wrapped line that starts with an amount ('2.5亿元…', '1.5万元') instead of numbering it 2.5", () => {
    const doc = sheet("项目经理岗位职责", "1.负责产值目标的分解，年度产值不低于", "2.5亿元，按月报送完成情况。", "2.组织竣工验收。", "3.2 年度预算的编制。");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.children.length])).toEqual([["1", 0], ["2", 0], ["3.2", 0]]);
    expect(roles(doc)[0]!.duties[0]!.text).toBe("负责产值目标的分解，年度产值不低于2.5亿元，按月报送完成情况。");
  });

  it("numbers items whose text starts with a word that starts with a unit ('2 分析…', '2月度…'), not quantities ('3人')", () => {
    for (const sep of [" ", ""]) {
      const doc = sheet("仓储主管岗位职责", `1${sep}负责仓库人员的排班`, `2${sep}分析盘点差异`, `3${sep}年度预算的编制`, `4${sep}月度报表的汇总`);
      expect(roles(doc)[0]!.duties.map((d) => d.number)).toEqual(["1", "2", "3", "4"]);
    }
    const wrapped = sheet("班组长岗位职责", "1 负责安排夜班，每班不少于", "3 人值守。", "2 负责交接班记录。");
    expect(roles(wrapped)[0]!.duties.map((d) => d.text)).toEqual(["负责安排夜班，每班不少于3 人值守。", "负责交接班记录。"]);
  });

  it("proves a list with no separator by item 2 a few lines on, past a wrap of item 1", () => {
    const doc = sheet("公共卫生医师岗位职责", "1负责居民健康档案的管理，建档率达到", "9成以上", "2负责传染病疫情报告", "3组织健康教育讲座");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text])).toEqual([["1", "负责居民健康档案的管理，建档率达到9成以上"], ["2", "负责传染病疫情报告"], ["3", "组织健康教育讲座"]]);
  });

  it("numbers items counted with 项 (第1项, 第二項)", () => {
    const doc = sheet("第三条 校长职责", "第1项 贯彻执行教育方针。", "第2项 负责人事管理，包括：", "1．教职工的聘任；", "2．教师培训。", "第3项 审批经费开支。");
    const duties = roles(doc)[0]!.duties;
    expect(duties.map((d) => [d.number, d.style, d.children.length])).toEqual([["1", "cn-xiang", 0], ["2", "cn-xiang", 2], ["3", "cn-xiang", 0]]);
  });

  it("keeps a sentence that introduces the list ('其主要职责如下：', '班主任应当履行下列职责：') as the summary, not a role", () => {
    for (const intro of ["其主要职责如下：", "具体职责包括：", "本岗位主要职责如下：", "销售经理主要职责如下："]) {
      const doc = sheet("销售经理岗位职责", intro, "1.建立客户档案。", "2.组织销售会议。");
      expect(roles(doc).map((r) => [r.name, r.summary, r.duties.length])).toEqual([["销售经理", intro, 2]]);
    }
    const school = sheet("第五条 班主任职责", "班主任应当履行下列职责：", "（一）建立学生成长档案。", "（二）组织主题班会。");
    expect(roles(school).map((r) => [r.name, r.duties.length])).toEqual([["班主任", 2]]);
  });

  it("nests a list of the same style indented under an item, and goes back out at the shallower indent", () => {
    const doc = sheet("人力资源部经理岗位职责", "1. 制定人力资源规划。", "2. 负责招聘管理：", "   1. 编制招聘计划；", "   2. 组织面试。", "3. 处理劳动争议。");
    const duties = roles(doc)[0]!.duties;
    expect(duties.map((d) => [d.number, d.children.map((c) => c.number)])).toEqual([["1", []], ["2", ["1", "2"]], ["3", []]]);
    expect(doc.diagnostics).toEqual([]);
  });

  it("splits an inline list after a colon that counts with a. A. 一、 or 一是", () => {
    for (const [a, b] of [["a.", "b."], ["A.", "B."], ["一、", "二、"], ["一是", "二是"]]) {
      const doc = sheet("质量工程师岗位职责", "1、负责质量策划。", `2、统计分析，主要包括：${a}每日统计合格率；${b}每周编制周报。`, "3、参与供应商审核。");
      const second = roles(doc)[0]!.duties[1]!;
      expect([second.text, second.children.map((c) => c.text)]).toEqual(["统计分析，主要包括：", ["每日统计合格率；", "每周编制周报。"]]);
    }
  });

  it("drops page numbers in more forms: after a footer's company name, '页码：2/5', '— 第 1 页 —', '2 of 5'", () => {
    const footers = ["鼎盛建设集团有限公司　　第 1 页 共 3 页", "文件编号：QP-012　　版本：A/2　　页码：2/3", "— 第 1 页 —", "页码：2/5", "2 of 5", "P2"];
    for (const footer of footers) {
      const doc = sheet("技术负责人岗位职责", "1.负责施工技术管理，组织图纸会审和", footer, "设计交底。", "2.组织技术交底。");
      expect([roles(doc)[0]!.duties.map((d) => d.text), doc.ignored.map((i) => i.reason)]).toEqual([["负责施工技术管理，组织图纸会审和设计交底。", "组织技术交底。"], ["page-noise"]]);
    }
  });

  it("trims zero-width spaces that web and chat copies leave at the start of lines", () => {
    const doc = sheet("\u200b一、出纳岗位职责", "\u200b1、负责现金收付；", "\u200b2、负责银行账户管理。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["出纳", ["1", "2"]]]);
  });

  it("reads more role and department shapes: 门卫 and 厨师长, 第一节 over a position, a department's alias, codes and '部门—岗位'", () => {
    const factory = sheet("一、后勤部", "（一）门卫", "1.负责出入登记。", "2.夜间巡逻。", "（二）厨师长", "1.制定菜谱。");
    expect(roles(factory).map((r) => [r.department, r.name])).toEqual([["后勤部", "门卫"], ["后勤部", "厨师长"]]);
    const chapters = sheet("第一章　生产部", "第一节　车间主任", "一、安排生产任务。", "第二节　质检员", "一、抽样检验。");
    expect(chapters.sections.map((s) => [s.title, s.roles.map((r) => r.name)])).toEqual([["第一章　生产部", ["车间主任", "质检员"]]]);
    const alias = sheet("机关部门及岗位职责", "一、党委办公室（董事会办公室）", "（一）主任", "1.主持全面工作。", "（二）副主任", "1.协助主任工作。");
    expect(roles(alias).map((r) => [r.department, r.name])).toEqual([["党委办公室（董事会办公室）", "主任"], ["党委办公室（董事会办公室）", "副主任"]]);
    const named = sheet("HR-01 招聘专员", "1) 制定招聘计划；", "行政部—行政经理岗位职责", "1.负责行政制度。", "财务部/出纳岗位职责", "1.办理现金收付。", "【业务部】", "1.门店经理岗位职责", "（1）负责门店管理；");
    expect(roles(named).map((r) => [r.department, r.name])).toEqual([[null, "招聘专员"], ["行政部", "行政经理"], ["财务部", "出纳"], ["业务部", "门店经理"]]);
  });

  it("reads more block headings: 資格條件, 職務概要, a bare '要求：', '【考核指标（KPI）】', and 職稱 as the post", () => {
    const hk = sheet("職稱：倉務主任", "職務概要：統籌倉庫運作。", "工作內容：", "1. 統籌倉庫日常運作；", "資格條件：", "1. 三年以上倉務經驗。");
    const role = roles(hk)[0]!;
    expect([role.name, role.duties.length, role.blocks.map((b) => b.type)]).toEqual(["倉務主任", 1, ["requirements"]]);
    const jd = sheet("职位：员工关系专员", "职责：", "1) 处理劳动争议；", "要求：", "1) 熟悉劳动法规；", "【考核指标（KPI）】", "1) 劳动争议结案率。");
    expect(roles(jd)[0]!.blocks.map((b) => [b.type, b.items.length])).toEqual([["requirements", 1], ["other", 1]]);
    // "要求：" with a sentence after it is no heading.
    const sentence = sheet("仓管员岗位职责", "1、负责收货。", "要求：每日盘点一次。");
    expect(roles(sentence)[0]!.blocks).toEqual([]);
  });

  it("reads letter-spaced headings of PDF and OCR copies ('一 、 项 目 经 理 岗 位 职 责')", () => {
    const doc = sheet("一 、 项 目 经 理 岗 位 职 责", "1、全面负责项目管理。", "二 、 客 服 主 管 岗 位 职 责", "1、负责前台管理。", "任 职 要 求", "1、大专以上学历。");
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.blocks.map((b) => b.type)])).toEqual([["项目经理", 1, []], ["客服主管", 1, ["requirements"]]]);
  });

  it("names a role headed '部门职责' under a department after the department", () => {
    const doc = sheet("一、纪检监察室", "（一）部门职责", "1.负责受理信访举报。", "（二）岗位职责", "1.纪检监察专员", "（1）负责线索初核。");
    expect(roles(doc).map((r) => [r.department, r.name, r.duties.length])).toEqual([["纪检监察室", "纪检监察室", 1], ["纪检监察室", "纪检监察专员", 1]]);
  });

  it("sets aside the sheet's title repeated over every page, though it reads as a role heading, once it breaks a sentence", () => {
    const doc = sheet("工程管理部岗位职责", "一、项目经理", "1.全面负责项目的施工组织与管理。", "2.组织编制施工组织设计，报总工程师审批后", "工程管理部岗位职责", "组织实施。",
      "二、安全员", "1.对安全生产进行日常监督检查。", "工程管理部岗位职责", "2.组织三级安全教育。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["项目经理", ["全面负责项目的施工组织与管理。", "组织编制施工组织设计，报总工程师审批后组织实施。"]],
      ["安全员", ["对安全生产进行日常监督检查。", "组织三级安全教育。"]],
    ]);
    // A heading repeated in a sheet that never breaks a sentence with it stays a heading.
    const twice = sheet("销售经理岗位职责", "1.负责销售。", "销售经理岗位职责", "1.负责回款。", "销售经理岗位职责", "1.负责培训。");
    expect(roles(twice)).toHaveLength(3);
  });

  it("sets aside a running header seen only twice when a page number stands next to it each time", () => {
    const doc = sheet("一、技术负责人", "1.负责施工技术管理，组织图纸会审和设计", "第 1 页 共 3 页", "鼎盛建设集团　工程管理手册", "交底。", "2.编制专项方案。",
      "第 2 页 共 3 页", "鼎盛建设集团　工程管理手册", "3.组织技术交底。");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["负责施工技术管理，组织图纸会审和设计交底。", "编制专项方案。", "组织技术交底。"]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["page-noise", "page-noise", "page-noise", "page-noise"]);
  });

  it("reads a table drawn with box-drawing characters as a table copied as text: cells between tabs, wrapped cells joined", () => {
    const doc = sheet("┌────┬────────┐", "│職務名稱│檢驗員│", "├────┼────────┤", "│直屬主管│品保課長│", "│工作職責│1.依檢驗規範執行進料抽樣檢驗，│", "│        │並填寫檢驗紀錄表。  │",
      "│        │2.執行製程巡檢。    │", "│任職條件│1.高職以上學歷。    │", "└────┴────────┘");
    const role = roles(doc)[0]!;
    expect([role.name, role.duties.map((d) => d.text), role.blocks.map((b) => [b.type, b.items.length])]).toEqual(["檢驗員", ["依檢驗規範執行進料抽樣檢驗，並填寫檢驗紀錄表。", "執行製程巡檢。"], [["requirements", 1]]]);
    expect(doc.ignored.filter((i) => i.reason === "stray")).toHaveLength(3);
  });

  it("keeps a post's qualifier after the role words ('责任护士岗位职责（白班）'), not the sheet's ('（试行）', '（2024版）')", () => {
    const doc = sheet("责任护士岗位职责（白班）", "1.执行医嘱。", "责任护士岗位职责（夜班）", "1.巡视病房。", "护士长岗位职责（试行）", "1.管理病区。", "护理员岗位职责（2024版）", "1.协助护理。");
    expect(roles(doc).map((r) => r.name)).toEqual(["责任护士（白班）", "责任护士（夜班）", "护士长", "护理员"]);
  });

  it("reads a role heading enclosed in brackets or bold marks ('【出纳岗位职责】', '**出纳岗位职责**'), after an unfinished item too", () => {
    for (const heading of ["【出纳岗位职责】", "〔出纳岗位职责〕", "「出纳岗位职责」", "**出纳岗位职责**"]) {
      const doc = sheet("会计岗位职责", "1、负责凭证录入", "2、负责报表编制", heading, "1、负责现金日记账", "2、负责银行对账");
      expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["会计", ["负责凭证录入", "负责报表编制"]], ["出纳", ["负责现金日记账", "负责银行对账"]]]);
    }
  });

  it("reads a heading and its list on one line with a space between them, and a bracketed block heading before its items", () => {
    const doc = sheet("区域经理岗位职责 1、负责区域市场开拓 2、分解区域销售指标", "销售代表", "岗位职责 1.负责客户拜访 2.完成销售任务", "【任职要求】1、大专以上学历；2、能适应出差。", "要求：1.持证上岗；2.一年以上经验。");
    expect(roles(doc).map((r) => [r.name, r.heading, r.duties.length, r.blocks.map((b) => [b.type, b.items.length])])).toEqual([
      ["区域经理", "区域经理岗位职责", 2, []], ["销售代表", "销售代表", 2, [["requirements", 2], ["requirements", 2]]],
    ]);
  });

  it("reads 'XX应当履行以下职责：' and 'XX负责：' as a position's heading, and names a safety rule's 'XX安全生产职责' after the position", () => {
    const doc = sheet("第七条　客户经理应当履行以下职责：", "（一）负责客户营销；", "值班医师负责：", "1.处理病员临时情况。", "第四条　总经理安全生产职责", "（一）对安全生产全面负责。", "质检员安全职责", "1.遵守安全规程。");
    expect(roles(doc).map((r) => r.name)).toEqual(["客户经理", "值班医师", "总经理", "质检员"]);
  });

  it("reads more position and department names: 组织委员, 工会主席, not a degree such as '学历本科'", () => {
    const party = sheet("一、党支部委员会", "（一）党支部书记", "1.主持全面工作。", "（二）组织委员", "1.负责党员发展。", "二、工会委员会", "（一）工会主席", "1.主持工会工作。");
    expect(roles(party).map((r) => [r.department, r.name])).toEqual([["党支部委员会", "党支部书记"], ["党支部委员会", "组织委员"], ["工会委员会", "工会主席"]]);
    const posting = sheet("测试开发工程师", "学历本科", "岗位职责：", "1.编写自动化测试脚本。", "产品经理", "学历本科", "岗位职责：", "1.撰写需求文档。");
    expect(roles(posting).map((r) => [r.department, r.name, r.duties.length])).toEqual([[null, "测试开发工程师", 1], [null, "产品经理", 1]]);
  });

  it("drops the pay from a post's name ('销售代表（8K-12K）', '（面议）', ' 5000-7000元/月'), as it drops a headcount", () => {
    const doc = sheet("岗位1：销售代表（8K-12K）", "岗位职责：", "1.开发渠道。", "职位：仓库管理员 5000-7000元/月", "岗位职责：", "1.管理库存。", "職位一：資深會計（月薪NT$45,000起）", "工作職責：", "1.月結作業。", "模具工程师（面议）岗位职责", "1.设计评审。");
    expect(roles(doc).map((r) => r.name)).toEqual(["销售代表", "仓库管理员", "資深會計", "模具工程师"]);
  });

  it("reads chat posts: emoji bullets (✅ 🔹 ▪️), keycap numbers (1️⃣), emoji that dress a heading, and '○○' as no bullet", () => {
    const doc = sheet("○○餐饮公司招聘", "📌职位一：门店店长", "【岗位职责】", "✅ 负责门店运营；", "▪️ 负责员工排班；", "【任职要求】", "🔹 三年以上经验。", "💰 薪资福利", "五险一金",
      "📌职位二：厨师长", "【岗位职责】", "1️⃣ 负责后厨管理；", "2️⃣ 制定菜品标准。");
    expect(doc.title).toBe("○○餐饮公司招聘");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.text]), r.blocks.map((b) => b.items.map((i) => i.text))])).toEqual([
      ["门店店长", [[null, "负责门店运营；"], [null, "负责员工排班；"]], [["三年以上经验。"]]],
      ["厨师长", [["1", "负责后厨管理；"], ["2", "制定菜品标准。"]], []],
    ]);
    expect(doc.ignored.filter((i) => i.line >= 8 && i.line <= 9).map((i) => [i.line, i.reason])).toEqual([[8, "heading"], [9, "benefits"]]);
  });

  it("keeps duties that mention 本站 or a WeChat account; still sets aside '关注微信公众号'", () => {
    const doc = sheet("泵站站长岗位职责", "1.负责本站设备的日常巡视。", "2.管理支部宣传栏和微信公众号。", "关注微信公众号获取更多范文");
    expect(roles(doc)[0]!.duties.map((d) => d.number)).toEqual(["1", "2"]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["advertising"]);
  });

  it("sets aside a table of contents' lines and an editor's note where text was left out", () => {
    const doc = sheet("安全生产责任制", "目　　录", "第一章　总则……………………1", "第二章　岗位职责………………2", "第一章　总则", "第二章　岗位职责", "第二条　车间主任职责：", "（一）负全面责任。", "（此处省略）", "……（以下略）");
    expect(doc.sections.map((s) => s.title)).toEqual(["第一章　总则", "第二章　岗位职责"]);
    expect(doc.ignored.filter((i) => i.reason !== "introduction").map((i) => [i.line, i.reason])).toEqual([[2, "page-noise"], [3, "page-noise"], [4, "page-noise"], [9, "stray"], [10, "stray"]]);
  });

  it("reads English and bilingual block labels and a 'Job Title:' field", () => {
    const doc = sheet("Job Title: Warehouse Supervisor 仓库主管", "Responsibilities:", "1. 管理仓库日常作业；", "Requirements:", "1. 大专及以上学历。",
      "职位名称：供应链分析师", "Job Responsibilities 工作职责:", "• 收集运营数据；", "任职要求 Requirements", "• 3年以上经验；");
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.blocks.map((b) => b.type)])).toEqual([
      ["Warehouse Supervisor 仓库主管", 1, ["requirements"]], ["供应链分析师", 1, ["requirements"]],
    ]);
  });

  it("takes plain text under a role's '岗位职责：' heading for a duty, not its summary", () => {
    const doc = sheet("（一）收费员（2名）", "岗位职责：负责门诊患者的费用结算；负责收费日报的编制。", "任职条件：大专及以上学历。");
    const role = roles(doc)[0]!;
    expect([role.name, role.summary, role.duties.map((d) => [d.number, d.text])]).toEqual(["收费员", null, [[null, "负责门诊患者的费用结算；负责收费日报的编制。"]]]);
  });

  it("reads a posting's outline ('一、公司简介', '二、招聘岗位') as its sections, not as a role named after its title", () => {
    const doc = sheet("恒达电器招聘简章", "一、公司简介", "恒达电器成立于2009年。", "二、招聘岗位", "岗位1：销售代表", "岗位职责：", "➀负责渠道开发；", "➁完成销售指标。");
    expect(doc.sections.map((s) => [s.title, s.roles.map((r) => [r.name, r.duties.length])])).toEqual([["一、公司简介", []], ["二、招聘岗位", [["销售代表", 2]]]]);
  });

  it("reads a form row with fields it keeps aside (姓名, 代理人) and 工作項目 as the heading of the duties", () => {
    const doc = sheet("財政處工作職掌表", "職稱：科長　　姓名：陳○○　　代理人：股長", "工作項目：", "一、綜理公庫科業務。", "職稱：科員　　姓名：黃○○　　代理人：科員", "工作項目：", "一、公文收發。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["科長", 1], ["科員", 1]]);
  });

  it("nests (i) (ii) under (b) as Hong Kong sheets write them, and still reads (i) as the letter after (h)", () => {
    const doc = sheet("職位名稱：二級行政主任", "主要職務：", "(a) 協助總務事宜；", "(b) 處理員工關係事宜，包括：", "    (i) 籌辦諮詢會議；", "    (ii) 跟進員工投訴；", "(c) 執行其他職務。");
    const duties = roles(doc)[0]!.duties;
    expect(duties.map((d) => [d.number, d.children.map((c) => [c.number, c.style])])).toEqual([["a", []], ["b", [["i", "roman-paren"], ["ii", "roman-paren"]]], ["c", []]]);
    const letters = sheet("销售经理岗位职责", ..."abcdefghij".split("").map((c) => `(${c}) 第${c}项工作。`));
    expect(roles(letters)[0]!.duties.map((d) => d.style)).toEqual(Array(10).fill("latin-paren"));
  });

  it("reads an article whose list is glued onto its heading, and sets aside the list of an article that names no position", () => {
    const doc = sheet("第二章　岗位职责", "第五条　大堂经理主要职责：（一）维护现场秩序；（二）受理咨询。", "第六条　调度员职责（一）接听需求电话；（二）跟踪任务。",
      "第三章　监督检查", "第八条　支行对职责履行情况开展以下检查：", "（一）每季度专项检查；", "（二）限期整改。", "第九条　员工未按规定履行职责的，依照有关办法追究责任。");
    expect(roles(doc).map((r) => [r.name, r.heading, r.duties.map((d) => d.text)])).toEqual([
      ["大堂经理", "第五条　大堂经理主要职责：", ["维护现场秩序；", "受理咨询。"]], ["调度员", "第六条　调度员职责", ["接听需求电话；", "跟踪任务。"]],
    ]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[5, "article"], [6, "article"], [7, "article"], [8, "article"]]);
  });

  it("reads a web copy's markup as the text it shows: tags dropped, entities decoded, <br> a line break, markup alone set aside", () => {
    const doc = sheet("<p><strong>前台岗位职责</strong></p>", "<p>1、负责来访接待&amp;登记；</p>", "<p><br></p>", "出纳岗位职责<br>1、&nbsp;负责现金日记账；<br>2、负责银行对账。<br>");
    expect(roles(doc).map((r) => [r.name, r.line, r.duties.map((d) => [d.number, d.text, d.line])])).toEqual([
      ["前台", 1, [["1", "负责来访接待&登记；", 2]]], ["出纳", 4, [["1", "负责现金日记账；", 4], ["2", "负责银行对账。", 4]]],
    ]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[3, "markup"]]);
  });

  it("reads a sheet quoted in an e-mail ('> 一、仓库主管', '> 1. …') and sets aside the sign-off after its lists", () => {
    const doc = sheet(
      "主题: 转发: 仓储部岗位职责", "", "> 李工：", "> 修订稿如下。", ">", "> 一、仓库主管", "> 1. 负责仓库的日常管理；", ">   2. 审核出入库单据。", ">",
      "> 二、理货员", ">> 1. 按单拣货，核对数量；", "> 2. 保持货位整洁。", ">", "> 有问题随时找我。", "> 王立", "> 仓储部经理",
    );
    expect(roles(doc).map((r) => [r.name, r.heading, r.duties.map((d) => [d.number, d.text, d.line, d.column])])).toEqual([
      ["仓库主管", "一、仓库主管", [["1", "负责仓库的日常管理；", 7, 3], ["2", "审核出入库单据。", 8, 5]]],
      ["理货员", "二、理货员", [["1", "按单拣货，核对数量；", 11, 4], ["2", "保持货位整洁。", 12, 3]]],
    ]);
    expect(doc.ignored.filter((i) => i.line >= 13).map((i) => [i.line, i.reason])).toEqual([[13, "stray"], [14, "closing"], [15, "closing"], [16, "closing"]]);
    // Without an empty quoted line or a numbered item inside, '>' is the writer's own mark and stays.
    const marks = lexLines(["仓库主管岗位职责", "> 负责仓库的日常管理", "> 审核出入库单据", "> 组织盘点"].join("\n"));
    expect(marks.map((l) => [l.text, l.indent])).toEqual([["仓库主管岗位职责", 0], ["> 负责仓库的日常管理", 0], ["> 审核出入库单据", 0], ["> 组织盘点", 0]]);
  });

  it("keeps a duty that handles 相关资料, and sets aside link lines and an export's '共3条记录'", () => {
    const doc = sheet("会计岗位职责", "1、办理凭证审核。", "2、负责相关资料的整理归档。", "3、办理纳税申报。", "相关文章：出纳岗位职责", "共3条记录");
    expect(roles(doc)[0]!.duties.map((d) => d.number)).toEqual(["1", "2", "3"]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[5, "advertising"], [6, "page-noise"]]);
  });

  it("reads posts that no role word marks: '倉管人員', a name over its duties' label, a post over sentences that start with 全面負責 or 接听", () => {
    const staff = sheet("門市專員", "負責收銀作業。", "維持陳列整齊。", "", "倉管人員", "負責進貨驗收。", "定期清點庫存。", "", "店長", "全面負責門市的營運管理。", "負責門市現金之安全管理。");
    expect(roles(staff).map((r) => [r.name, r.duties.length])).toEqual([["門市專員", 2], ["倉管人員", 2], ["店長", 2]]);
    const posting = sheet("新媒体运营", "岗位职责 1.负责公众号的日常内容 2.负责社群运营", "任职要求：本科；一年经验。", "绿化工", "岗位职责：负责绿地花木的养护。");
    expect(roles(posting).map((r) => [r.name, r.duties.map((d) => d.text), r.blocks.length])).toEqual([
      ["新媒体运营", ["负责公众号的日常内容", "负责社群运营"], 1], ["绿化工", ["负责绿地花木的养护。"], 0],
    ]);
    const oneLine = sheet("客服主管：负责客服中心的日常管理；制定排班表。", "客服专员：接听业主来电；协助收取物业费。");
    expect(roles(oneLine).map((r) => r.name)).toEqual(["客服主管", "客服专员"]);
    // Not the words of a sentence: 工作人员, 相关人员.
    expect(roles(sheet("相关人员", "负责登记。", "审核资料。")).map((r) => r.name)).not.toContain("相关人员");
  });

  it("sets aside an employee's signature under a sheet and a document-control line, and reads the next role after them", () => {
    const doc = sheet(
      "收银员", "1. 负责收银结算。", "2. 保管备用金。", "文件編號：QA-JD-003　版次：A", "", "本人已阅读并理解上述岗位职责，同意遵照执行。",
      "员工签字：__________    日期：____年__月__日", "项目部（盖章）", "", "叉车司机", "1. 完成货物装卸。", "上岗条件：", "1. 持有特种设备作业证。",
    );
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.blocks.map((b) => [b.type, b.items.length])])).toEqual([["收银员", 2, []], ["叉车司机", 1, [["requirements", 1]]]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[4, "page-noise"], [6, "closing"], [7, "closing"], [8, "closing"]]);
  });

  it("cuts a page footer glued onto a duty off its text (set aside as page noise); reads '1、24小时…' as item 1", () => {
    const doc = sheet("营销总监", "1、24小时受理客户投诉。", "2、审批特殊折扣申请。                第3页 共5页", "3、完成其他工作。", "鼎盛建设集团有限公司　　第 1 页 共 3 页");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text])).toEqual([["1", "24小时受理客户投诉。"], ["2", "审批特殊折扣申请。"], ["3", "完成其他工作。"]]);
    expect(doc.ignored.map((i) => [i.line, i.text, i.reason])).toEqual([[3, "第3页 共5页", "page-noise"], [5, "鼎盛建设集团有限公司　　第 1 页 共 3 页", "page-noise"]]);
    const glued = sheet("出纳岗位职责", "1、办理现金收付。- 5 -", "2、保持余额增长10");
    expect([roles(glued)[0]!.duties.map((d) => d.text), glued.ignored.map((i) => i.text)]).toEqual([["办理现金收付。", "保持余额增长10"], ["- 5 -"]]);
    expect(matchMarker("1、2、3号线")?.style.id).not.toBe("arabic");
  });

  it("reads the next number of the roles' own headings as a role ('二、出纳' after '一、会计' and its list), whatever follows it", () => {
    const doc = sheet("一、会计", "1. 负责记账。", "二、出纳", "负责现金收付。", "负责银行日记账登记。", "三、绿化工", "1. 浇水施肥。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["会计", ["负责记账。"]], ["出纳", ["负责现金收付。", "负责银行日记账登记。"]], ["绿化工", ["浇水施肥。"]]]);
    const nested = sheet("一、保安", "（一）保安员", "1. 按时上岗。", "（二）保安领班", "1. 安排上岗。", "二、绿化工", "1. 浇水施肥。");
    expect(roles(nested).map((r) => r.name)).toEqual(["保安", "保安员", "保安领班", "绿化工"]);
    // Not the role's own list in that style: "二、客户管理" under "一、销售经理" whose items are 一、二、.
    const own = sheet("销售经理岗位职责", "一、市场开拓", "1. 负责市场调研。", "二、客户管理", "1. 维护客户。");
    expect(roles(own).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["销售经理", ["市场开拓", "客户管理"]]]);
  });

  it("reads labelled groups of a role's duties ('营业前：', '【生产管理】', '早班（7:00－15:00）', '日常职责：') with their lists under them", () => {
    const doc = sheet("店长", "营业前：", "1. 检查员工到岗情况。", "2. 检查卫生。", "营业中：", "1. 巡视各区域。", "", "柜员", "日常职责：", "1. 办理存取款业务。", "周期性职责：", "1. 每月参加培训。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["店长", [[null, "营业前：", [["1", "检查员工到岗情况。"], ["2", "检查卫生。"]]], [null, "营业中：", [["1", "巡视各区域。"]]]]],
      ["柜员", [[null, "日常职责：", [["1", "办理存取款业务。"]]], [null, "周期性职责：", [["1", "每月参加培训。"]]]]],
    ]);
    const shifts = sheet("保洁员岗位职责", "【生产管理】", "1. 安排生产。", "早班（7:00－15:00）", "1. 清扫大堂。");
    expect(outline(roles(shifts)[0]!.duties)).toEqual([[null, "【生产管理】", [["1", "安排生产。"]]], [null, "早班（7:00－15:00）", [["1", "清扫大堂。"]]]]);
    // Not a summary that introduces the list, nor a wrapped item.
    const intro = sheet("出纳岗位职责", "其主要职责如下：", "1. 办理现金收付。", "2. 负责银行对账，主要包括", "以下内容：", "（1）核对流水。");
    expect([roles(intro)[0]!.summary, outline(roles(intro)[0]!.duties)]).toEqual(["其主要职责如下：", [["1", "办理现金收付。"], ["2", "负责银行对账，主要包括以下内容：", [["1", "核对流水。"]]]]]);
  });

  it("sets aside the label of an item's list ('职责一：招聘计划管理' / '工作任务：' / '1.…'), not a wrap of the item", () => {
    const doc = sheet("招聘主管岗位职责", "职责一：招聘计划管理", "工作任务：", "1.编制年度招聘计划；", "2.审核用人需求。", "职责二：培训管理", "具体任务：", "1.培训覆盖率。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["一", "招聘计划管理", [["1", "编制年度招聘计划；"], ["2", "审核用人需求。"]]], ["二", "培训管理", [["1", "培训覆盖率。"]]]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[3, "heading"], [7, "heading"]]);
    // A hard wrap that ends in a colon is still a wrap: "…的规范" / "操作：".
    const wrap = sheet("领班岗位职责", "1. 检查服务员工作中的规范", "操作：", "（1）仪容仪表。");
    expect(roles(wrap)[0]!.duties[0]!.text).toBe("检查服务员工作中的规范操作：");
  });

  it("reads 工作標準 and 考核要求 as blocks, '…的主要职责是：' as a heading, and the back matter after 附則 or 附件 as no duties", () => {
    const doc = sheet("一級櫃員", "崗位職責：", "1 辦理儲蓄業務。", "2 負責軋帳。", "工作標準：", "1 差錯率控制在萬分之三以內。", "權限：", "1 對營業廳秩序的現場處置權。",
      "保安班长", "一、岗位职责", "1.负责本班日常管理工作。", "2.每班巡查辖区。", "二、考核要求", "1.当班期间无安全事故。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number), r.blocks.map((b) => [b.type, b.items.map((i) => [i.number, i.text])])])).toEqual([
      ["一級櫃員", ["1", "2"], [["other", [["1", "差錯率控制在萬分之三以內。"]]], ["authority", [["1", "對營業廳秩序的現場處置權。"]]]]],
      ["保安班长", ["1", "2"], [["other", [["1", "当班期间无安全事故。"]]]]],
    ]);
    const article = sheet("第三条  办公室主任的主要职责是：", "（一）协助局领导处理机关日常政务；", "（二）负责机关公文的审核把关。");
    expect(roles(article).map((r) => [r.name, r.duties.length])).toEqual([["办公室主任", 2]]);
    const back = sheet("客房服務員崗位職責", "1、按標準程序清掃客房。", "", "附則", "一、本職責自二〇二四年一月一日起執行。", "附件：管理處崗位編制表", "1　　工程部主管　　　1人");
    expect([outline(roles(back)[0]!.duties), back.ignored.map((i) => [i.line, i.reason])]).toEqual([[["1", "按標準程序清掃客房。"]], [[4, "closing"], [5, "closing"], [6, "closing"], [7, "closing"]]]);
    const quantity = sheet("宿管员岗位职责", "1 清点住宿学生人数。", "2 夜间每两小时巡查一次。", "3 次日早晨向白班说明夜间情况。");
    expect(roles(quantity)[0]!.duties.map((d) => d.number)).toEqual(["1", "2", "3"]);
  });

  it("reads a numbered heading marked 續 as the role going on, ★ before a key duty's number, '——' bullets and headings between rules", () => {
    const doc = sheet("一、工程主管", "1. 負責設備運行。", "", "一、工程主管（續）", "★2. 負責裝修審批。", "3. 商品上架与补货：", "——按陈列图上架；", "——缺货时填写补货单。",
      "═══════ 資訊助理 ═══════", "◎負責電腦周邊設備之報修。", "◎管理資訊資產清冊。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["工程主管", [["1", "負責設備運行。"], ["2", "負責裝修審批。"], ["3", "商品上架与补货：", [[null, "按陈列图上架；"], [null, "缺货时填写补货单。"]]]]],
      ["資訊助理", [[null, "負責電腦周邊設備之報修。"], [null, "管理資訊資產清冊。"]]],
    ]);
    expect(roles(doc)[0]!.duties[1]!.column).toBe(2);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[4, "heading"]]);
    // A longer run of dashes is a rule, not a bullet.
    expect(matchMarker("———— 第一章 ————")?.style.id).not.toBe("bullet");
  });

  it("reads the next numbered role with its list on its line, the next numbered department after a role's 一、二、, a note between items, 学历 under 任职资格", () => {
    const lab = sheet("一、檢驗科", "1、二級技師職責", "（1）完成常規檢驗。", "2、技士職責：1.完成標本接收。2.負責試劑登記。", "二、環境部", "綠化工崗位職責", "一、負責綠地澆水。", "二、修剪花木。",
      "三、工程部", "維修技工崗位職責", "一、負責上門維修。");
    expect(roles(lab).map((r) => [r.department, r.name, r.heading, r.duties.map((d) => d.text)])).toEqual([
      ["檢驗科", "二級技師", "1、二級技師職責", ["完成常規檢驗。"]], ["檢驗科", "技士", "2、技士職責：", ["完成標本接收。", "負責試劑登記。"]],
      ["環境部", "綠化工", "綠化工崗位職責", ["負責綠地澆水。", "修剪花木。"]], ["工程部", "維修技工", "維修技工崗位職責", ["負責上門維修。"]],
    ]);
    const note = sheet("物料控制员岗位职责", "1. 编制物料需求清单", "考核：差错率≤1%", "2. 跟催采购到料", "任职资格", "学历：本科及以上学历", "经验：三年以上工作经验");
    const [role] = roles(note);
    expect([outline(role!.duties), role!.fields, role!.blocks.map((b) => [b.type, b.items.map((i) => i.text)])]).toEqual([
      [["1", "编制物料需求清单", [[null, "考核：差错率≤1%"]]], ["2", "跟催采购到料"]], [], [["requirements", ["学历：本科及以上学历", "经验：三年以上工作经验"]]],
    ]);
  });

  it("reads groups over bullets when another group follows, and labelled notes indented under an item ('工作标准：…', '考核：…')", () => {
    const doc = sheet("◆ 楼层领班", "每日工作：", "• 召开班前会。", "• 查房。", "每周工作：", "• 盘点布草。", "◆ 客房服务员", "主要工作：", "• 清扫客房。", "• 补充酒水。",
      "物料控制员", "1. 工作内容：编制物料需求清单", "   工作标准：计划下达后2日内完成", "   考核：差错率≤1%", "2. 工作内容：跟催采购到料", "   考核：缺料停线不超过4小时");
    expect(roles(doc).map((r) => [r.name, outline(r.duties), r.blocks.length])).toEqual([
      ["楼层领班", [[null, "每日工作：", [[null, "召开班前会。"], [null, "查房。"]]], [null, "每周工作：", [[null, "盘点布草。"]]]], 0],
      ["客房服务员", [[null, "清扫客房。"], [null, "补充酒水。"]], 0],
      ["物料控制员", [
        ["1", "工作内容：编制物料需求清单", [[null, "工作标准：计划下达后2日内完成"], [null, "考核：差错率≤1%"]]],
        ["2", "工作内容：跟催采购到料", [[null, "考核：缺料停线不超过4小时"]]],
      ], 0],
    ]);
  });

  it("reads a role heading wrapped before its last characters ('…崗位職' / '責'), 護理長 as a post, a first group labelled with a time of day", () => {
    const doc = sheet("（二）安全管理師崗位職責", "1.管理消防設備之定期檢查。", "（三）環保工程師崗位職", "責", "1.負責廢水處理設施之操作監控。",
      "（四）護理長", "1. 負責護理人員排班。", "保潔員崗位職責", "早班（7:00－15:00）", "1.清掃大堂。", "中班（15:00－23:00）", "1.沖洗垃圾站。");
    expect(roles(doc).map((r) => [r.name, r.heading, outline(r.duties)])).toEqual([
      ["安全管理師", "（二）安全管理師崗位職責", [["1", "管理消防設備之定期檢查。"]]], ["環保工程師", "（三）環保工程師崗位職責", [["1", "負責廢水處理設施之操作監控。"]]],
      ["護理長", "（四）護理長", [["1", "負責護理人員排班。"]]],
      ["保潔員", "保潔員崗位職責", [[null, "早班（7:00－15:00）", [["1", "清掃大堂。"]]], [null, "中班（15:00－23:00）", [["1", "沖洗垃圾站。"]]]]],
    ]);
    expect(doc.ignored.map((i) => [i.line, i.text, i.reason])).toEqual([[4, "責", "heading"]]);
  });

  it("reads a company handbook: contents with tabs, 总则 clauses, a department's own functions, headers spread across the page, 附  录 with a chart", () => {
    const doc = sheet(
      "目录", "第一章　总则\t1", "第二章　财务部\t2", "第一章 总则", "一、本手册每年修订一次。", "第二章 财务部", "一、部门职能", "1.负责会计核算；", "2.负责资金管理。",
      "二、岗位职责", "（一）出纳", "1.办理现金收付。", "　　　　第 2 页 共 8 页", "恒远财务岗位职责汇编　　　　　　　　　　　　　　　　　　　　WZY-RL-2024-007", "2.负责扫码款项的核对。",
      "－ 3 －", "恒远财务岗位职责汇编　　　　　　　　　　　　　　　　　　　　WZY-RL-2024-007", "3.登记日记账。", "任用資格：", "‧ 大專以上學歷；",
      "一、综合管理部经理", "岗位名称：综合管理部经理", "1、全面负责综合管理部的日常管理工作。", "3.1　營運經理（Operations Manager）", "(a) 管理貨倉之日常運作；",
      "附  录", "└── 出纳", "1     财务部  出纳  2",
    );
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text), r.blocks.map((b) => [b.type, b.items.map((i) => [i.number, i.text])])])).toEqual([
      ["财务部", ["负责会计核算；", "负责资金管理。"], []],
      ["出纳", ["办理现金收付。", "负责扫码款项的核对。", "登记日记账。"], [["requirements", [[null, "大專以上學歷；"]]]]],
      ["综合管理部经理", ["全面负责综合管理部的日常管理工作。"], []],
      ["營運經理（Operations Manager）", ["管理貨倉之日常運作；"], []],
    ]);
    expect(doc.ignored.filter((i) => i.reason === "page-noise").map((i) => i.line)).toEqual([1, 2, 3, 13, 14, 16, 17]);
    expect(doc.ignored.filter((i) => i.line === 5 || i.line >= 26).map((i) => [i.line, i.reason])).toEqual([[5, "article"], [26, "closing"], [27, "closing"], [28, "closing"]]);
  });

  it("reads Taiwan and Hong Kong forms: '職　　稱：課長', 'Post Title:', units ending in 課 or 股, 技士 and 視察, 所需知能, 承辦人", () => {
    const doc = sheet("壹、行政課", "一、課長", "（一）綜理本課業務。", "承辦人：陳○○", "貳、財政股", "一、技士", "（一）辦理預算。", "職　　稱：視察", "一、督導業務。", "所需知能：", "１、熟悉公路法。",
      "Post Title: Clerical Officer", "Duties:", "(a) To supervise the General Registry;", "", "有意者請將履歷寄往 hr@example.com。");
    expect(roles(doc).map((r) => [r.department, r.name, r.duties.map((d) => d.text), r.fields.map((f) => f.label), r.blocks.map((b) => b.type)])).toEqual([
      ["行政課", "課長", ["綜理本課業務。"], ["承辦人"], []], ["財政股", "技士", ["辦理預算。"], [], []],
      ["財政股", "視察", ["督導業務。"], [], ["requirements"]], ["財政股", "Clerical Officer", ["To supervise the General Registry;"], [], []],
    ]);
    expect(doc.ignored.at(-1)!.reason).toBe("closing");
  });

  it("reads job boards' postings: facts between bars after the post, 实习生 and 储备干部, 实习内容, 加分项, 你将获得, '✅岗位职责：…'", () => {
    const doc = sheet(
      "前端开发工程师 | 15-25K·13薪 | 杭州 | 3-5年 | 本科", "岗位职责", "1. 负责页面开发；", "一、数据分析实习生", "实习内容：", "1. 清洗运行数据；", "加分项：", "1. 会Python；",
      "你将获得：", "1. 导师带教；", "二、储备干部", "✅岗位职责：在门店各岗位轮岗学习。", "✅任职要求：大专及以上学历。", "职位名称：跟单员　　学历：中专　　经验：1年以上", "岗位职责：", "1、录入订单；", "查看更多职位",
    );
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text), r.blocks.map((b) => [b.type, b.items.map((i) => i.text)])])).toEqual([
      ["前端开发工程师", ["负责页面开发；"], []], ["数据分析实习生", ["清洗运行数据；"], [["requirements", ["会Python；"]]]],
      ["储备干部", ["在门店各岗位轮岗学习。"], [["requirements", ["大专及以上学历。"]]]], ["跟单员", ["录入订单；"], []],
    ]);
    expect(doc.ignored.filter((i) => i.line === 10 || i.line === 17).map((i) => [i.line, i.reason])).toEqual([[10, "benefits"], [17, "advertising"]]);
  });

  it("keeps the summary of a role it drops for the sheet's title (found by the mutated-fixture fuzz test)", () => {
    const text = ["岗位名称：电话销售专员", "公司成立于2008年，是一家家居用品企业。", "薪资待遇：8000-15000元/月", "第一篇招聘人数：2人", "岗位名称：销售主管", "岗位职责：", "1.负责经销商开发；"].join("\n");
    const doc = parse(text);
    expect([doc.title, lostLines(doc, text), doc.ignored.find((i) => i.line === 2)?.reason]).toEqual(["岗位名称：电话销售专员", [], "introduction"]);
  });

  it("reads 甲、乙、丙 under (1), and splits items glued on one line with 壹、貳、", () => {
    const doc = sheet("環境科", "（1）環境講習之執行：", "甲、辦理講習。", "乙、追蹤成效。", "（2）稽查。", "會計佐理員", "壹、審核支出憑證。貳、登錄會計帳冊。", "參、其他交辦事項。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["環境科", [["1", "環境講習之執行：", [["甲", "辦理講習。"], ["乙", "追蹤成效。"]]], ["2", "稽查。"]]],
      ["會計佐理員", [["壹", "審核支出憑證。"], ["貳", "登錄會計帳冊。"], ["參", "其他交辦事項。"]]],
    ]);
    // "甲方" is no item, nor "甲、" alone.
    expect([matchMarker("甲方负责"), matchMarker("甲、")]).toEqual([null, null]);
  });

  it("splits an inline list that a word announces without a colon ('…包括（1）…；（2）…'), only when item 2 follows", () => {
    const doc = sheet("财务经理岗位职责", "1、负责财务制度的建立，包括（1）资金管理制度；（2）费用报销制度。", "2、负责预算管理，包括（1）年度预算的编制。");
    const [first, second] = roles(doc)[0]!.duties;
    expect([first!.text, first!.children.map((c) => c.text)]).toEqual(["负责财务制度的建立，包括", ["资金管理制度；", "费用报销制度。"]]);
    expect([second!.text, second!.children]).toEqual(["负责预算管理，包括（1）年度预算的编制。", []]);
  });

  it("drops page headers and footers in the middle of a list and continues the item across them", () => {
    const lines = ["测试工程师岗位职责", "1、负责编写测试用例，执行功能测试和回归测试，"];
    for (let page = 1; page <= 3; page++) lines.push(`第 ${page} 页 共 3 页`, "恒远科技 岗位说明", `${page + 1}、负责第${page}类缺陷的跟踪与验证。`);
    lines.splice(3, 0, "并记录测试结果。");
    const doc = parse(lines.join("\n"));
    expect(roles(doc)[0]!.duties.map((d) => d.number)).toEqual(["1", "2", "3", "4"]);
    expect(doc.ignored.filter((i) => i.reason === "page-noise")).toHaveLength(6);
  });

  it("records numbering faults as diagnostics with line and column", () => {
    const doc = sheet("经理岗位职责", "1、甲。", "2、乙。", "5、丙。", "5、丁。", "1、戊。");
    expect(doc.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ["D001/numbering-gap", 4, 1], ["D002/repeated-number", 5, 1], ["D003/numbering-restart", 6, 1],
    ]);
  });

  it("reads an empty or blank text as an empty Document", () => {
    for (const text of ["", "\n\n", "  \r\n\u3000"]) {
      const doc = parse(text);
      expect([doc.title, doc.sections, doc.ignored]).toEqual([null, [], []]);
    }
  });

  it("gives the same ids for the same input", () => {
    const a = sheet("经理岗位职责", "1、甲。", "（1）乙。");
    const b = sheet("经理岗位职责", "1、甲。", "（1）乙。");
    expect(roles(a)[0]!.duties[0]!.children[0]!.id).toBe("s1.r1.d.1.1");
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe("web compilations and procedures", () => {
  it("sets aside a page's list of links to other pages: its head and the titles under it, not a heading over a list", () => {
    const text = [
      "财务部岗位职责2",
      "1.负责应收账款的管理。",
      "【财务部岗位职责（精选5篇）】相关文章：",
      "1.会计岗位职责",
      "2.出纳岗位职责范文",
      "",
      "看了“前厅部岗位职责”的人还看了：",
      "前台岗位职责",
      "行李员岗位职责",
      "1、负责迎送客人。",
    ].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([["财务部", [["1", "负责应收账款的管理。"]]], ["行李员", [["1", "负责迎送客人。"]]]]);
    expect(doc.ignored.filter((i) => i.reason === "advertising").map((i) => i.line)).toEqual([3, 4, 5, 7, 8]);
    expect(lostLines(doc, text)).toEqual([]);
  });

  it("reads 篇一： as a part and \"XX岗位职责 篇2\" as a version of the post", () => {
    const doc = sheet("篇一：仓储物流岗位职责", "仓储经理岗位职责", "1、负责仓库运营；", "篇二：仓储物流岗位职责", "电商运营岗位职责 篇1", "1、负责店铺运营。", "电商运营岗位职责 篇2", "1、负责拼多多店铺。");
    expect(doc.sections.map((s) => [s.title, s.roles.map((r) => [r.name, r.line, r.duties.length])])).toEqual([
      ["篇一：仓储物流岗位职责", [["仓储经理", 2, 1]]],
      ["篇二：仓储物流岗位职责", [["电商运营", 5, 1], ["电商运营", 7, 1]]],
    ]);
  });

  it("splits dotted items glued after a sentence's end, not a clause named inside a sentence", () => {
    const doc = sheet("3.3班组长", "3.3.1带领班组完成生产任务。", "3.3.2负责考勤记录。3.3.3负责新员工带教。", "3.3.4按3.3.5执行交接。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([
      ["3.3.1", "带领班组完成生产任务。"], ["3.3.2", "负责考勤记录。"], ["3.3.3", "负责新员工带教。"], ["3.3.4", "按3.3.5执行交接。"],
    ]);
  });

  it("splits an inline list lettered (a) (b) (c)", () => {
    const doc = sheet("店長崗位職責", "1)負責效期管理：近效期商品須：(a)單獨陳列；(b)每月上報清單；(c)優先銷售。", "2)負責門店安全。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([
      ["1", "負責效期管理：近效期商品須：", [["a", "單獨陳列；"], ["b", "每月上報清單；"], ["c", "優先銷售。"]]], ["2", "負責門店安全。"],
    ]);
  });

  it("reads a procedure's clause that names a post over its numbered duties as that role, a chapter over roles as a section", () => {
    const doc = sheet(
      "质量管理规程", "1  质量管理部职责", "1.1 负责建立质量管理体系。", "1.2 负责物料的取样和检验。", "2  质量受权人", "2.1 承担产品放行的职责。",
      "4  管理职责", "4.1 最高管理者", "4.1.1 批准发布质量方针。", "4.2 管理者代表", "4.2.1 负责体系的建立和保持。",
    );
    expect(doc.sections.map((s) => [s.title, s.roles.map((r) => [r.name, r.duties.map((d) => d.number)])])).toEqual([
      [null, [["质量管理部", ["1.1", "1.2"]], ["质量受权人", ["2.1"]]]],
      ["4  管理职责", [["最高管理者", ["4.1.1"]], ["管理者代表", ["4.2.1"]]]],
    ]);
  });

  it("reads a rule's article that says what a post or a department is before its list as that role", () => {
    const doc = sheet(
      "第二章  职责分工",
      "第四条  分管生产副总经理是公司设备管理的主管领导，其主要职责是：", "（一）审批设备年度计划；",
      "第五条  设备动力部是公司设备管理的职能部门，主要职责如下：", "（一）负责设备台账的管理；",
      "第六条  车间主任对本车间设备的使用、维护负全面责任：", "（一）组织设备点检；",
      "第七条  操作人员应履行下列职责：", "（一）严格按照规程操作。",
    );
    expect(roles(doc).map((r) => [r.name, r.line, outline(r.duties)])).toEqual([
      ["分管生产副总经理", 2, [["一", "审批设备年度计划；"]]], ["设备动力部", 4, [["一", "负责设备台账的管理；"]]],
      ["车间主任", 6, [["一", "组织设备点检；"]]], ["操作人员", 8, [["一", "严格按照规程操作。"]]],
    ]);
  });

  it("reads a procedure's clauses \"1.目的：\", \"4.權責：\" as sections, the posts and units under 4. as roles", () => {
    const doc = sheet(
      "品質管理組織權責程序", "1.目的：", "  明定各單位之權責。", "3.定義：無", "4.權責：", "  4.1 總經理：", "      4.1.1 核定品質政策。",
      "  4.2 資材課（生管、採購、倉庫）：", "      4.2.1 生產排程之規劃。", "5.作業內容：", "  5.1 組織圖詳附件一。",
    );
    expect(doc.sections.map((s) => [s.title, s.roles.map((r) => [r.name, r.duties.map((d) => d.number)])])).toEqual([
      ["1.目的：", []], ["3.定義：無", []], ["4.權責：", [["總經理", ["4.1.1"]], ["資材課（生管、採購、倉庫）", ["4.2.1"]]]], ["5.作業內容：", []],
    ]);
  });

  it("reads posts that one person holds, and a post with its remit in brackets, as one role each", () => {
    const doc = sheet("（一）党委书记、董事长", "1.主持全面工作。", "（二）副总经理（分管个险、银保渠道）", "1.协助总经理工作。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["党委书记、董事长", 1], ["副总经理（分管个险、银保渠道）", 1]]);
  });

  it("sets aside a footer of the sheet's name and \"- 3 -\" inside a duty, an in-house mark, sign-off rows, 抄送 and the issuing line", () => {
    const text = [
      "一、病区护士长职责",
      "1．督促检查消毒隔离工作，预防医院",
      "江州市第二人民医院护理管理制度汇编　　　　　　- 3 -",
      "感染的发生。",
      "海悦湾酒店管理有限公司　内部资料　注意保密",
      "二、叉车工职责",
      "1．持证上岗。",
      "核准：　　　　　　審核：　　　　　　製表：人資課",
      "",
      "抄送：省分公司办公室、人力资源部。",
      "某某公司综合办公室　　　　2024年3月8日印发",
    ].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["病区护士长", [["1", "督促检查消毒隔离工作，预防医院感染的发生。"]]], ["叉车工", [["1", "持证上岗。"]]],
    ]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[3, "page-noise"], [5, "page-noise"], [8, "signoff"], [10, "closing"], [11, "closing"]]);
  });

  it("nests a bullet of another mark under a bullet, as the levels of a Word list: indented, or after an item that announces a list", () => {
    const indented = sheet("采购专员岗位职责", "● 负责进口物料采购", "\t○ 询价及下单；", "\t○ 安排报关。", "● 维护供应商资料。");
    const announced = sheet("采购专员岗位职责", "● 负责进口物料采购，包括：", "○ 询价及下单；", "○ 安排报关。", "● 维护供应商资料。", "◆ 整理合同。");
    const nested = [[null, "负责进口物料采购", [[null, "询价及下单；"], [null, "安排报关。"]]], [null, "维护供应商资料。"]];
    expect(outline(roles(indented)[0]!.duties)).toEqual(nested);
    expect(outline(roles(announced)[0]!.duties)).toEqual([
      [null, "负责进口物料采购，包括：", [[null, "询价及下单；"], [null, "安排报关。"]]], [null, "维护供应商资料。"], [null, "整理合同。"],
    ]);
  });

  it("reads the letters a Word bullet shows as without its font (l § ü Ÿ o) as bullets, before Chinese only", () => {
    const doc = sheet("出纳岗位职责", "l  办理现金收付业务；", "§ 登记日记账，包括：", "o  现金日记账；", "任职要求：", "ü  大专以上学历；", "logo设计");
    const [role] = roles(doc);
    expect(outline(role!.duties)).toEqual([[null, "办理现金收付业务；"], [null, "登记日记账，包括：", [[null, "现金日记账；"]]]]);
    expect(role!.blocks[0]!.items.map((i) => [i.marker, i.text])).toEqual([["ü", "大专以上学历；"], [null, "logo设计"]]);
  });

  it("sets aside rules kept beside the duties (工作制度, 查对制度): a part or a heading of them, its clauses, an attached set of rules", () => {
    const parts = sheet("第一部分　岗位职责", "一、责任护士职责", "1．执行医嘱。", "2．严格执行交接班制度", "第二部分　护理工作制度", "一、查对制度", "1．执行医嘱时要进行三查八对。");
    expect(parts.sections.map((s) => [s.title, s.roles.map((r) => [r.name, r.duties.map((d) => d.text)])])).toEqual([
      ["第一部分　岗位职责", [["责任护士", ["执行医嘱。", "严格执行交接班制度"]]]], ["第二部分　护理工作制度", []],
    ]);
    expect(parts.ignored.map((i) => [i.line, i.reason])).toEqual([[6, "heading"], [7, "article"]]);
    const department = sheet("一、心血管内科", "（一）科室工作制度", "1．科室实行科主任负责制。", "（二）人员职责", "1．科主任职责", "（1）负责本科医疗工作。");
    expect(roles(department).map((r) => [r.department, r.name, outline(r.duties)])).toEqual([["心血管内科", "科主任", [["1", "负责本科医疗工作。"]]]]);
    const attached = sheet("（二）宿管员", "1、负责学生宿舍的日常管理。", "", "附：实验室安全管理制度", "1.实验室内严禁吸烟。");
    expect(roles(attached).map((r) => r.duties.length)).toEqual([1]);
  });

  it("reads a handbook's chapters: 总  则 set aside, 第一节 部门职能 as the department's own role, the chapter's department on its posts", () => {
    const doc = sheet(
      "生产管理手册", "第一章  总  则", "一、为明确各岗位的工作内容，特编制本手册。",
      "第二章  生产部", "第一节  生产部经理", "1、全面主持生产部工作。",
      "第三章 工程管理部职责", "第一节 部门职能", "工程管理部是公司工程管理的职能部门，", "主要职能如下：", "一、负责工程项目的计划管理；", "第二节 部门经理", "1、主持部门工作。",
      "第四篇:銷售部崗位職責", "銷售員崗位職責", "1、完成銷售任務。",
    );
    expect(roles(doc).map((r) => [r.department, r.name, r.duties.map((d) => d.number)])).toEqual([
      ["生产部", "生产部经理", ["1"]], ["工程管理部", "工程管理部", ["一"]], [null, "部门经理", ["1"]], [null, "銷售員", ["1"]],
    ]);
    expect(doc.ignored.find((i) => i.line === 3)?.reason).toBe("article");
  });

  it("reads a compilation's version tags and picks around a post ([篇一], [精选], 范文, 通用) and drops a version's heading over another role's", () => {
    const doc = sheet(
      "健身房岗位职责（精选8篇）", "健身房岗位职责1", "会籍顾问岗位职责：", "1.负责会员卡销售；",
      "健身房岗位职责2", "【篇二】私人教练岗位职责", "a.制定训练计划；", "保安隊長的崗位職責（精選）", "1、負責保安隊管理。",
      "收银员岗位职责范文", "1、负责收银。", "保安員通用職責", "a.遵守規章制度。", "【○○燒肉 信義店】外場服務人員", "1.帶位及點餐。",
    );
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["会籍顾问", 1], ["私人教练", 1], ["保安隊長", 1], ["收银员", 1], ["保安員", 1], ["外場服務人員", 1]]);
    expect(doc.ignored.filter((i) => i.reason === "heading").map((i) => i.line)).toEqual([2, 5]);
  });

  it("sets aside a page of model texts' download box and counters, and joins a line that breaks off after a comma", () => {
    const doc = sheet(
      "大堂經理：", "一、解答客戶諮詢。", "二、維護大廳秩序，", "及時化解客戶矛盾，發現可疑人員及時報告。",
      "文檔為doc格式", "本文已影响1.3万人", "扫一扫，手机阅读", "医院科室岗位职责.doc", "将本文的Word文档下载到电脑，方便收藏和打印", "推荐度：", "溫馨提示：",
    );
    expect(outline(roles(doc)[0]!.duties)).toEqual([["一", "解答客戶諮詢。"], ["二", "維護大廳秩序，及時化解客戶矛盾，發現可疑人員及時報告。"]]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(Array(7).fill("advertising"));
  });

  it("takes a duty that announces rules for a duty (\"…勞安規定：\"), not for a heading of rules", () => {
    const doc = sheet("一、工地主任", "（一）填寫施工日誌。", "（二）督導包商落實勞安規定：", "　1.新進人員之教育訓練；", "（三）配合各項勘驗。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["一", "填寫施工日誌。"], ["二", "督導包商落實勞安規定：", [["1", "新進人員之教育訓練；"]]], ["三", "配合各項勘驗。"]]);
  });

  it("knows more posts (襄理, 計調, 前台接待, 授课老师, 洗碗工, 总经办) and drops a headcount note or a bare （兼） from a post's name", () => {
    const doc = sheet("一、管理部襄理", "（一）綜理人事事項。", "二、計調", "（一）聯繫地接社。", "三、前台接待", "（一）接待來賓。", "四、授课老师", "（一）备课。", "五、洗碗工", "（一）洗碗。",
      "六、车间主任（机加、装配各1人）", "（一）安排班次。", "七、财务经理（兼）", "（一）审核报表。");
    expect(roles(doc).map((r) => r.name)).toEqual(["管理部襄理", "計調", "前台接待", "授课老师", "洗碗工", "车间主任", "财务经理"]);
  });

  it("reads Taiwan's articles (\"總經理之職掌如下：\", \"研發處掌理下列事項：\") as roles", () => {
    const doc = sheet("第三章　職掌", "第五條　總經理之職掌如下：", "　　一、擬訂公司營運方針。", "第六條　研發處掌理下列事項：", "　　一、新產品之研究開發。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["總經理", ["擬訂公司營運方針。"]], ["研發處", ["新產品之研究開發。"]]]);
  });

  it("parts the fields of a form's row at a tab or before a spaced label, any short label after a known one", () => {
    const padded = roles(sheet("職　　稱：會計專員　　　　職　　等：5職等", "部　　門：財務部", "工作職掌：", "1.審核請款單據。"))[0]!;
    expect([padded.name, padded.department, padded.fields.map((f) => [f.label, f.value])]).toEqual(["會計專員", "財務部", [["職等", "5職等"], ["部門", "財務部"]]]);
    const tabbed = roles(sheet("岗位名称：店长\t岗位编号：YY-01", "所属部门：营运部\t直接上级：区域经理", "岗位职责：", "1、组织落实营运制度；"))[0]!;
    expect([tabbed.name, tabbed.department, tabbed.duties.length]).toEqual(["店长", "营运部", 1]);
    const cells = roles(sheet("職務名稱\t韌體工程師\t職務代碼\tRD-FW-02", "工作職掌\t1.韌體程式開發"))[0]!;
    expect([cells.name, cells.fields.map((f) => f.label)]).toEqual(["韌體工程師", ["職務代碼"]]);
  });

  it("reads a small shop's sheet: a title over 各岗位, posts numbered in their own list, ★ marks, rules for all staff, a signature and a date", () => {
    const text = [
      "诚信印务  各岗位职责", "", "一、业务/接单", "1.接待上门客户", "2.报价", "二、排版设计", "1.设计名片", "",
      "★店长★", "1.开门关门", "2.排班", "",
      "全体员工须穿工作服，上班时间不许玩手机。", "", "店主：王建国", "2023年3月15日",
    ].join("\n");
    const doc = parse(text);
    expect(doc.title).toBe("诚信印务  各岗位职责");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["业务/接单", ["接待上门客户", "报价"]], ["排版设计", ["设计名片"]], ["店长", ["开门关门", "排班"]]]);
    expect(doc.ignored.filter((i) => i.reason === "closing").map((i) => i.line)).toEqual([13, 15, 16]);
    expect(lostLines(doc, text)).toEqual([]);
  });

  it("sets aside a handbook's contents (目　　錄, ‥ leaders), 總則 and 附則 with their clauses, a 岗位设置 list, a footer left of its page number", () => {
    const text = [
      "目　　錄", "壹、總則‥‥‥‥1", "貳、各部門職掌‥‥3", "壹、總則", "一、本說明書經核定後實施。", "貳、各部門職掌", "一、客務部",
      "(一)岗位设置", "客務部經理（1人）、櫃檯員（4人）", "(二)客務部經理", "1.督導櫃檯作業。", "杭州云栈信息技术有限公司　内部资料　注意保密　　　第 3 页",
      "2.負責員工排班。", "肆、附則", "一、本說明書每年修訂一次。",
    ].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.department, r.name, r.duties.map((d) => d.text)])).toEqual([["客務部", "客務部經理", ["督導櫃檯作業。", "負責員工排班。"]]]);
    expect(doc.ignored.filter((i) => i.line === 12).map((i) => [i.text, i.reason])).toEqual([["杭州云栈信息技术有限公司　内部资料　注意保密", "page-noise"], ["第 3 页", "page-noise"]]);
    expect(doc.ignored.find((i) => i.line === 15)?.reason).toBe("article");
    expect(lostLines(doc, text)).toEqual([]);
  });

  it("reads \"1.目的\" and \"2.職責內容\" without a colon as a procedure's clauses, and full-width ａ．ｂ． as letters", () => {
    const doc = sheet("1.目的", "明確品保課各職務之工作職責。", "2.職責內容", "2.1 品保課課長", "2.1.1 規劃品質管理系統之運作。", "（２）學習狀況記錄：", "ａ．每週填寫紀錄表；", "ｂ．個別約談；", "3.相關文件", "3.1 不合格品管制程序");
    expect(doc.sections.map((s) => s.title)).toEqual(["1.目的", "2.職責內容", "3.相關文件"]);
    expect(outline(roles(doc)[0]!.duties)).toEqual([["2.1.1", "規劃品質管理系統之運作。", [["２", "學習狀況記錄：", [["ａ", "每週填寫紀錄表；"], ["ｂ", "個別約談；"]]]]]]);
  });

  it("reads \"前台 —— 职责如下\", \"店長 (Ken)\" and 保洁阿姨 as posts, \"X  員工職責\" and \"Responsibilities 職責\" as no post, and \"所有员工…\" and \"经理：孙丽\" as closing", () => {
    const doc = sheet("德記手機維修  員工職責", "", "店長 (Ken)", "1. 負責開舖、收舖", "前台 —— 职责如下", "1、接听预约电话", "保洁阿姨", "1. 每天拖地",
      "Responsibilities 職責", "(a) Plan daily manpower;", "", "所有员工要记住：客人的证件用完要锁起来。", "经理：孙丽", "2023年4月");
    expect(doc.title).toBe("德記手機維修  員工職責");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["店長 (Ken)", 1], ["前台", 1], ["保洁阿姨", 1]]);
    expect(doc.ignored.filter((i) => i.reason === "closing").map((i) => i.line)).toEqual([12, 13, 14]);
  });
});

describe("posts numbered like their duties", () => {
  it("reads \"1、服务顾问\" over \"1.负责…\" as posts told apart from their duties by the separator, under a title \"X各岗位职责\"", () => {
    const doc = sheet("汽车4S店各岗位职责", "1、服务顾问", "1.负责接待来店客户。", "2、维修技师", "1.负责车辆的维修保养。", "2.负责填写维修记录。",
      "3、配件管理员", "1.负责配件的出入库。");
    expect(doc.title).toBe("汽车4S店各岗位职责");
    expect(roles(doc).map((r) => [r.name, r.heading, r.duties.map((d) => d.number)])).toEqual([
      ["服务顾问", "1、服务顾问", ["1"]], ["维修技师", "2、维修技师", ["1", "2"]], ["配件管理员", "3、配件管理员", ["1"]]]);
    expect(doc.diagnostics).toEqual([]);
  });

  it("reads the one paragraph under a post that ends with it as its one duty, and an introduction under a title as none", () => {
    const doc = sheet("公司岗位职责", "", "店长", "1.负责门店的日常管理。", "2.负责排班。", "", "保安", "负责公司门岗值守和夜间巡逻，发现异常及时报告。", "", "保洁员", "负责办公区域的清洁卫生。");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.map((d) => [d.number, d.line])])).toEqual([
      ["店长", null, [["1", 4], ["2", 5]]], ["保安", null, [[null, 8]]], ["保洁员", null, [[null, 11]]]]);
    const intro = sheet("华信科技有限公司生产中心", "为进一步明确各岗位的工作内容，特制定本职责。", "生产总监岗位职责", "1.负责生产计划。");
    expect(roles(intro).map((r) => r.name)).toEqual(["生产总监"]);
  });

  it("reads \"职责：1.…；2.…\" under a post as its list, but \"職責\" alone as an article's title", () => {
    const doc = sheet("1、电工", "1.负责配电设备值班。", "2、维修工", "职责：1.负责日常报修；2.定期巡检设备；3.做好材料领用登记。");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.map((d) => d.text)])).toEqual([
      ["电工", null, ["负责配电设备值班。"]], ["维修工", null, ["负责日常报修；", "定期巡检设备；", "做好材料领用登记。"]]]);
    const article = sheet("第三條", "職責", "協調局的職責如下：", "（一）研究社區服務的發展；", "（二）管理轄下的社區中心。");
    expect(roles(article)).toEqual([]);
  });

  it("sets aside the issuer's name over a date, a reserved right and a call to follow the duties above, at the sheet's end", () => {
    const doc = sheet("【洗碗工】", "- 清洗餐具；", "- 爱护餐具。", "", "生产部各岗位人员须认真履行上述职责。", "本公司保留修订之权利。", "", "餐饮公司人事行政部", "2024年3月");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["清洗餐具；", "爱护餐具。"]);
    expect(doc.ignored.filter((i) => i.reason === "closing").map((i) => i.line)).toEqual([5, 6, 8, 9]);
    const tw = sheet("【清潔人員】", "√ 清潔地面；", "", "仁心牙醫診所 行政室 113年4月");
    expect(tw.ignored.map((i) => [i.line, i.reason])).toEqual([[4, "closing"]]);
  });

  it("sets aside a department's description that starts with its name, and reads 绿化工 and 钟点工 as posts", () => {
    const doc = sheet("各部门岗位职责", "", "销售部", "销售部是公司新车销售的执行部门，直接对总经理负责。", "1、销售经理", "1.制定月度销售计划。", "【绿化工】", "- 修剪草坪；");
    expect(roles(doc).map((r) => [r.department, r.name, r.duties.length])).toEqual([["销售部", "销售经理", 1], ["销售部", "绿化工", 1]]);
    expect(doc.ignored.filter((i) => i.reason === "department").map((i) => i.line)).toEqual([3, 4]);
  });

  it("reads \"3负责…\" after \"2、…；\" as item 3 of that list, its separator left out, but not a wrapped line's \"3家…\"", () => {
    const doc = sheet("收银员岗位职责", "1、负责收银；", "2、核对账款；", "3负责发票登记；", "4、保管备用金。");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text, d.children.length])).toEqual([
      ["1", "负责收银；", 0], ["2", "核对账款；", 0], ["3", "负责发票登记；", 0], ["4", "保管备用金。", 0]]);
    expect(doc.diagnostics).toEqual([]);
    const wrapped = sheet("销售岗位职责", "1、负责拜访客户；", "2、每月拜访客户不少于", "3家并记录。");
    expect(roles(wrapped)[0]!.duties.map((d) => d.text)).toEqual(["负责拜访客户；", "每月拜访客户不少于3家并记录。"]);
  });

  it("sets aside a contents list whose page numbers follow a tab (\"一、前厅部⇥1\" under \"目  录\"), but not such a row elsewhere", () => {
    const doc = sheet("部门职责及岗位职责汇编", "目  录", "一、前厅部\t1", "二、客房部\t3", "", "一、前厅部", "（一）部门职责", "1.负责客人接待。", "（二）岗位职责", "1、前厅经理", "(1)全面负责前厅工作。");
    expect(roles(doc).map((r) => [r.department, r.name, r.duties.length])).toEqual([["前厅部", "前厅部", 1], ["前厅部", "前厅经理", 1]]);
    expect(doc.ignored.filter((i) => i.reason === "page-noise").map((i) => i.line)).toEqual([2, 3, 4]);
    const rows = sheet("前厅经理岗位职责", "1、接待客人\t3", "2、处理投诉\t2");
    expect(roles(rows)[0]!.duties.length).toBe(2);
  });

  it("reads \"*清扫楼道；\" and \"-倒垃圾。\" as bullets though no space follows them", () => {
    const doc = sheet("【维修员】", "1、负责日常维修；", "【保洁员】", "*清扫楼道；", "-倒垃圾。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.text])])).toEqual([
      ["维修员", [["1", "负责日常维修；"]]], ["保洁员", [[null, "清扫楼道；"], [null, "倒垃圾。"]]]]);
  });

  it("reads \"壹、護理部\" over \"一、部門職掌\" and its list as the department, whose own duties that list is", () => {
    const doc = sheet("壹、護理部", "一、部門職掌", "（一）規劃全院護理業務。", "（二）調配護理人力。", "二、工作職責", "（一）護理長", "1.排定護理人員班表。");
    expect(roles(doc).map((r) => [r.department, r.name, r.duties.length])).toEqual([["護理部", "護理部", 2], ["護理部", "護理長", 1]]);
    expect(roles(sheet("一、部門職掌", "（一）規劃業務。", "（二）調配人力。"))[0]!.name).toBe("部門");
  });

  it("reads \"管理部職掌：\" under \"三、管理部\" as the label of the unit's own list, whose items stay at the top", () => {
    const doc = sheet("三、管理部", "管理部職掌：", "1.人事及總務之規劃。", "2.公司帳務處理。", "1、會計", "（1）處理日常帳務。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.children.length])])).toEqual([["管理部", [["1", 0], ["2", 0]]], ["會計", [["1", 0]]]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[2, "heading"]]);
  });

  it("keeps \"1、…\" and \"2.…\" one list when the separators only wander", () => {
    const doc = sheet("服务顾问岗位职责", "1、负责接待来店客户。", "2.负责跟踪维修进度。", "3、负责回访。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["服务顾问", ["1", "2", "3"]]]);
  });

  it("reads a tab table's rows whose first cell is merged down (\"⇥2.…\") as the post's further duties, up to the next post's row", () => {
    const doc = sheet("職稱\t工作職掌", "店長\t1.督導門市業務。", "\t2.審核委託契約。", "營業員\t1.開發委託物件。", "\t2.安排客戶帶看。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.text, d.line])])).toEqual([
      ["店長", [["1", "督導門市業務。", 2], ["2", "審核委託契約。", 3]]], ["營業員", [["1", "開發委託物件。", 4], ["2", "安排客戶帶看。", 5]]]]);
  });

  it("reads a numbered post over one paragraph (\"5.1 行政主管\" / \"负责…。\" / \"5.2 人事专员\") as a post with one unnumbered duty", () => {
    const doc = sheet("5  综合管理部", "5.1  行政主管", "负责办公用品及固定资产的管理。", "5.2  人事专员", "（1）发布招聘信息。", "（2）核算员工考勤。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.text])])).toEqual([
      ["行政主管", [[null, "负责办公用品及固定资产的管理。"]]], ["人事专员", [["1", "发布招聘信息。"], ["2", "核算员工考勤。"]]]]);
    const arabic = sheet("1、行政主管", "负责办公用品的管理。", "2、人事专员", "（1）发布招聘信息。");
    expect(roles(arabic).map((r) => r.name)).toEqual(["行政主管", "人事专员"]);
    // A numbered line in a list, over a paragraph that the list's next item does not follow, stays an item.
    const list = sheet("行政主管岗位职责", "1、负责办公用品管理；", "2、审核费用报销", "负责汇总各部门的报销单据。", "（1）核对发票。");
    expect(roles(list).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["行政主管", ["1", "2"]]]);
  });

  it("sets aside a running header before its page number (\"宏达汽车　　第 2 页\"), not a duty's last words", () => {
    const doc = sheet("3、展厅接待", "1.负责来访客户登记。", "4、二手车评估师", "负责置换车辆的鉴定评估，出具评估报告。", "", "宏达汽车                 第 2 页", "售后服务部", "1、服务经理", "1.全面负责售后工作。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["展厅接待", ["负责来访客户登记。"]], ["二手车评估师", ["负责置换车辆的鉴定评估，出具评估报告。"]], ["服务经理", ["全面负责售后工作。"]]]);
    expect(doc.ignored.filter((i) => i.reason === "page-noise").map((i) => i.text)).toEqual(["宏达汽车", "第 2 页"]);
    const duty = sheet("出纳岗位职责", "1、办理现金收付。", "2、负责登记现金日记账      第 2 页");
    expect(roles(duty)[0]!.duties.map((d) => d.text)).toEqual(["办理现金收付。", "负责登记现金日记账"]);
  });

  it("reads \"4、…\" after \"3做好…\" as item 4 of the list written without separators", () => {
    const doc = sheet("【维修工】", "1负责日常维修；", "2负责有偿维修；", "3做好维修记录", "4、节假日值班。");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text, d.children.length])).toEqual([
      ["1", "负责日常维修；", 0], ["2", "负责有偿维修；", 0], ["3", "做好维修记录", 0], ["4", "节假日值班。", 0]]);
  });

  it("opens a post named by no role word (\"维修工\") over \"职责：1.…；2.…\"", () => {
    const doc = sheet("维修工", "职责：1.负责日常报修；2.定期巡检设备。", "保安", "职责：1.负责门岗值班；2.巡逻。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.text])])).toEqual([
      ["维修工", [["1", "负责日常报修；"], ["2", "定期巡检设备。"]]], ["保安", [["1", "负责门岗值班；"], ["2", "巡逻。"]]]]);
  });

  it("reads a second group label whose items number on (\"人员管理：\" over \"3、…\") as the next group, not part of the first", () => {
    const doc = sheet("办公室主任岗位职责", "行政管理：", "1、负责公文收发；", "2、负责会议安排；", "人员管理：", "3、负责员工考勤；", "4、负责招聘面试。");
    expect(roles(doc)[0]!.duties.map((d) => [d.text, d.children.map((c) => c.number)])).toEqual([["行政管理：", ["1", "2"]], ["人员管理：", ["3", "4"]]]);
  });

  it("reads a tab table's lines that go on with a post's cells (\"⇥⇥2、…⇥2、…\") as more lines of each cell", () => {
    const doc = sheet("岗位名称\t岗位职责\t任职要求", "生产经理\t1、编制月度生产计划；\t1、大专及以上学历；", "\t2、协调各车间的人员和设备。\t2、五年以上管理经验。",
      "车间主任\t1、安排班组作业；\t高中及以上学历。", "\t2、统计本车间考勤。\t");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.line]), r.blocks.map((b) => b.items.map((i) => [i.number, i.text, i.line]))])).toEqual([
      ["生产经理", [["1", 2], ["2", 3]], [[["1", "大专及以上学历；", 2], ["2", "五年以上管理经验。", 3]]]],
      ["车间主任", [["1", 4], ["2", 5]], [[[null, "高中及以上学历。", 4]]]]]);
  });

  it("reads a table headed by the bare word (\"| 岗位 | 职责 |\") and keeps the lines after a table and a blank line out of its last cell", () => {
    const doc = sheet("| 岗位 | 职责 | 任职要求 |", "| --- | --- | --- |", "| 运维工程师 | 1. 负责服务器维护<br>2. 处理告警 | 熟悉Linux |", "", "## 三、运维部", "", "上次修改：2024-05-08");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text), r.blocks.map((b) => b.items.map((i) => i.text))])).toEqual([
      ["运维工程师", ["负责服务器维护", "处理告警"], [["熟悉Linux"]]]]);
    // (A Markdown heading saved as text opens a section, as it does in a .md file.)
    expect([doc.sections.map((s) => s.title), doc.ignored.filter((i) => i.line >= 5).map((i) => i.line)]).toEqual([[null, "三、运维部"], [7]]);
  });

  it("reads a department's row across a tab table (\"一、综合管理部\") as the department of the rows under it, and ends the table at its sign-off row", () => {
    const doc = sheet("序号\t岗位\t岗位职责", "一、综合管理部", "1\t办公室主任\t（1）主持日常工作；（2）负责公文收发。", "二、工程技术部", "2\t技术员\t（1）熟悉施工图纸。",
      "", "制表：综合管理部\t\t审核：\t批准：");
    expect(roles(doc).map((r) => [r.department, r.name, r.duties.map((d) => d.number)])).toEqual([
      ["综合管理部", "办公室主任", ["1", "2"]], ["工程技术部", "技术员", ["1"]]]);
    expect(doc.ignored.find((i) => i.line === 7)).toBeDefined();
  });

  it("knows \"岗位任职条件：\", \"制定部门：\", a dated revision line and a document site's \"喜欢此文档的还喜欢\" list", () => {
    const doc = sheet("配送司机岗位职责", "（1）出车前检查车辆；", "（2）按规定线路送货。", "岗位任职条件：持有B2驾驶证。", "", "惠万家连锁超市人力资源部", "2021年3月修订");
    expect(roles(doc).map((r) => [r.duties.length, r.blocks.map((b) => [b.type, b.items.map((i) => i.text)])])).toEqual([[2, [["requirements", ["持有B2驾驶证。"]]]]]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["closing", "closing"]);
    const signed = sheet("仓管员岗位职责", "1.办理物料收货；", "2.配合盘点。", "", "制定部门：人力资源部　　审核：　　批准：　　日期：2022年6月20日");
    expect(roles(signed)[0]!.duties.length).toBe(2);
    const links = sheet("配送司机岗位职责", "（1）出车前检查车辆；", "（2）按规定线路送货。", "", "喜欢此文档的还喜欢", "超市收银员岗位职责", "连锁超市店长工作流程");
    expect(roles(links).map((r) => [r.name, r.duties.length])).toEqual([["配送司机", 2]]);
  });

  it("reads \"【汇报对象】质量保障负责人\" as a form field, not as the heading of a post", () => {
    const doc = sheet("■ 测试工程师", "【汇报对象】质量保障负责人", "【岗位职责】", "1）编写测试用例；", "2）执行回归测试。");
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.fields.map((f) => [f.label, f.value])])).toEqual([["测试工程师", 2, [["汇报对象", "质量保障负责人"]]]]);
  });

  it("reads an article that says whose duties follow (\"第四條　護理督導長之職責如下：\") as that post, whatever its title", () => {
    const doc = sheet("第三條　護理部主任之職責如下：", "一、綜理護理部行政業務。", "第四條　護理督導長之職責如下：", "一、協助推行護理行政業務。", "二、輪值夜間行政督導。", "第五條　護佐之職責如下：", "一、運送病人及檢體。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["護理部主任", 1], ["護理督導長", 2], ["護佐", 1]]);
    const everyone = sheet("第三條　本院員工之職責如下：", "一、遵守院規。");
    expect(roles(everyone)).toEqual([]);
  });

  it("reads the next unit's heading whose name has no 部 (\"四、仓库\") as a department when a post's heading follows it", () => {
    const doc = sheet("三、品质部", "（一）品质部经理岗位职责", "1.建立质量管理体系。", "四、仓库", "（一）仓库主管岗位职责", "1.负责仓库的全面管理。");
    expect(roles(doc).map((r) => [r.department, r.name])).toEqual([["品质部", "品质部经理"], ["仓库", "仓库主管"]]);
    const bullets = sheet("二、品质部", "■ 检验员", "1、抽检来料；", "三、仓库", "■ 仓管员", "1、收发存管理；");
    expect(roles(bullets).map((r) => [r.department, r.name])).toEqual([["品质部", "检验员"], ["仓库", "仓管员"]]);
  });

  it("splits items glued on with no punctuation between two words (\"…報價2.跟進…\"), but not a number inside a sentence (\"2.5倍\")", () => {
    const doc = sheet("銷售主任崗位職責", "1.處理客戶查詢及報價2.跟進訂單及出貨安排3.協助追收貨款");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text])).toEqual([["1", "處理客戶查詢及報價"], ["2", "跟進訂單及出貨安排"], ["3", "協助追收貨款"]]);
    const figures = sheet("銷售主任崗位職責", "1、處理客戶查詢；", "2、提高銷量2.5倍3.0版");
    expect(roles(figures)[0]!.duties.map((d) => d.text)).toEqual(["處理客戶查詢；", "提高銷量2.5倍3.0版"]);
  });

  it("reads a Hong Kong bilingual sheet: labels in English and Chinese (\"Job Title 職位 : …\", \"Requirements 要求\"), an item's translation indented under it", () => {
    const doc = sheet("Job Title 職位 : Clerk 文員", "Department 部門 : Admin 行政部", "", "Responsibilities 職責", "(a) Plan daily work;", "    編排每日工作；", "(b) File documents.",
      "    整理文件。", "", "Requirements 要求", "1. Diploma or above;", "   文憑或以上學歷；");
    expect(roles(doc).map((r) => [r.department, r.name, r.duties.map((d) => [d.number, d.text]), r.blocks.map((b) => [b.type, b.items.map((i) => i.text)])])).toEqual([
      ["Admin 行政部", "Clerk 文員", [["a", "Plan daily work;編排每日工作；"], ["b", "File documents.整理文件。"]], [["requirements", ["Diploma or above;文憑或以上學歷；"]]]]]);
  });

  it("sets aside a WeChat article's end and a document site's reader lines, and reads ・ as a bullet", () => {
    const doc = sheet("收银员岗位职责", "1、负责收银；", "2、每日打印日报表。", "—— END ——", "往期推荐", "▶ 新店开业前30天筹备清单", "点击“阅读原文”，报名训练营", "分享  收藏  点赞  在看");
    expect(roles(doc).map((r) => [r.duties.length, r.duties.map((d) => d.children.length)])).toEqual([[2, [0, 0]]]);
    const wenku = sheet("保洁员岗位职责", "1．负责楼道的清洁。", "2．每天清运垃圾两次。", "已阅读3页，还剩1页未读，继续免费阅读", "下载文档到电脑，查找使用更方便");
    expect(roles(wenku)[0]!.duties.map((d) => d.text)).toEqual(["负责楼道的清洁。", "每天清运垃圾两次。"]);
    const dots = sheet("門市店長", "工作內容", "・負責門市營運管理", "・人員排班及績效考核");
    expect(roles(dots)[0]!.duties.map((d) => d.text)).toEqual(["負責門市營運管理", "人員排班及績效考核"]);
  });

  it("keeps \"3）…\" after \"2、…\" in the list (its separator wandering to a bracket) and joins a line broken after a word that ends no title (\"2.垃圾在\")", () => {
    const doc = sheet("店长岗位职责", "1、负责门店日常经营管理；", "2、负责排班、考勤；", "3）处理顾客投诉；");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.children.length])).toEqual([["1", 0], ["2", 0], ["3", 0]]);
    const nested = sheet("店长岗位职责", "1、负责门店管理：", "1）排班；", "2）考勤。", "2、负责销售。");
    expect(roles(nested)[0]!.duties.map((d) => [d.number, d.children.map((c) => c.number)])).toEqual([["1", ["1", "2"]], ["2", []]]);
    const wrap = sheet("保洁岗岗位职责", "1.卖场地面每天拖两遍", "2.垃圾在", "早上8点前、晚上闭店后各清运一次", "3.卫生间每小时巡查一次");
    expect(roles(wrap)[0]!.duties.map((d) => d.text)).toEqual(["卖场地面每天拖两遍", "垃圾在早上8点前、晚上闭店后各清运一次", "卫生间每小时巡查一次"]);
  });

  it("reads the sentences that announce a unit's or an officer's list (\"…掌理事項如下：\", \"書記官長承院長之命，處理下列事務：\", a 三定 \"…。主要职责是：\") and an article's number alone on its line", () => {
    const doc = sheet("第 4 條", "書記官長承院長之命，處理下列事務：", "一、督導全院書記官辦理紀錄。", "二、院長交辦之其他事項。", "第 5 條", "民事紀錄科掌理事項如下：", "一、民事案件之收受。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.children.length])])).toEqual([["書記官長", [["一", 0], ["二", 0]]], ["民事紀錄科", [["一", 0]]]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[1, "article"], [5, "article"]]);
    const sanding = sheet("第二条　县市场监督管理局是县政府工作部门，为正科级。", "第三条　县市场监督管理局贯彻落实党中央的决策部署。主要职责是：", "（一）负责全县市场综合监督管理。", "（二）负责市场主体统一登记注册。");
    expect(roles(sanding).map((r) => [r.name, r.duties.length])).toEqual([["县市场监督管理局", 2]]);
  });

  it("reads an article's title under its number alone (\"第八條\" / \"文化遺產廳\") as the unit whose powers the article lists", () => {
    const doc = sheet("第八條", "文化遺產廳", "一、文化遺產廳具下列職權：", "（一）研究及登記文化遺產；", "（二）執行上級委派的其他職務。", "", "第九條", "文物保護處", "文物保護處具下列職權：", "（一）編製文物建築的清冊。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.children.length])])).toEqual([["文化遺產廳", [["一", 2]]], ["文物保護處", [["一", 0]]]]);
    // (Unnumbered, "文物保護處具下列職權：" is the text between the unit's heading and its first item: its summary.)
    expect(roles(doc)[1]!.summary).toBe("文物保護處具下列職權：");
    // An article titled by a topic is no unit ("第三條" / "職責" / "協調局的職責如下：").
    const topic = sheet("第三條", "職責", "協調局的職責如下：", "（一）協調各部門工作。");
    expect(roles(topic).some((r) => r.name === "職責")).toBe(false);
  });

  it("reads a post whose grade and head count follow in a bracket (\"1.主任（管理五级，1个）\") as a post, the bracket kept in its name", () => {
    const doc = sheet("1.主任（管理五级，1个）", "岗位职责：主持中心行政全面工作。", "2.会计（专业技术十二级）", "岗位职责：负责中心会计核算工作。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["主任（管理五级，1个）", ["主持中心行政全面工作。"]], ["会计（专业技术十二级）", ["负责中心会计核算工作。"]]]);
  });

  it("reads a list of units or posts, each with its duties on its line (\"（一）办公室。负责…\", \"一、庭長：綜理…\"), as a role each, but not a role's labelled items", () => {
    const doc = sheet("本院各職稱之工作職掌如下：", "一、庭長：綜理各該庭事務。", "二、法官：依法獨立審判案件。", "三、通譯：擔任法庭傳譯工作。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.text])])).toEqual([
      ["庭長", [[null, "綜理各該庭事務。"]]], ["法官", [[null, "依法獨立審判案件。"]]], ["通譯", [[null, "擔任法庭傳譯工作。"]]]]);
    const units = sheet("（一）办公室。负责机关日常运转。", "（二）登记注册股。拟订登记注册的制度措施。");
    expect(roles(units).map((r) => r.name)).toEqual(["办公室", "登记注册股"]);
    const labelled = sheet("人事主管岗位职责", "1、招聘管理：负责招聘计划的制定；", "2、培训管理：组织新员工培训。");
    expect(roles(labelled).map((r) => [r.name, r.duties.length])).toEqual([["人事主管", 2]]);
    const school = sheet("一、教務處：", "（一）課程規劃之安排。", "（二）新生註冊及編班。", "二、輔導室：辦理學生輔導事項。");
    expect(roles(school).map((r) => [r.name, r.duties.length])).toEqual([["教務處", 2], ["輔導室", 1]]);
  });

  it("sets aside a chat message's header (\"李姐 09:03\") and ends the role before it: the replies are no part of its last duty", () => {
    const doc = sheet("一、收银岗", "1.开班前领取备用金，当面点清", "二、防损岗", "1. 监控室值守", "2. 配合月底盘点", "李姐 09:03", "收到👌", "张店长 09:10", "1/3，生鲜另外按天算");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["收银岗", ["开班前领取备用金，当面点清"]], ["防损岗", ["监控室值守", "配合月底盘点"]]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[6, "chat"], [7, "text"], [8, "chat"], [9, "text"]]);
    // A message that goes on with the list keeps it.
    const more = sheet("保洁岗岗位职责", "1.拖地；", "王经理 10:02", "2.倒垃圾。");
    expect(roles(more)[0]!.duties.map((d) => d.number)).toEqual(["1", "2"]);
  });

  it("names a careers page's post without the place after its bar (\"門市店長｜台北市\")", () => {
    const doc = sheet("門市店長｜台北市", "工作內容", "1. 負責門市營運管理。", "", "咖啡師｜新北市", "工作內容", "1. 依標準流程製作飲品。");
    expect(roles(doc).map((r) => [r.name, r.heading])).toEqual([["門市店長", "門市店長｜台北市"], ["咖啡師", "咖啡師｜新北市"]]);
  });

  it("sets aside a contents list without page numbers whose entries stand again below as the headings (\"目录\" / \"1. 运维经理\")", () => {
    const doc = sheet("目录", "1. 运维经理", "2. 网络工程师", "", "1. 运维经理", "1）负责基础设施建设；", "2. 网络工程师", "（1）负责网络维护；");
    expect(roles(doc).map((r) => [r.name, r.line, r.duties.length])).toEqual([["运维经理", 5, 1], ["网络工程师", 7, 1]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[1, "page-noise"], [2, "page-noise"], [3, "page-noise"]]);
  });

  it("reads \"二、支部委员分工及职责\" right over \"（一）党支部书记\" as a heading over the posts, and \"2.10年以上…\" after \"1.…\" as item 2", () => {
    const doc = sheet("一、党支部委员会职责", "1.宣传和执行党的路线方针政策。", "二、支部委员分工及职责", "（一）党支部书记", "1.召集支部委员会；", "（二）组织委员", "1.做好发展党员工作。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["党支部委员会", 1], ["党支部书记", 1], ["组织委员", 1]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[3, "heading"]]);
    const years = sheet("财务部长岗位职责", "1.组织编制年度预算；", "2.10年以上财务工作经验的人员管理。");
    expect(roles(years)[0]!.duties.map((d) => [d.number, d.text])).toEqual([["1", "组织编制年度预算；"], ["2", "10年以上财务工作经验的人员管理。"]]);
  });

  it("reads \"职责描述：…\" and \"工作任务：\" under \"职责一：…\" as the titled duty's description and the label of its tasks, all under it", () => {
    const doc = sheet("综合管理部部长", "职责一：行政事务管理", "职责描述：统筹集团总部行政事务。", "工作任务：", "1.组织制定行政管理制度；", "2.负责印章和档案管理。",
      "职责二：人力资源管理", "职责描述：组织开展招聘和考核工作。", "工作任务：1.编制年度招聘计划；2.组织年度考核。");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text, d.children.map((c) => [c.number, c.text])])).toEqual([
      ["一", "行政事务管理", [[null, "统筹集团总部行政事务。"], ["1", "组织制定行政管理制度；"], ["2", "负责印章和档案管理。"]]],
      ["二", "人力资源管理", [[null, "组织开展招聘和考核工作。"], ["1", "编制年度招聘计划；"], ["2", "组织年度考核。"]]]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[4, "heading"]]);
  });

  it("reads a division of work's heading that names the post and its holder (\"一、党工委书记　张某某\") as the post", () => {
    const doc = sheet("一、党工委书记　张某某", "主持街道党工委全面工作。", "分管党建工作办公室。", "二、办事处主任　李某某", "主持办事处全面工作。", "分管财政所。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["党工委书记", ["主持街道党工委全面工作。", "分管党建工作办公室。"]], ["办事处主任", ["主持办事处全面工作。", "分管财政所。"]]]);
  });

  it("sets aside a scheme's part on carrying it out after its roles (\"五、组织实施\" and its clauses)", () => {
    const doc = sheet("1.驾驶员", "岗位职责：负责公务用车的驾驶和保养。", "2.普通工", "岗位职责：负责水电维修和门卫值守。", "五、组织实施", "（一）本方案经职工大会讨论通过后实施。", "（二）岗位聘用实行聘期制。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["驾驶员", 1], ["普通工", 1]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[5, "heading"], [6, "article"], [7, "article"]]);
    // As an item of a role's own list it stays.
    const item = sheet("项目经理岗位职责", "一、负责项目计划；", "二、负责进度控制；", "三、组织实施");
    expect(roles(item)[0]!.duties.map((d) => d.text)).toEqual(["负责项目计划；", "负责进度控制；", "组织实施"]);
  });

  it("sets aside a scheme's opening parts that stood in for a role under its title (\"一、单位基本情况\" and its prose) once real posts follow", () => {
    const doc = sheet("江阳市疾控中心岗位设置方案", "一、单位基本情况", "我中心为公益一类事业单位，核定事业编制48名。", "二、岗位设置及岗位职责", "1.主任", "岗位职责：主持中心行政全面工作。", "2.副主任", "岗位职责：协助主任工作。");
    expect(roles(doc).map((r) => r.name)).toEqual(["主任", "副主任"]);
    expect(doc.ignored.filter((i) => i.reason === "introduction").map((i) => i.line)).toEqual([2, 3]);
    // Items under the title with no post after them are the titled post's own duties.
    const own = sheet("销售经理岗位职责", "一、市场开拓", "二、客户维护");
    expect(roles(own).map((r) => [r.name, r.duties.length])).toEqual([["销售经理", 2]]);
  });

  it("accounts for a line of a box-drawn border alone (\"│\"), which held no cell: a stray line, not a blank one", () => {
    const text = ["销售经理岗位职责", "1、开拓市场；", "│", "│    │"].join("\n");
    const doc = parse(text);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[3, "stray"], [4, "stray"]]);
    expect(lostLines(doc, text)).toEqual([]);
  });

  it("reads a division of work's next post over a paragraph broken mid-sentence, and joins the broken line (\"负责财政、审计、\" / \"项目建设工作。\")", () => {
    const doc = sheet("一、党工委书记　张某某", "主持街道党工委全面工作。", "联系东关社区。", "二、党工委副书记、办事处主任　李某某", "主持办事处全面工作，负责财政、审计、", "项目建设工作。", "分管财政所。", "三、党工委副书记　王某某", "协助书记抓好党的建设工作。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.text, d.line, d.endLine])])).toEqual([
      ["党工委书记", [["主持街道党工委全面工作。", 2, 2], ["联系东关社区。", 3, 3]]],
      ["党工委副书记、办事处主任", [["主持办事处全面工作，负责财政、审计、项目建设工作。", 5, 6], ["分管财政所。", 7, 7]]],
      ["党工委副书记", [["协助书记抓好党的建设工作。", 9, 9]]]]);
  });

  it("reads a post's holder with a note on how he holds it (\"办事处副主任　刘某某（挂职）\") as the post", () => {
    const doc = sheet("一、党工委书记　张某某", "主持全面工作。", "联系东关社区。", "二、办事处副主任　刘某某（挂职）", "负责民政工作。", "分管社会事务办公室。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["党工委书记", 2], ["办事处副主任", 2]]);
  });

  it("reads a part-timer's heading (\"兼職 (星期六、日)\") over bullets after a closing remark as a role", () => {
    const doc = sheet("店長", "1. 負責門市日常運作", "2. 處理客人投訴", "", "所有員工：準時返工，遲到扣半日人工。", "", "兼職 (星期六、日)", "- 協助門市銷售", "- 清潔舖面");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["店長", ["負責門市日常運作", "處理客人投訴"]], ["兼職 (星期六、日)", ["協助門市銷售", "清潔舖面"]]]);
  });

  it("reads \"3 每天…\" between \"2、…\" and \"4.…\" in a list without full stops as item 3", () => {
    const doc = sheet("一、店长", "1.负责开门、关门", "2、安排每天的排班，有人请假要提前找人顶上", "3 每天晚上对账，流水要对上", "4.进货单要签字");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text])).toEqual([["1", "负责开门、关门"], ["2", "安排每天的排班，有人请假要提前找人顶上"], ["3", "每天晚上对账，流水要对上"], ["4", "进货单要签字"]]);
  });

  it("reads a post after a blank line over short unpunctuated lines (\"洗碗工\" / \"  负责洗碗、消毒\" / \"  厨房地面保持干净\") as a role with a duty a line", () => {
    const doc = sheet("收银员：", "1．收钱、找零", "2．填交班表", "", "洗碗工", "  负责洗碗、消毒，碗筷消毒柜要开够时间", "  厨房地面保持干净不要有油", "  垃圾分类，厨余垃圾单独放");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.map((d) => d.text)])).toEqual([
      ["收银员", null, ["收钱、找零", "填交班表"]],
      ["洗碗工", null, ["负责洗碗、消毒，碗筷消毒柜要开够时间", "厨房地面保持干净不要有油", "垃圾分类，厨余垃圾单独放"]]]);
  });

  it("reads the letters of Word's Wingdings bullets that a save as text leaves before a tab (n, q, u, v, w) as bullets, and only before a tab", () => {
    const doc = sheet("（一）厨师长", "n\t全面负责后厨的生产管理。", "n\t制定原料申购计划。", "（二）配菜员", "u\t按标准份量切配原料。", "v\t每日统计估清菜品。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.marker, d.text])])).toEqual([
      ["厨师长", [["n", "全面负责后厨的生产管理。"], ["n", "制定原料申购计划。"]]], ["配菜员", [["u", "按标准份量切配原料。"], ["v", "每日统计估清菜品。"]]]]);
    expect(matchMarker("n 盘点库存")).toBeNull();
  });

  it("reads an article's title in brackets, on its own line or after the number (\"第八條\" / \"（理事會）\", \"第九條（監事會）\"), as the body whose duties follow", () => {
    const doc = sheet("青洲坊眾互助會章程", "第七條", "（名稱）", "本會中文名稱為青洲坊眾互助會。", "第八條", "（理事會）", "一、理事會為本會之執行機構。", "二、理事會之職權：", "a) 執行會員大會之決議；", "b) 管理會務及財產。",
      "第九條（監事會）", "一、監事會為本會之監察機構。");
    expect(roles(doc).map((r) => [r.name, r.heading, r.duties.map((d) => [d.number, d.children.length])])).toEqual([
      ["理事會", "（理事會）", [["一", 0], ["二", 2]]], ["監事會", "第九條（監事會）", [["一", 0]]]]);
    expect(doc.ignored.map((i) => i.line)).toEqual([2, 3, 4, 5]);
  });

  it("reads an article whose sentence sets up the post before its duties (\"本宮置監察人三人，其職責如下：\", \"董事會之職權如下：\", \"律师助理在…，其职责是：\") as that post", () => {
    const doc = sheet("第五條　董事會之職權如下：", "一、基金之籌措。", "第七條　本宮置監察人三人，其職責如下：", "一、監察董事會之業務執行。",
      "第六条  律师助理在指导律师的指导下开展工作，其职责是：", "（一）协助律师进行法律检索；", "第八条　本会会员之权利如下：", "（一）选举权。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["董事會", 1], ["監察人", 1], ["律师助理", 1]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[7, "article"], [8, "article"]]);
  });

  it("reads the parts of a Taiwanese procedure numbered 壹、貳、 as sections: a clause's text (\"壹、目的：…\") and references (\"肆、參考資料：\") set aside, the posts under \"貳、各職務工作職責\" read", () => {
    const doc = sheet("壹、目的：明定護理部各職級人員之工作職責。", "貳、各職務工作職責", "一、護理長", "（一）督導病房護理業務。", "二、護理師", "（一）執行入院護理評估。", "肆、參考資料：", "1.醫院評鑑基準。");
    expect(doc.sections.map((s) => [s.title, s.roles.map((r) => [r.name, r.duties.length])])).toEqual([
      ["壹、目的：明定護理部各職級人員之工作職責。", []], ["貳、各職務工作職責", [["護理長", 1], ["護理師", 1]]], ["肆、參考資料：", []]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[8, "article"]]);
    // A department so numbered still groups its posts; duties so numbered stay duties.
    expect(roles(sheet("壹、業務部", "一、業務經理職責", "（一）擬訂營業計畫。")).map((r) => [r.name, r.department])).toEqual([["業務經理", "業務部"]]);
    expect(roles(sheet("會計職責", "壹、審核支出憑證。", "貳、登錄會計帳冊。"))[0]!.duties.map((d) => d.number)).toEqual(["壹", "貳"]);
  });

  it("reads a post's form whose parts are numbered (\"（一）職責概要：…\", \"（二）工作職責：\", \"（三）任用資格：…\") as its summary, duties and requirements", () => {
    const doc = sheet("三、護理長", "（一）職責概要：負責單位護理行政管理。", "（二）工作職責：", "　　1.擬訂單位年度工作計畫。", "　　2.排定護理人員班表。", "（三）任用資格：具護理師證書，年資五年以上。",
      "四、護理師", "（一）職責概要：執行病人照護。", "（二）工作職責：", "　　1.執行入院護理評估。");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.map((d) => [d.number, d.text]), r.blocks.map((b) => [b.type, b.items.map((i) => i.text)])])).toEqual([
      ["護理長", "負責單位護理行政管理。", [["1", "擬訂單位年度工作計畫。"], ["2", "排定護理人員班表。"]], [["requirements", ["具護理師證書，年資五年以上。"]]]],
      ["護理師", "執行病人照護。", [["1", "執行入院護理評估。"]], []]]);
    // Items that start with labels of one kind are items of one block.
    const rel = sheet("采购员岗位职责", "1. 内部关系：与仓储部对接到货。", "2. 外部关系：与供应商对接交期。");
    expect(roles(rel)[0]!.duties.map((d) => d.number)).toEqual(["1", "2"]);
  });

  it("reads a list of units or posts whose headings carry a colon and more: a description over its list, a duty, glued items, a department over its units", () => {
    const doc = sheet("第五條　本公司各部門職掌如下：", "一、稽核室：隸屬於董事會，負責下列事項：", "　（一）擬訂年度稽核計畫。", "　（二）查核內部控制之執行。", "二、總經理室", "　（一）經營策略之研擬。",
      "三、管理部：下設人資課及總務課，職掌如下：", "　（一）人資課", "　　　1.員工招募及任用。", "　（二）總務課", "　　　1.文書收發及印信保管。");
    expect(roles(doc).map((r) => [r.name, r.heading, r.department, r.duties.length])).toEqual([
      ["稽核室", "一、稽核室：隸屬於董事會，負責下列事項：", null, 2], ["總經理室", "二、總經理室", null, 1], ["人資課", "（一）人資課", "管理部", 1], ["總務課", "（二）總務課", "管理部", 1]]);
    const school = sheet("一、校長：綜理校務，對外代表學校。", "二、教務主任", "1.綜理教務處業務。", "2.主持課程發展委員會。");
    expect(roles(school).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["校長", ["綜理校務，對外代表學校。"]], ["教務主任", ["綜理教務處業務。", "主持課程發展委員會。"]]]);
    const glued = sheet("（一）財務組：１．各項收入之點收及帳冊登記。２．支出憑證之審核。", "（二）公益慈善組：辦理急難救助及冬令救濟。");
    expect(roles(glued).map((r) => [r.name, r.duties.map((d) => [d.number, d.text])])).toEqual([
      ["財務組", [["１", "各項收入之點收及帳冊登記。"], ["２", "支出憑證之審核。"]]], ["公益慈善組", [[null, "辦理急難救助及冬令救濟。"]]]]);
  });

  it("reads an article whose last sentence names the post whose duties follow (\"本宮置董事長一人，由董事互選之。董事長之職責如下：\")", () => {
    const doc = sheet("第六條　本宮置董事長一人，由董事互選之。董事長之職責如下：", "一、召集董事會。", "二、對外代表本宮。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["董事長", 2]]);
  });

  it("reads hyphenated numbers (\"1-1 依採購單…\") as dotted ones: under the item of the number before their own, not quantities (\"1-3年\", \"3-5人\")", () => {
    const doc = sheet("倉管人員職責", "1.收料作業", "  1-1 依採購單點收廠商來料。", "  1-2 入庫後完成系統作業。", "2.主管交辦事項。");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text, d.children.map((c) => [c.number, c.text])])).toEqual([
      ["1", "收料作業", [["1-1", "依採購單點收廠商來料。"], ["1-2", "入庫後完成系統作業。"]]], ["2", "主管交辦事項。", []]]);
    expect(matchMarker("2-3-1 盤點")?.path).toEqual([2, 3, 1]);
    expect(matchMarker("1-3年以上倉管經驗")).toBeNull();
    expect(matchMarker("3-5人輪班")).toBeNull();
  });

  it("knows the posts of film crews and livestream and internet teams (主播, 制片人, 场记, 执行导演, 直播运营) as posts", () => {
    const doc = sheet("星河直播基地 · 团队分工说明", "主播", "① 熟悉当场排品和卖点", "② 按话术节奏讲品", "", "直播运营", "- 制定每周排品表", "- 对接品牌方", "执行导演：协助导演完成现场拍摄调度。", "场记：", "1、记录每一镜次的拍摄内容；");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["主播", 2], ["直播运营", 2], ["执行导演", 1], ["场记", 1]]);
  });

  it("leaves a posting's pay, headcount and terms after its title out of the post's name (\"冷库主管   8000-11000元/月   招1人\", \"质检员  面议\")", () => {
    const doc = sheet("职位一：冷库主管   8000-11000元/月   招1人", "岗位职责：", "1.负责冷库日常运营管理；", "", "职位三：质检员  面议", "岗位职责：", "①负责到货产品的验收；");
    expect(roles(doc).map((r) => r.name)).toEqual(["冷库主管", "质检员"]);
  });

  it("sets aside rules after the roles, unnumbered or as a Markdown heading (\"剧组纪律\", \"## 值班制度\"), and their items", () => {
    const doc = sheet("剧组工作手册", "跟焦员", "1、开拍前测量演员走位距离", "", "剧组纪律", "1、严格遵守通告时间；", "2、拍摄现场禁止吸烟。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["跟焦员", 1]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[5, "heading"], [6, "article"], [7, "article"]]);
    const md = parseMarkdown("### 数仓工程师\n\n* 开发和维护 ETL 任务\n\n## 值班制度\n\n1. 值班表每月底由组长排定；\n2. 换班需提前一天说明。\n");
    expect(roles(md).map((r) => [r.name, r.duties.length])).toEqual([["数仓工程师", 1]]);
  });

  it("keeps the lines of a timetable apart (\"6:30-7:00  接班…\" / \"7:00-7:45  分发早餐…\"), unpunctuated as they are", () => {
    const doc = sheet("养老护理员职责", "1.负责老人的生活照料。", "2.白班工作流程：", "6:30-7:00  接班，协助老人起床、洗漱", "7:00-7:45  分发早餐，餐后协助服药");
    expect(roles(doc)[0]!.duties[1]!.children.map((c) => c.text)).toEqual(["6:30-7:00  接班，协助老人起床、洗漱", "7:00-7:45  分发早餐，餐后协助服药"]);
  });

  it("sets aside a Word comment pasted under the last list (\"[W1]建议改为…\")", () => {
    const doc = sheet("六、实验员岗位职责", "1．负责实验室仪器、药品的保管。", "2．实验结束后检查水、电、门窗。", "", "[W1]建议改为“不少于30节”，请校办确认。");
    expect(roles(doc)[0]!.duties).toHaveLength(2);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[5, "closing"]]);
  });

  it("sets aside Word's footer with the page number after a tab (\"护理人员岗位职责⇥第1页\") and a text box's hotline (\"服务热线：400-…\")", () => {
    const doc = sheet("护理部主任岗位职责", "1.\t负责拟订全院护理工作发展规划。", "护理人员岗位职责\t第1页", "2.\t完成院领导交办的其他工作。", "服务热线：400-800-8899（24小时）");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["负责拟订全院护理工作发展规划。", "完成院领导交办的其他工作。"]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[3, "page-noise"], [5, "contact"]]);
  });

  it("reads a numbered English post field (\"Position 2: Customer Service Officer 客戶服務主任\") as the next post", () => {
    const doc = sheet("Position 1: Accounts Clerk 會計文員", "Job Duties 工作職責:", "- Handle AP/AR, 處理應付及應收賬款", "- Ad hoc duties as assigned", "", "Position 2: Customer Service Officer 客戶服務主任", "Main Responsibilities 主要職責:", "1. Handle customer enquiries");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["Accounts Clerk 會計文員", 2], ["Customer Service Officer 客戶服務主任", 1]]);
  });

  it("reads a job board's page copy: its buttons set aside, the pitch before the list as the summary, a pay note set aside, a label alone over its value as a field", () => {
    const doc = sheet("品保工程師(湖口廠)", "更新日期 2024/03/18", "應徵　　儲存　　分享", "工作內容", "我們是專業冷凍食品製造商，誠摯邀請對食品安全有熱忱的你加入！",
      "1.負責品質檢驗與紀錄", "2.主管交辦事項", "※薪資依經驗及證照另議，試用期三個月。", "職務類別", "品管／品保工程師", "工作待遇", "月薪 36,000~45,000元", "我要應徵　　加入收藏");
    const role = roles(doc)[0]!;
    expect([role.name, role.summary, role.duties.map((d) => d.text)]).toEqual(["品保工程師(湖口廠)", "我們是專業冷凍食品製造商，誠摯邀請對食品安全有熱忱的你加入！", ["負責品質檢驗與紀錄", "主管交辦事項"]]);
    expect(role.fields.map((f) => [f.label, f.value, f.line])).toEqual([["職務類別", "品管／品保工程師", 10], ["工作待遇", "月薪 36,000~45,000元", 12]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[2, "advertising"], [3, "advertising"], [4, "heading"], [8, "benefits"], [9, "heading"], [11, "heading"], [13, "advertising"]]);
  });

  it("reads a charter's units after the first ones' headings (\"（三）財務組：１．…\" after \"（二）祭典組\"), and the next article after them as an article", () => {
    const doc = sheet("第九條　本宮設下列各組，其職掌如下：", "（一）總務組", "　　１．廟宇之維護、修繕。", "（二）祭典組", "　　１．年度祭典之籌辦。",
      "（三）財務組：１．各項收入之點收。２．支出憑證之審核及經費", "　　　核銷。", "（四）文教組：辦理宗教文化講座。", "第十條　前條各組之工作細則由總幹事擬訂。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["總務組", ["廟宇之維護、修繕。"]], ["祭典組", ["年度祭典之籌辦。"]],
      ["財務組", ["各項收入之點收。", "支出憑證之審核及經費核銷。"]], ["文教組", ["辦理宗教文化講座。"]]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[1, "article"], [9, "article"]]);
  });

  it("reads a school's offices (\"甲、校長：綜理校務…\" before \"乙、教務處\"), sets aside a unit whose duties are set elsewhere (\"己、…職掌另訂之。\") and the closing note", () => {
    const doc = sheet("甲、校長：綜理校務，對外代表學校。", "", "乙、教務處", "　一、教務主任", "　　1.綜理教務處業務。", "", "己、人事室、會計室：依相關法令辦理，職掌另訂之。", "", "（本職掌表經校務會議通過後實施。）");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["校長", null, 1], ["教務主任", "教務處", 1]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[3, "department"], [7, "closing"], [9, "closing"]]);
  });

  it("reads \"4.5S及安全\" after \"3.庫存管理\" as item 4 about 5S, not clause 4.5", () => {
    const doc = sheet("倉管人員職責", "3.庫存管理", "4.5S及安全", "5.主管交辦事項。");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text])).toEqual([["3", "庫存管理"], ["4", "5S及安全"], ["5", "主管交辦事項。"]]);
  });

  it("reads a bilingual field label (\"職位名稱 Position Title：活動助理\") without its English half in the post's name", () => {
    const doc = sheet("職位名稱 Position Title：活動助理", "主要職責 Major Duties", "1. 協助社工籌辦中心活動；", "2. 處理活動收費及每日結數。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["活動助理", 2]]);
  });

  it("reads articles that give a post's 職務 or the matters it carries out (\"財務委員之職務如下：\", \"主任委員對外代表本會，並執行下列事務：\") as that post", () => {
    const doc = sheet("第六條　主任委員對外代表本會，並執行下列事務：", "一、召集及主持管理委員會會議。", "第八條　財務委員之職務如下：", "一、管理費之收取、保管及運用。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["主任委員", 1], ["財務委員", 1]]);
  });

  it("reads a ※ note under a post before its numbered list as its summary, and the numbered notes after 備註： as closing lines", () => {
    const doc = sheet("櫃檯行政人員", "※早、午、晚診輪班，每診至少二人。", "一、掛號及報到：核對健保卡。", "二、批價收費，開立收據。", "", "備註：", "1. 所有員工當值時須穿著制服。", "2. 本職責如有修訂，以最新通告為準。");
    const role = roles(doc)[0]!;
    expect([role.summary, role.duties.map((d) => [d.number, d.children.length])]).toEqual(["※早、午、晚診輪班，每診至少二人。", [["一", 0], ["二", 0]]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[6, "closing"], [7, "closing"], [8, "closing"]]);
  });

  it("reads a division of work that names the person before the posts (\"一、王桂芳  村党支部委员、村委会委员（妇女主任）\"), three posts held together included", () => {
    const doc = sheet("一、王桂芳  村党支部委员、村委会委员（妇女主任）", "1、负责妇女儿童工作；", "2、负责计生服务。", "二、赵国强  村委会副主任、村民兵连长、治保主任", "1、负责社会治安综合治理；", "2、负责民兵组织建设。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["村党支部委员、村委会委员（妇女主任）", 2], ["村委会副主任、村民兵连长、治保主任", 2]]);
  });

  it("reads a post's safety list heading (\"一、总经理安全生产责任清单（共2项）\") as the post", () => {
    const doc = sheet("一、总经理安全生产责任清单（共2项）", "（一）将安全生产工作纳入年度经营计划；", "（二）每季度主持一次安全生产委员会会议。", "二、分管安全生产副总经理安全生产责任清单（共1项）", "（一）组织开展安全生产检查。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["总经理", 2], ["分管安全生产副总经理", 1]]);
  });

  it("reads a 三定 article's long or wrapped opening (\"…主要职责是：\") as its unit, and its units wrapped or with a second name in brackets", () => {
    const doc = sheet("第三条　县农业农村局贯彻落实党中央关于“三农”工作的方", "针政策和决策部署，在履行职责过程中坚持党的领导。主要职责是：", "（一）统筹研究“三农”工作的发展规划。",
      "第四条　县农业农村局设下列内设机构：", "（一）办公室。负责机关日常运转，承担文电、会务、机要、", "档案、信息等工作。", "（二）乡村振兴股（农村社会事业促进股）。承担统筹推进乡村振兴有", "关工作。", "第五条　县农业农村局机关行政编制9名。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["县农业农村局", ["统筹研究“三农”工作的发展规划。"]],
      ["办公室", ["负责机关日常运转，承担文电、会务、机要、档案、信息等工作。"]], ["乡村振兴股（农村社会事业促进股）", ["承担统筹推进乡村振兴有关工作。"]]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[2, "heading"], [4, "article"], [9, "article"]]);
    const long = sheet("第三条　县农业农村局贯彻落实党中央关于“三农”工作的方针政策和决策部署，落实省委、市委和县委工作要求，在履行职责过程中坚持和加强党对农业农村工作的集中统一领导。主要职责是：", "（一）统筹研究全县“三农”工作的发展规划。");
    expect(roles(long).map((r) => r.name)).toEqual(["县农业农村局"]);
  });

  it("sets aside a standard's code over each page (\"Q/LCSW 204.07—2021\")", () => {
    const doc = sheet("3  岗位职责", "3.1  值班长", "3.1.1  负责本班制水生产运行。", "3.2  净水工", "3.2.1  负责絮凝、沉淀工艺的运行操作。", "                                        3", "Q/LCSW 204.07—2021", "3.2.2  负责沉淀池排泥。");
    expect(roles(doc)[1]!.duties.map((d) => d.number)).toEqual(["3.2.1", "3.2.2"]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[6, "page-noise"], [7, "page-noise"]]);
  });

  it("reads job-board and Macau labels of requirements (\"【徵才條件】\" over \"．學歷：不拘\", \"任職要求 Requisitos de Admissão（…）\") as requirements blocks", () => {
    const doc = sheet("物流司機", "【工作內容】", "一、負責冷凍品配送。", "【徵才條件】", "．學歷：不拘", "．駕照：普通大貨車駕照");
    expect(roles(doc)[0]!.blocks.map((b) => [b.type, b.items.map((i) => [i.marker, i.text])])).toEqual([["requirements", [["．", "學歷：不拘"], ["．", "駕照：普通大貨車駕照"]]]]);
    const macau = sheet("荷官", "主要職責：", "a) 按遊戲規則主持遊戲；", "", "任職要求 Requisitos de Admissão（適用於上述所有職位）", "- 澳門永久性居民");
    expect(roles(macau)[0]!.blocks.map((b) => [b.type, b.items.length])).toEqual([["requirements", 1]]);
  });

  it("reads posts by the duties Taiwan's offices write after a colon (\"處長：綜理處務…\", \"副處長：襄助處長…\", \"三、康樂委員：規劃辦理…\"), a dealer (荷官), and leaves a posting's days off out of the name", () => {
    const doc = sheet("業務職掌", "處長：綜理處務，並指揮所屬員工。", "副處長：襄助處長處理處務。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["處長", 1], ["副處長", 1]]);
    const numbered = sheet("二、公共設施委員：", "（一）機電設備之定期檢查。", "三、康樂委員：規劃辦理社區節慶活動。");
    expect(roles(numbered).map((r) => [r.name, r.duties.length])).toEqual([["公共設施委員", 1], ["康樂委員", 1]]);
    expect(roles(sheet("1. 荷官 Croupier / Dealer", "主要職責：", "a) 主持遊戲；", "2. 監場主任 Pit Supervisor", "主要職責：", "a) 監察賭枱。")).map((r) => r.name)).toEqual(["荷官 Croupier / Dealer", "監場主任 Pit Supervisor"]);
    expect(roles(sheet("【急徵】中央廚房備料人員（月休8天）", "工作內容", "1.依生產單進行切配作業")).map((r) => r.name)).toEqual(["中央廚房備料人員"]);
  });

  it("joins an item's indented English translation or note to it (\"1. 協助社工籌辦中心活動；\" / \"   To assist social workers…\")", () => {
    const doc = sheet("活動助理", "1. 協助社工籌辦中心活動；", "   To assist social workers in organising programmes;", "2. 處理活動收費。", "   To handle programme fees.");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text])).toEqual([["1", "協助社工籌辦中心活動；To assist social workers in organising programmes;"], ["2", "處理活動收費。To handle programme fees."]]);
  });

  it("reads a title glossed in English over a Chinese paragraph (\"2. 深宵外展 Overnight Outreaching\") as a titled item, and a job site's page title as its post", () => {
    const doc = sheet("社會工作助理", "1. 個案工作 Casework", "(a) 跟進外展個案；", "2. 深宵外展 Overnight Outreaching", "每星期兩晚進行深宵外展。", "3. 行政工作 Administration");
    expect(roles(doc)[0]!.duties.map((d) => [d.text, d.children.map((c) => c.text)])).toEqual([["個案工作 Casework", ["跟進外展個案；"]], ["深宵外展 Overnight Outreaching", ["每星期兩晚進行深宵外展。"]], ["行政工作 Administration", []]]);
    const site = sheet("倉管人員", "工作內容", "1.依工單發料", "", "yes123求職網｜嘉味食品股份有限公司｜物流司機", "【工作內容】", "一、負責冷凍品配送。");
    expect(roles(site).map((r) => [r.name, r.duties.length])).toEqual([["倉管人員", 1], ["物流司機", 1]]);
  });

  it("reads a Taiwanese form's rows of labels it does not know (\"督導人數⇥無\", \"可上班日：一週內\") as fields, and ＊ as a bullet", () => {
    const doc = sheet("職務名稱\t倉管人員", "督導人數\t無", "職務概述\t辦理原物料之收發作業。", "工作內容\t１．依採購單核對交貨。", "＊另需協助冷凍庫盤點", "", "可上班日：一週內");
    const role = roles(doc)[0]!;
    expect([role.name, role.summary, role.fields.map((f) => f.label)]).toEqual(["倉管人員", "辦理原物料之收發作業。", ["督導人數", "職務概述", "可上班日"]]);
    expect(role.duties.map((d) => [d.marker, d.text, d.children.map((c) => [c.marker, c.text])])).toEqual([["１．", "依採購單核對交貨。", [["＊", "另需協助冷凍庫盤點"]]]]);
  });

  it("keeps a role's groups named after a kind of operations (\"一、店铺运营\", \"二、数据分析\") as groups of its duties", () => {
    const doc = sheet("电商运营岗位职责", "一、店铺运营", "1、负责旗舰店的运营规划；", "2、负责店铺装修。", "二、数据分析", "1、分析店铺及行业数据。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.text, d.children.length])])).toEqual([["电商运营", [["店铺运营", 2], ["数据分析", 1]]]]);
  });

  it("reads a compilation's post details: a head count under the post as a field (\"岗位编制：1人\"), a revision note out of the name, 考核要点 as a block, 岗位说明 as a heading over posts", () => {
    const doc = sheet("一、调度主管", "岗位编制：1人", "（一）编制次日车辆排班计划。", "（二）负责调度员的考核。", "考核要点：排班及时率。", "二、外卖打包员（V3.2新增）", "（一）核对菜品及备注。");
    expect(roles(doc).map((r) => [r.name, r.fields.map((f) => [f.label, f.value]), r.duties.length, r.blocks.map((b) => b.type)])).toEqual([
      ["调度主管", [["岗位编制", "1人"]], 2, ["other"]], ["外卖打包员", [], 1, []]]);
    const chapter = sheet("第4章 测试中心", "4.1 部门职能", "1) 负责各项目的测试服务；", "4.2 岗位说明", "4.2.1 测试经理", "岗位职责：", "1) 制定测试计划；");
    expect(roles(chapter).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["测试中心", ["负责各项目的测试服务；"]], ["测试经理", ["制定测试计划；"]]]);
  });

  it("reads a factory's trade posts (\"2、整烫工：\", \"2、叉车工：①…②…\") as posts, and \"五、仓库\" over \"仓管员岗位职责：\" as their department", () => {
    const doc = sheet("一、后道部", "1、后道主管岗位职责：", "（1）安排各工序的人员；", "2、整烫工：", "（1）按工艺要求整烫；", "二、裁床部", "1、裁床主管岗位职责：", "（1）组织排料；", "2、叉车工：①按指令装卸布匹；②检查叉车刹车。", "三、仓库", "仓管员岗位职责：", "1.面料入库前核对数量；");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["后道主管", "后道部", 1], ["整烫工", "后道部", 1], ["裁床主管", "裁床部", 1], ["叉车工", "裁床部", 2], ["仓管员", "仓库", 1]]);
  });

  it("reads 職務說明 alone under a posting's title as the label of its duties, and numbered (\"4.2 岗位说明\") as the heading over a chapter's posts", () => {
    const doc = sheet("門市店長｜台北市", "職務說明", "1. 負責門市營運管理。", "2. 人員排班及績效考核。", "任職要求", "・具門市管理經驗 2 年以上");
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.blocks.length])).toEqual([["門市店長", 2, 1]]);
  });

  it("reads a department's functions written as one paragraph (\"（一）部门职能\" / \"负责…。\" / \"（二）…经理岗位职责\") as its description, no role", () => {
    const doc = sheet("二、工程管理部", "（一）部门职能", "负责公司开发项目的施工管理，组织工程竣工验收和交付。", "（二）工程部经理岗位职责", "1、组织编制工程计划；", "2、组织图纸会审。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["工程部经理", "工程管理部", 2]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[1, "department"], [2, "department"], [3, "department"]]);
    // Over a list, they are the department's own role.
    const listed = sheet("二、工程管理部", "（一）部门职能", "1、负责施工管理；", "2、组织竣工验收。", "（二）工程部经理岗位职责", "1、组织编制工程计划。");
    expect(roles(listed).map((r) => [r.name, r.duties.length])).toEqual([["工程管理部", 2], ["工程部经理", 1]]);
  });

  it("keeps what the new readings must not take: a post over 日常职责：, a salary \"20-35K·15薪\", a post's form parts numbered 壹、貳、", () => {
    const bank = sheet("一、网点负责人", "日常职责：", "1. 主持网点日常经营管理。", "", "二、综合柜员（A角）", "日常职责：", "1. 办理柜面业务。");
    expect(roles(bank).map((r) => [r.name, r.department])).toEqual([["网点负责人", null], ["综合柜员（A角）", null]]);
    expect(matchMarker("20-35K·15薪")).toBeNull();
    const form = sheet("職稱：執行秘書", "部門：秘書處", "壹、工作職掌", "一、綜理基金會會務。", "貳、工作權限", "一、所屬人員差勤之核定。");
    expect(sectionTitles(form)).toEqual([null]);
    expect(roles(form).map((r) => [r.name, r.duties.length, r.blocks.map((b) => b.type)])).toEqual([["執行秘書", 1, ["authority"]]]);
  });
});
const sectionTitles = (doc: Document) => doc.sections.map((s) => s.title);

describe("lists of posts with their duties after a colon", () => {
  it("reads every post of a court's list, a known post's name included (\"四、書記官：辦理紀錄…\")", () => {
    const doc = sheet("本院各職稱之工作職掌如下：", "一、庭長：綜理各該庭事務。", "二、法官：依法獨立審判案件。", "三、司法事務官：辦理返還擔保金及其他法律所定之", "事務。", "四、書記官：辦理紀錄、文書及其他司法行政事務。", "五、通譯：擔任法庭傳譯工作。");
    expect(roles(doc).slice(2).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["司法事務官", ["辦理返還擔保金及其他法律所定之事務。"]], ["書記官", ["辦理紀錄、文書及其他司法行政事務。"]], ["通譯", ["擔任法庭傳譯工作。"]]]);
  });
});


describe("job-board and document-site copies", () => {
  it("reads 職缺： as a post's label, full-width dashes as bullets, and sets aside a document site's disclaimer and links", () => {
    const doc = sheet("職缺：數據分析師", "工作內容", "－蒐集賽事數據", "－製作指標報表", "", "-------------------------", "声明：本文档仅供学习交流，如有侵权请联系删除。", "相关文档推荐：客服专员岗位职责");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.marker, d.text])])).toEqual([["數據分析師", [["－", "蒐集賽事數據"], ["－", "製作指標報表"]]]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[2, "heading"], [6, "stray"], [7, "advertising"], [8, "advertising"]]);
    expect(parse("第 3 页\n－ 3 －").ignored.map((i) => i.reason)).toEqual(["page-noise", "page-noise"]);
  });
});

describe("numbers before hours", () => {
  it("reads \"1.24小时值班\" over \"2.…\" as item 1, no clause 1.24", () => {
    const hours = sheet("监控员岗位职责", "1.24小时值班不离人", "2.盯紧监控画面");
    expect(roles(hours)[0]!.duties.map((d) => [d.number, d.text])).toEqual([["1", "24小时值班不离人"], ["2", "盯紧监控画面"]]);
  });
});

describe("ninth session's shapes", () => {
  it("names a post in brackets after a blank line without its brackets (\"【监控室】\")", () => {
    const doc = sheet("【门卫】", "①负责来访登记", "", "【监控室】", "①负责监控值守");
    expect(roles(doc).map((r) => [r.name, r.heading])).toEqual([["门卫", "【门卫】"], ["监控室", "【监控室】"]]);
  });

  it("splits the inline list of a unit's one paragraph into its children (\"主要包括：1.…；2.…\")", () => {
    const doc = sheet("综合科职责", "负责机关日常运转，主要包括：1.文电处理；2.会务组织；3.后勤保障。", "财务科职责", "负责预算编制。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["综合科", [[null, "负责机关日常运转，主要包括：", [["1", "文电处理；"], ["2", "会务组织；"], ["3", "后勤保障。"]]]]],
      ["财务科", [[null, "负责预算编制。"]]],
    ]);
    expect(lostLines(doc, "综合科职责\n负责机关日常运转，主要包括：1.文电处理；2.会务组织；3.后勤保障。\n财务科职责\n负责预算编制。")).toEqual([]);
  });
});

describe("postings copied from articles and wikis", () => {
  it("names \"01 / BMS算法工程师\" without the slash, reads a bare ▶岗位职责 as a label, sets aside the job board's facts and an article's footer after END", () => {
    const doc = sheet("01 / BMS算法工程师", "12-18K·13薪 | 杭州·余杭区 | 1-3年 | 大专", "▶岗位职责", "● 负责算法开发；", "", "02 / 电芯测试工程师", "▶岗位职责", "● 负责测试；", "", "END", "", "👇长按识别二维码，一键投递简历", "简历也可发送至：talent@x.com");
    expect(roles(doc).map((r) => [r.name, r.department, r.summary, r.duties.map((d) => d.text)])).toEqual([["BMS算法工程师", null, null, ["负责算法开发；"]], ["电芯测试工程师", null, null, ["负责测试；"]]]);
    expect(doc.ignored.filter((i) => i.line >= 10).map((i) => i.reason)).toEqual(["advertising", "closing", "closing"]);
    expect(doc.ignored.find((i) => i.line === 2)?.reason).toBe("posting");
  });

  it("reads 你会做什么 / 我们期待 as a posting's duties and requirements, a post's 本岗位负责… as its summary, and sets aside 投递… and an internal-document notice", () => {
    const doc = sheet("前端工程师", "本岗位负责控制台的前端开发。", "你会做什么", "1. 开发仪表盘；", "我们期待", "- 三年以上经验", "", "投递请点击招聘官网，内推有奖。", "本文档为内部资料，未经允许请勿外传。");
    const [role] = roles(doc);
    expect([role!.summary, role!.duties.map((d) => d.text), role!.blocks.map((b) => [b.type, b.items.map((d) => d.text)])]).toEqual(["本岗位负责控制台的前端开发。", ["开发仪表盘；"], [["requirements", ["三年以上经验"]]]]);
    expect(doc.ignored.slice(-2).map((i) => i.reason)).toEqual(["closing", "closing"]);
  });

  it("Markdown: a department at the depth of the one before it, and a numbered post under a department with a summary before its list", () => {
    const md = parseMarkdown("## 一、内容中心\n\n### 1.1 短视频编导\n\n本岗位负责短视频策划。\n\n1.1.1 策划选题；\n\n1.1.2 组织拍摄。\n\n## 研发中心\n\n### 技术美术（TA）\n\n1. 维护渲染管线；\n\n## 美术中心\n\n### 原画师\n\n1. 绘制角色原画。\n");
    expect(roles(md).map((r) => [r.name, r.department, r.summary, r.duties.length])).toEqual([["短视频编导", "内容中心", "本岗位负责短视频策划。", 2], ["技术美术（TA）", "研发中心", null, 1], ["原画师", "美术中心", null, 1]]);
  });
});

describe("scans and PDF copies", () => {
  it("reads OCR-spaced block labels (\"工 作 職 責：\", \"任 職 資 格：\")", () => {
    const doc = sheet("崗位名稱：出納", "工 作 職 責：", "１．辦理現金收付。", "任 職 資 格：", "１．高職以上學歷。");
    const [role] = roles(doc);
    expect([role!.name, role!.duties.map((d) => d.text), role!.blocks.map((b) => [b.type, b.items.length])]).toEqual(["出納", ["辦理現金收付。"], [["requirements", 1]]]);
  });

  it("joins an item glued at a line's end to its wrapped rest, and sets aside a header seen twice that breaks a sentence beside a page number", () => {
    const doc = sheet("餐廳手冊", "Ⅰ. 樓面主任", "a. 協助經理管理樓面運作。", "b. 開市前檢查餐具。c. 帶位及安", "排大型宴會之座位。", "d. 培訓侍應生，包括：(1) 點菜；(2) 餐", "內部資料　請勿外傳　　P.12", "餐廳手冊", "具擺放標準；(3) 推介菜式。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["a", "協助經理管理樓面運作。"], ["b", "開市前檢查餐具。"], ["c", "帶位及安排大型宴會之座位。"], ["d", "培訓侍應生，包括：", [["1", "點菜；"], ["2", "餐具擺放標準；"], ["3", "推介菜式。"]]]]);
    expect(doc.ignored.filter((i) => i.line === 8).map((i) => i.reason)).toEqual(["page-noise"]);
  });

  it("sets aside a stroke alone (丨) and a group chat's header with an emoji or a tag, and takes no long sentence for the title", () => {
    const doc = sheet("本章列明各分店主要崗位之職責，各級員工除履行本身職責", "【店长】", "1负责排班", "丨", "2负责盘点", "", "小林🍋 2023/8/14 21:10", "【收银员】", "1负责收银", "2负责对账", "【管理员】客房部-周敏  2022/11/3 14:23:10");
    expect(doc.title).toBeNull();
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["店长", ["负责排班", "负责盘点"]], ["收银员", ["负责收银", "负责对账"]]]);
    expect(doc.ignored.filter((i) => i.line > 1).map((i) => i.reason)).toEqual(["stray", "chat", "chat"]);
  });

  it("splits an inline list whose second item is on the next line (\"具体包括：1.…，制定\" / \"催缴措施；2.…\")", () => {
    const doc = sheet("项目经理岗位职责", "（一）负责收费管理，具体包括：1.每月分析收费率，制定", "催缴措施；2.组织上门走访；3.依法催收；", "（二）负责客户沟通。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["一", "负责收费管理，具体包括：", [["1", "每月分析收费率，制定催缴措施；"], ["2", "组织上门走访；"], ["3", "依法催收；"]]], ["二", "负责客户沟通。"]]);
  });
});

describe("Traditional forms, charters and postings", () => {
  it("reads a bilingual field label (\"職位 Position：\") and sets aside a numbered 說明： before the forms", () => {
    const doc = sheet("社會處職務說明書", "說明：", "一、本說明書每年檢討修正。", "二、權重合計應為100%。", "職稱：科長", "工作項目：", "一、綜理科務（權重40%）", "　1.擬訂工作計畫。", "　2.核閱公文簽稿。", "二、臨時交辦事項（權重60%）", "職位 Position：保健員 Health Worker", "Job Duties 職責", "(1) 派發藥物。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["科長", [["一", "綜理科務（權重40%）", [["1", "擬訂工作計畫。"], ["2", "核閱公文簽稿。"]]], ["二", "臨時交辦事項（權重60%）"]]],
      ["保健員 Health Worker", [["1", "派發藥物。"]]],
    ]);
    expect(doc.ignored.filter((i) => i.line <= 4).map((i) => i.reason)).toEqual(["closing", "closing", "closing"]);
  });

  it("reads a table of posts aligned with spaces under a department, its note and header row aside", () => {
    const doc = sheet("壹、教務處", "一、教務主任", "1.綜理教務。", "貳、總務處", "（本處職掌依職掌表轉錄如下）", "職　稱　　　工　　作　　職　　掌", "總務主任　　1.綜理總務處業務。", "　　　　　　2.編擬年度概算，辦理", "　　　　　　　財產盤點。", "出納組長　　1.辦理經費收支。");
    expect(roles(doc).map((r) => [r.name, r.department, outline(r.duties)])).toEqual([
      ["教務主任", "教務處", [["1", "綜理教務。"]]],
      ["總務主任", "總務處", [["1", "綜理總務處業務。"], ["2", "編擬年度概算，辦理財產盤點。"]]],
      ["出納組長", "總務處", [["1", "辦理經費收支。"]]],
    ]);
  });

  it("reads a charter's article titled with a unit's name as the unit's role, and sets aside an article on staffing", () => {
    const doc = sheet("第一章　組織", "第五條　檔案管理廳", "一、檔案管理廳具下列職權：", "（一）制定技術規範；", "（二）提供技術支援。", "二、檔案管理廳由廳長領導。", "第六條　歷史檔案處", "歷史檔案處具下列職權：", "（一）整理歷史檔案；", "第二章　人員", "第七條　人員編制", "一、人員編制載於附件。");
    expect(roles(doc).map((r) => [r.name, r.summary, outline(r.duties)])).toEqual([
      ["檔案管理廳", null, [["一", "檔案管理廳具下列職權：", [["一", "制定技術規範；"], ["二", "提供技術支援。"]]], ["二", "檔案管理廳由廳長領導。"]]],
      ["歷史檔案處", "歷史檔案處具下列職權：", [["一", "整理歷史檔案；"]]],
    ]);
  });

  it("reads numbered posts glossed in English over a bare 職責：", () => {
    const doc = sheet("3) 保安員 Security Guard", "職責：", "- 負責看守", "要求：", "- 識中文", "", "4) 維修技工 Maintenance Technician", "Job Duties 職責：", "1. 負責維修", "2. 定期檢查");
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.blocks.length])).toEqual([["保安員 Security Guard", 1, 1], ["維修技工 Maintenance Technician", 2, 0]]);
    expect(roles(sheet("1) 保安員", "職責：", "- 負責看守", "- 定時巡邏")).map((r) => [r.name, r.duties.length])).toEqual([["保安員", 2]]);
  });
});

describe("departments numbered in their own sequence", () => {
  it("reads \"三、人事及會計\" after the departments 一、二、 as the next one when a post's form follows, and sets aside the title again, continued, over a page", () => {
    const doc = sheet("竹嶺鄉戶政事務所工作職掌表", "一、主任室", "職稱：主任", "工作項目：", "（一）綜理所務。", "二、戶籍登記課", "職稱：課長", "工作項目：", "（一）綜理課務。", "第 1 頁，共 2 頁", "竹嶺鄉戶政事務所工作職掌表（續）", "（二）審核疑難案件。", "三、人事及會計", "職稱：人事管理員", "工作項目：", "（一）辦理任免。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["主任", "主任室", 1], ["課長", "戶籍登記課", 2], ["人事管理員", "人事及會計", 1]]);
    expect(doc.ignored.find((i) => i.line === 11)?.reason).toBe("page-noise");
  });

  it("Markdown: a list's next item that looks like a clause title, a numbered department after another, one glossed in English, and a closing question", () => {
    const md = parseMarkdown("## 一、仓库经理\n\n### 2.1 理货员\n\n1. 拣货；\n\n## 二、作业班组\n\n### 2.2 收货员\n\n1. 卸货；\n2. 核对；\n3. 上架；\n4. 管理客户关系：\n   - 每月对账；\n\n## 三、设备与安全\n\n### 3.1 叉车司机\n\n1. 持证上岗。\n\n## 產品團隊 Product\n\n### 產品經理\n\n- 規劃產品。\n\n---\n\n有任何角色上的疑問，歡迎直接修改這份文件。\n");
    expect(roles(md).slice(2).map((r) => [r.name, r.department, outline(r.duties)])).toEqual([
      ["收货员", "作业班组", [["1", "卸货；"], ["2", "核对；"], ["3", "上架；"], ["4", "管理客户关系：", [[null, "每月对账；"]]]]],
      ["叉车司机", "设备与安全", [["1", "持证上岗。"]]],
      ["產品經理", "產品團隊 Product", [[null, "規劃產品。"]]],
    ]);
  });

  it("sets aside a posting's 應徵方式 with its text", () => {
    const doc = sheet("職缺一：倉儲人員", "工作內容：", "1.貨品進出點收。", "條件要求：", "1.能搬運重物。", "--------------------------------------", "應徵方式：請透過人力銀行投遞履歷。");
    expect(roles(doc)[0]!.blocks.map((b) => b.items.length)).toEqual([1]);
    expect(doc.ignored.at(-1)?.text).toBe("應徵方式：請透過人力銀行投遞履歷。");
  });
});

describe("wall sheets", () => {
  it("reads posts in 【】 after blank lines whatever their names, their short lines one duty each, and a post's person in charge out of its name", () => {
    const doc = sheet("味知道湘菜馆员工岗位职责", "", "【店长】", "全面负责门店营业管理", "每天9:30前到店", "", "【迎宾】", "站在门口迎客，面带微笑", "客满时登记排号", "引领客人入座", "", "■ 收银（负责人：许曼）", "1.按时交接备用金。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["店长", ["全面负责门店营业管理", "每天9:30前到店"]],
      ["迎宾", ["站在门口迎客，面带微笑", "客满时登记排号", "引领客人入座"]],
      ["收银", ["按时交接备用金。"]],
    ]);
  });
});

describe("divisions of work, chat notices and scanned attachments", () => {
  it("reads \"刘振华（党委书记）：主持…\" as the post with its duty, and \"马晓春（副院长）：\" over its list", () => {
    const doc = sheet("关于调整领导班子分工的通知", "", "刘振华（党委书记）：主持党委全面工作，负责党的建设、", "组织建设。分管组织部。", "", "马晓春（党委委员、副院长）：", "    1.负责教学管理；", "    2.联系汽车工程学院。", "", "孙某某（主任）：负责全面工作。");
    expect(roles(doc).map((r) => [r.name, r.heading, outline(r.duties)])).toEqual([
      ["党委书记", "刘振华（党委书记）", [[null, "主持党委全面工作，负责党的建设、组织建设。分管组织部。"]]],
      ["党委委员、副院长", "马晓春（党委委员、副院长）", [["1", "负责教学管理；"], ["2", "联系汽车工程学院。"]]],
      ["主任", "孙某某（主任）", [[null, "负责全面工作。"]]],
    ]);
  });

  it("reads a group chat's notice: @所有人 aside, 【post】 with a note on who holds it, bullets before a bracket", () => {
    const doc = sheet("@所有人 各位伙伴晚上好[愉快]", "下周起项目启动，把分工再发一遍～", "", "【项目主管】暂由阿杰担任", "①统筹项目进度", "②对接基金会", "", "【宣传】晓雯+大刘", "-负责公众号推文", "-（新）每季度出一期海报", "", "【线上辅导志愿者】", "每周两次线上辅导，具体安排：", "1）每次辅导后记录出勤", "2）辅导以答疑为主");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["项目主管", ["统筹项目进度", "对接基金会"]],
      ["宣传", ["负责公众号推文", "（新）每季度出一期海报"]],
      ["线上辅导志愿者", ["每次辅导后记录出勤", "辅导以答疑为主"]],
    ]);
    expect(doc.ignored[0]!.reason).toBe("chat");
  });

  it("reads a scanned attachment: 附件 no title, posts such as 总编辑 and a spaced 记　者, the scanning app's mark aside", () => {
    const doc = sheet("附件", "融媒体中心采编播岗位职责", "一、总编辑", "1.负责内容终审。", "2.主持编前会。", "二、记　者", "1.完成采访任务。", "扫描全能王 创建", "2.核实稿件事实。");
    expect(doc.title).toBe("融媒体中心采编播岗位职责");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["总编辑", 2], ["记者", 2]]);
    expect(doc.ignored.find((i) => i.line === 8)?.reason).toBe("advertising");
  });

  it("Markdown: a short unit whose name starts like a duty (策划组) is a department", () => {
    const md = parseMarkdown("# 研发中心\n\n## 一、策划组\n\n### 1.1 主策划\n\n1. 负责玩法设计；\n\n## 二、程序组\n\n### 2.1 客户端主程\n\n1. 负责框架；\n");
    expect(roles(md).map((r) => [r.name, r.department])).toEqual([["主策划", "策划组"], ["客户端主程", "程序组"]]);
  });
});

describe("finance and compliance sheets", () => {
  it("reads clause-numbered posts named with 岗 (\"2  合规管理岗\") and sets aside a header spread across the page under a footer", () => {
    const doc = sheet("合规管理部岗位职责", "", "1  合规总监", "1.1 审查公司经营的合规性；", "1.2 组织拟订合规制度。", "", "2  合规管理岗", "2.1 跟踪法规变化，在规定时限内完成", "                         第 2 页  共 3 页", "华岳证券股份有限公司              内部制度汇编", "合规动态的编制；", "2.2 组织合规检查。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["合规总监", ["审查公司经营的合规性；", "组织拟订合规制度。"]],
      ["合规管理岗", ["跟踪法规变化，在规定时限内完成合规动态的编制；", "组织合规检查。"]],
    ]);
    // (Not a gate or a shift: "1、门岗：" stays a group of the role's duties.)
    expect(roles(sheet("秩序维护员岗位职责", "1、门岗：", "（1）来访登记；", "2、巡逻岗：", "（1）按时巡逻。")).map((r) => r.name)).toEqual(["秩序维护员"]);
  });

  it("reads a job board's heading with its facts between slashes, and lists on one line whose items start with digits (\"1.3年以上…；2.…\", \"1、…；2、5年以上…\")", () => {
    const doc = sheet("▍支付产品经理  杭州 / 20-35K / 3-5年 / 本科", "岗位职责：1、负责清结算产品设计；2、跟进研发测试。", "任职要求：1.3年以上支付产品经验；2.熟悉支付结算规定；3.逻辑清晰。", "", "▍风控专家  上海 / 30-50K / 5-10年", "任职要求：1、本科及以上学历；2、5年以上风控经验。");
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.blocks.map((b) => b.items.map((d) => [d.number, d.text]))])).toEqual([
      ["支付产品经理", 2, [[["1", "3年以上支付产品经验；"], ["2", "熟悉支付结算规定；"], ["3", "逻辑清晰。"]]]],
      ["风控专家", 0, [[["1", "本科及以上学历；"], ["2", "5年以上风控经验。"]]]],
    ]);
  });

  it("reads a table of grades as the grades' posts, its caption aside, a cell's wrapped line joined, and 注：1.… after it as notes", () => {
    const text = ["表二  各职级主要职责", "职级\t级别代码\t主要职责", "审计员\tA1-A2\t1.执行实质性程序；", "\t\t2.编制审计工作底稿；", "合伙人\tP\t1.签发审计报告；", "\t\t2.负责客户承接的最终审批，评价独立性和", "\t\t职业道德要求的遵守情况；", "", "注：1.各职级的职责为最低要求。", "2.本表自2024年度起执行。"];
    const doc = parse(text.join("\n"));
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["审计员", ["执行实质性程序；", "编制审计工作底稿；"]],
      ["合伙人", ["签发审计报告；", "负责客户承接的最终审批，评价独立性和职业道德要求的遵守情况；"]],
    ]);
    expect(doc.ignored.filter((i) => i.line >= 9).map((i) => i.reason)).toEqual(["closing", "closing"]);
    expect(lostLines(doc, text.join("\n"))).toEqual([]);
  });
});

describe("a department's sheet over its posts", () => {
  it("reads \"一、值长\" over \"岗位职责：\" under \"运行部岗位职责\" and its description as the first post, the department's heading the title", () => {
    const doc = sheet("运行部岗位职责", "运行部实行五值三运转值班方式，每值设值长1名。", "", "一、值长", "岗位职责：", "1．正确执行调度命令。", "任职资格：", "1．大专及以上学历；", "", "二、单元长", "岗位职责：", "1．负责单元机组运行。");
    expect(doc.title).toBe("运行部岗位职责");
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.blocks.length])).toEqual([["值长", 1, 1], ["单元长", 1, 0]]);
  });
});

describe("groups of a chat-style list", () => {
  it("reads \"营业中：\" after an unstopped item of the group before as the next group", () => {
    const doc = sheet("【理货员】", "营业前：", "①检查货架", "②补齐缺货", "营业中：", "①随时整理排面", "营业后：", "①清点滞销品");
    expect(outline(roles(doc)[0]!.duties)).toEqual([[null, "营业前：", [["①", "检查货架"], ["②", "补齐缺货"]]], [null, "营业中：", [["①", "随时整理排面"]]], [null, "营业后：", [["①", "清点滞销品"]]]]);
  });
});

describe("titles and marks of documents", () => {
  it("takes a document's name over 岗位职责 for the title (员工手册（节选）：岗位职责, 分行各職務工作職掌說明), and sets aside in-house marks, a standard's number and a notice's closing", () => {
    const md = parseMarkdown("# 律师事务所员工手册（节选）：岗位职责\n\n本章规定本所各类人员的基本岗位职责。\n\n### 合伙人\n\n1. 审定法律意见书；\n");
    expect([md.title, roles(md).map((r) => r.name)]).toEqual(["律师事务所员工手册（节选）：岗位职责", ["合伙人"]]);
    const doc = sheet("瑞豐商業銀行分行各職務工作職掌說明", "※本說明僅供內部教育訓練使用，請勿外流※", "一、經理", "(一)綜理分行業務。", "Q/HY G204—2023", "(二)擬訂營業目標。", "", "本通知自印发之日起执行。", "清源市第二人民医院");
    expect(doc.title).toBe("瑞豐商業銀行分行各職務工作職掌說明");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["經理", ["綜理分行業務。", "擬訂營業目標。"]]]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["page-noise", "page-noise", "closing", "closing"]);
  });
});

describe("a standard's cover and foreword", () => {
  it("sets aside the cover's dates and issuer, the foreword up to the first clause, and the title again over the body", () => {
    const doc = sheet("质量管理部岗位职责", "", "2022-06-20发布                    2022-07-01实施", "华信达汽车零部件有限公司    发 布", "", "前    言", "本标准代替Q/HXD 218—2018，主要变化如下：", "——增加了计量管理员岗位；", "", "质量管理部岗位职责", "1  范围", "本标准规定了各岗位的职责。", "2  岗位职责", "2.1  质量工程师", "2.1.1  编制质量计划；", "2.1.2  组织内部审核。");
    expect(doc.title).toBe("质量管理部岗位职责");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["质量工程师", 2]]);
    expect(doc.ignored.filter((i) => i.line <= 10).map((i) => i.reason)).toEqual(["page-noise", "page-noise", "heading", "introduction", "introduction", "heading"]);
  });
});

describe("departments over posts numbered as before", () => {
  it("reads \"三、社会事务办公室\" over \"（一）农经\" as the next department when the posts before were numbered （一）", () => {
    const doc = sheet("一、党政综合办公室", "（一）办公室主任", "1．负责机关运转。", "（二）文书", "1．负责文件收发。", "二、社会事务办公室", "（一）农经", "1．负责农村集体资产管理。", "（二）社保专干", "1．负责参保登记。", "三、平安建设办公室", "（一）网格管理员", "1．指导网格员工作。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([
      ["办公室主任", "党政综合办公室", 1], ["文书", "党政综合办公室", 1], ["农经", "社会事务办公室", 1], ["社保专干", "社会事务办公室", 1], ["网格管理员", "平安建设办公室", 1],
    ]);
  });
});

describe("comments and related links", () => {
  it("sets aside a reviewer's comment in brackets between quoted items, and a page's 【相关阅读】 with its links", () => {
    const doc = sheet("店长岗位职责", "1、负责门店营业管理；", "【李娜：这一条建议加上“每月至少一次”】", "2、组织盘点。", "", "【相关阅读】", "· 电商运营助理岗位职责", "· 直播带货主播岗位职责及要求");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["店长", ["负责门店营业管理；", "组织盘点。"]]]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["comment", "advertising", "advertising", "advertising"]);
  });
});

describe("hospital, school and startup sheets (probe sets AU–AX)", () => {
  it("reads a post named in English with its level or its gloss (测试开发工程师 SDET (P5/P6), HRBP（人力资源业务伙伴）), and a form that names it again as the same role", () => {
    const doc = sheet("Ⅰ. 测试开发工程师 SDET (P5/P6)", "Responsibilities 岗位职责:", "1) 编写测试用例;", "2) 维护自动化框架;", "", "Ⅱ. 后端研发工程师 Backend Engineer (Go)", "1) 开发微服务;");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["测试开发工程师 SDET (P5/P6)", 2], ["后端研发工程师 Backend Engineer (Go)", 1]]);
    const form = sheet("人力资源中心岗位说明书", "版本：V2.1    编制：人力资源中心    审核：COO", "", "一、HRBP（人力资源业务伙伴）", "【基本信息】", "岗位名称：HRBP　　所属部门：人力资源中心", "【岗位职责】", "1）参与年度规划；", "2）开展组织盘点。", "二、招聘专员", "【基本信息】", "岗位名称：招聘专员", "【岗位职责】", "1）发布职位。");
    expect(form.title).toBe("人力资源中心岗位说明书");
    expect(roles(form).map((r) => [r.name, r.duties.length])).toEqual([["HRBP（人力资源业务伙伴）", 2], ["招聘专员", 1]]);
  });

  it("reads 收银岗：/理货岗： as posts, and the notes under a bare 注： after the last post as no duties", () => {
    const doc = sheet("★店长", "职责一：全面负责超市经营。", "", "收银岗：", "①唱收唱付②下班前填写日报表", "", "理货岗：", "①补货、陈列。", "", "送货岗（兼职）：", "负责线上订单的分拣、打包和配送。", "", "注：", "1、以上各岗位人员须服从店长调配。", "2、上班时间不准玩手机。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["店长", [["一", "全面负责超市经营。"]]],
      ["收银岗", [["①", "唱收唱付"], ["②", "下班前填写日报表"]]],
      ["理货岗", [["①", "补货、陈列。"]]],
      ["送货岗（兼职）", [[null, "负责线上订单的分拣、打包和配送。"]]],
    ]);
  });

  it("ends a handbook's spaced 前  言 at its first numbered department, and makes 附件一：修订记录 after the chapters a part of its own", () => {
    const doc = sheet("崗位職責手冊", "前  言", "本手冊旨在使員工了解本崗位的工作內容。", "一、前廳部", "（一）前廳經理崗位職責", "1. 全面負責前廳部的運作。", "2. 制定年度計劃。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["前廳經理", "前廳部", 2]]);
    const appendix = sheet("第一章 行政部", "一、行政经理岗位职责", "1. 负责行政管理。", "", "附件一：修订记录", "版本\t修订日期\t修订内容", "A/0\t2019-03-01\t首次发布");
    expect(sectionTitles(appendix)).toEqual(["第一章 行政部", "附件一：修订记录"]);
    expect(appendix.sections[1]!.roles).toEqual([]);
    expect(lostLines(appendix, "第一章 行政部\n一、行政经理岗位职责\n1. 负责行政管理。\n\n附件一：修订记录\n版本\t修订日期\t修订内容\nA/0\t2019-03-01\t首次发布")).toEqual([]);
  });

  it("sets aside footers ending ·12· or a chapter's page 3-5, a firm's standard code and 页码：第1页 共5页, and the list runs on across them", () => {
    const doc = sheet("主治医师职责", "1. 按时查房，决定病员出院，", "江州市第二人民医院岗位职责汇编                    ·12·", "审签出院病历。", "2. 参加值班。", "JZFY/GL 3.2—2022", "3. 参加会诊。", "教職員手冊 2024/25                         3-5", "页码：第2页 共5页", "4. 主持病例讨论。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["1", "按时查房，决定病员出院，审签出院病历。"], ["2", "参加值班。"], ["3", "参加会诊。"], ["4", "主持病例讨论。"]]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["page-noise", "page-noise", "page-noise", "page-noise"]);
  });

  it("reads departments numbered by depth (3.3 病区 after 3.1 护理部 and 3.2 门诊部) and glossed in English (Ⅰ. 教務組 (Academic Affairs Committee)), and a post at their level as in none", () => {
    const doc = sheet("3.1 护理部", "3.1.1 护理部主任", "a) 制订护理规划；", "3.2 门诊部", "3.2.1 门诊护士长", "a) 负责门诊护理管理；", "3.3 病区", "3.3.1 病区护士长", "a) 负责病区护理管理。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["护理部主任", "护理部", 1], ["门诊护士长", "门诊部", 1], ["病区护士长", "病区", 1]]);
    const hk = sheet("Ⅰ. 教務組 (Academic Affairs Committee)", "1. 教務主任", "1.1 統籌課程規劃。", "2. 教務組組員", "2.1 協助考試安排。", "Ⅱ. 訓育及輔導組 (Discipline and Guidance Committee)", "1. 訓導主任", "1.1 制訂校規。", "Ⅲ. 班主任職責", "⑴ 處理班務。");
    expect(roles(hk).map((r) => [r.name, r.department, r.duties.length])).toEqual([
      ["教務主任", "教務組 (Academic Affairs Committee)", 1], ["教務組組員", "教務組 (Academic Affairs Committee)", 1],
      ["訓導主任", "訓育及輔導組 (Discipline and Guidance Committee)", 1], ["班主任", null, 1],
    ]);
  });

  it("joins a title broken over two lines at the top (锦绣华庭物业服务中心 / 岗位职责) above an introduction", () => {
    const doc = sheet("锦绣华庭物业服务中心", "岗位职责", "", "为明确各岗位工作内容，制定本岗位职责。", "", "一、客服部", "（一）客服主管岗位职责", "1.负责制定月度计划。");
    expect(doc.title).toBe("锦绣华庭物业服务中心岗位职责");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["客服主管", "客服部", 1]]);
  });

  it("sets aside a Markdown table of contents written as links to the headings", () => {
    const md = parseMarkdown("# 研发中心岗位职责\n\n[一、岗位职责 2](#一岗位职责)\n\n[1.1 研发总监岗位职责 2](#研发总监岗位职责)\n\n## 一、岗位职责\n\n### 1.1 研发总监岗位职责\n\n1. 制定技术路线。\n");
    expect(roles(md).map((r) => [r.name, r.duties.length])).toEqual([["研发总监", 1]]);
    expect(md.ignored.filter((i) => i.reason === "page-noise").map((i) => i.line)).toEqual([3, 5]);
  });
});

describe("divisions of work, notices and ladders (probe sets AU–AX, second pass)", () => {
  it("reads a line at an item's number under a list of unstopped items as a paragraph of that list, and \"村文书 孙莉：负责…\" as a post with its duty", () => {
    const doc = sheet("一、村委会副主任  王德发", "    1 负责农业生产工作", "    2 负责防汛抗旱工作", "    3 负责人居环境整治：", "      ⑴垃圾清运", "      ⑵公厕管护", "    联系第四、第五村民小组", "", "其他工作人员：", "    村文书 孙莉：负责会议记录、文件收发。", "    后备干部 周鹏：协助做好产业发展。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["村委会副主任", [["1", "负责农业生产工作"], ["2", "负责防汛抗旱工作"], ["3", "负责人居环境整治：", [["⑴", "垃圾清运"], ["⑵", "公厕管护"]]], [null, "联系第四、第五村民小组"]]],
      ["村文书", [[null, "负责会议记录、文件收发。"]]],
      ["后备干部", [[null, "协助做好产业发展。"]]],
    ]);
  });

  it("takes the rules a notice issues for the title (关于印发《…》的通知 over …), and English blocks Nice to have and Reporting to", () => {
    const doc = sheet("关于印发《江州医科大学教研室工作管理办法》的通知", "各学院：", "现将办法印发给你们。", "江州医科大学教研室工作管理办法", "第一条 教研室主任职责：", "（一）主持教研室工作；");
    expect([doc.title, roles(doc).map((r) => r.name)]).toEqual(["江州医科大学教研室工作管理办法", ["教研室主任"]]);
    const ad = sheet("测试工程师岗位职责", "1) 编写测试用例;", "Requirements 任职要求:", "• 3年以上测试经验;", "Nice to have:", "• 有性能测试经验.", "", "Reporting to: QA Lead");
    expect(roles(ad)[0]!.blocks.map((b) => [b.type, b.items.map((i) => i.text)])).toEqual([["requirements", ["3年以上测试经验;"]], ["requirements", ["有性能测试经验."]], ["relations", ["QA Lead"]]]);
  });

  it("reads a Markdown post's ### 通用职责 and ### 分职级职责与要求 as labels, a ladder's rows as posts with their level (P5 数据分析师), and ## 四、附： as back matter", () => {
    const md = parseMarkdown("## 二、数据分析师\n\n### 通用职责（各职级均适用）\n\n- 对接业务方的数据需求；\n\n### 分职级职责与要求\n\n| 职级 | 岗位职责 | 任职要求 |\n| --- | --- | --- |\n| P5 数据分析师 | 1. 完成日常取数<br>2. 跟进核心指标 | 1. 本科及以上 |\n\n## 四、附：职级晋升流程\n\n1. 每年两次评定；\n");
    expect(roles(md).map((r) => [r.name, outline(r.duties)])).toEqual([["数据分析师", [[null, "对接业务方的数据需求；"]]], ["P5 数据分析师", [["1", "完成日常取数"], ["2", "跟进核心指标"]]]]);
    expect(md.ignored.find((i) => i.line === 10)?.reason).toBe("stray");
  });
});

describe("memos, postings and posts before their duty (probe sets AY–BA)", () => {
  it("sets aside a memo's fields (檔號, 主旨, 說明 and its points) above the sheet it attaches, and reads 研發長：綜理… as a post with its duty", () => {
    const doc = sheet("檔　　號：113/010101/1", "主旨：檢陳本處各組業務職掌分工表，簽請　核定。", "說明：", "一、依本校組織規程辦理。", "二、本案業經處務會議通過。", "擬辦：奉核後公告。", "附件", "研究發展處各組業務職掌分工表", "研發長：綜理本處業務，督導所屬各組。", "副研發長：襄助研發長處理處務。", "一、綜合企劃組：", "1.校務發展計畫之研擬。2.高教深耕計畫之統籌。");
    expect(doc.title).toBe("研究發展處各組業務職掌分工表");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["研發長", [[null, "綜理本處業務，督導所屬各組。"]]],
      ["副研發長", [[null, "襄助研發長處理處務。"]]],
      ["綜合企劃組", [["1", "校務發展計畫之研擬。"], ["2", "高教深耕計畫之統籌。"]]],
    ]);
  });

  it("reads a posting's headline of two posts as its title and ■ 職缺一：門市店長 as a post; and a post named in the first sentence (作为销售助理，你需要…)", () => {
    const doc = sheet("【誠徵】晨光烘焙坊 門市店長／烘焙師傅", "", "因展店需要，誠徵以下夥伴加入我們的團隊！", "", "■ 職缺一：門市店長", "崗位職責：", "1、負責門市營運管理。", "■ 職缺二：烘焙師傅", "崗位職責：", "1、完成麵包製作。");
    expect([doc.title, roles(doc).map((r) => [r.name, r.duties.length])]).toEqual(["【誠徵】晨光烘焙坊 門市店長／烘焙師傅", [["門市店長", 1], ["烘焙師傅", 1]]]);
    const post = sheet("作为销售助理，你需要协助销售经理处理日常事务。具体来说：", "", "1）客户资料维护", "  a) 录入新客户信息；", "2）会务支持：协助筹备展会。", "", "我们能提供：五险一金、周末双休。", "简历请投递至：hr@example.cn");
    expect(roles(post).map((r) => [r.name, outline(r.duties)])).toEqual([["销售助理", [["1", "客户资料维护", [["a", "录入新客户信息；"]]], ["2", "会务支持：协助筹备展会。"]]]]);
  });
});

describe("model-text pages and copies that lost their line ends (probe sets AZ, BB)", () => {
  it("reads 篇一：会计岗位职责 over its list as one version's role, and sets aside a WeChat article's chrome", () => {
    const doc = sheet("会计岗位职责范文（精选3篇）", "原创 职场范文君 职场范文库 2023-05-12 09:30 发表于江苏", "收录于合集 #岗位职责 56个", "点击上方“职场范文库”，关注我们，每天分享实用范文！", "", "篇一：会计岗位职责", "1、负责日常会计核算；", "2、登记明细账。", "", "篇二：会计岗位职责", "岗位职责：", "(1)全面负责账务处理；", "", "阅读 2.3万", "分享 收藏 赞 在看", "版权声明：本文内容由互联网用户自发贡献。");
    expect(doc.title).toBe("会计岗位职责范文（精选3篇）");
    expect(doc.sections.map((s) => s.title)).toEqual([null]);
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["会计", 2], ["会计", 1]]);
    expect(doc.ignored.filter((i) => i.reason === "advertising").map((i) => i.line)).toEqual([2, 3, 4, 14, 15, 16]);
  });

  it("reads a heading glued to its first item (生产部经理岗位职责1、…；2、…) or a space before it, and the departments over such lines", () => {
    const doc = sheet("一、生产部", "生产部经理岗位职责1、全面负责生产管理；2、负责编制计划", "", "车间主任岗位职责", "1、负责生产任务；2、负责考勤；", "", "二、质量部", "质量部经理岗位职责 1、负责质量体系；2、组织检验");
    expect(roles(doc).map((r) => [r.name, r.heading, r.department, r.duties.map((d) => d.text)])).toEqual([
      ["生产部经理", "生产部经理岗位职责", "生产部", ["全面负责生产管理；", "负责编制计划"]],
      ["车间主任", "车间主任岗位职责", "生产部", ["负责生产任务；", "负责考勤；"]],
      ["质量部经理", "质量部经理岗位职责", "质量部", ["负责质量体系；", "组织检验"]],
    ]);
  });
});

describe("forms glossed in English and posts with their holders (probe sets BA, AZ)", () => {
  it("reads a form's numbered parts glossed in English (貳、主要職責（Key Responsibilities）), and 督導對象 as a field", () => {
    const doc = sheet("社團法人長青協會附設長青服務中心", "職 位 說 明 書（Job Description）", "", "職位名稱：中心主任（Centre Director）", "督導對象：社工督導、行政組長　　　職等：主管職第二級", "", "壹、職位目的", "全面負責中心之營運管理。", "", "貳、主要職責（Key Responsibilities）", "Ⅰ. 營運管理", "　⑴ 擬訂年度工作計畫。", "Ⅱ. 人力資源管理", "　⑴ 員工招募之建議。", "陸、績效考核指標（KPI）", "1. 年度服務量達成率。");
    const [role] = roles(doc);
    expect([role!.name, role!.summary, outline(role!.duties), role!.blocks.map((b) => b.items.length)]).toEqual([
      "中心主任（Centre Director）", "全面負責中心之營運管理。", [["Ⅰ", "營運管理", [["⑴", "擬訂年度工作計畫。"]]], ["Ⅱ", "人力資源管理", [["⑴", "員工招募之建議。"]]]], [1],
    ]);
  });

  it("names \"销售部经理 王强\" by the post, and reads 主要职责：… over a list that starts at a. as the post's summary", () => {
    const doc = sheet("岗位职责1", "销售部经理 王强", "主要职责：负责销售部的全面工作。", "a. 制定年度销售计划；", "b. 组建销售团队。");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.map((d) => d.number)])).toEqual([["销售部经理", "负责销售部的全面工作。", ["a", "b"]]]);
  });
});

describe("posts with their holders after a colon (probe set BA)", () => {
  it("reads \"2.3 副校長（學生支援）：黃綺雯女士\" as the post, keeping a name in English after the holder, and sets aside a footer ending p.4", () => {
    const doc = sheet("2.1 校長 Principal", "2.1.1 制訂學校發展計劃。", "2.2 副校長（學與教）：何志明博士 Vice-Principal (Learning & Teaching)", "2.2.1 統籌課程發展委員會。", "Staff Handbook 2024-25　p.4", "2.3 副校長（學生支援）：黃綺雯女士", "2.3.1 督導訓導組之運作。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["校長 Principal", ["2.1.1"]], ["副校長（學與教） Vice-Principal (Learning & Teaching)", ["2.2.1"]], ["副校長（學生支援）", ["2.3.1"]]]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["page-noise"]);
  });
});

describe("store sheets typed without separators (probe set BB)", () => {
  it("reads \"4 负责…\" after \"3核对…\" as the next item, and an employee's acknowledgement under unstopped items as closing", () => {
    const doc = sheet("■营业员", "1负责商品补货", "2按照先进先出原则陈列商品", "3核对商品价签", "4 负责责任区的卫生清洁工作", "5 主动为顾客提供导购服务", "本人已阅读并理解以上岗位职责。 员工签字：＿＿＿＿ 日期：＿＿年＿＿月＿＿日");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["营业员", ["1", "2", "3", "4", "5"]]]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["closing"]);
  });
});

describe("articles that summarize the post after its heading, and document sites' labels (probe sets BB, AZ)", () => {
  it("reads \"第十一条 秩序维护主管岗位职责：负责…\" over its list as the post with its summary, under the department above it", () => {
    const doc = sheet("第三章 岗位职责", "第十条 工程主管岗位职责", "（一）负责维修；", "三、秩序维护部", "第十一条 秩序维护主管岗位职责：负责小区公共秩序维护及安全防", "范工作的组织实施，具体职责如下：", "（一）负责排班；", "（二）督导值班。");
    expect(roles(doc).map((r) => [r.name, r.department, r.summary, r.duties.length])).toEqual([
      ["工程主管", null, null, 1], ["秩序维护主管", "秩序维护部", "负责小区公共秩序维护及安全防范工作的组织实施，具体职责如下：", 2],
    ]);
  });

  it("sets aside a document site's labels (文档分类：, 文档标签：, 系统标签：)", () => {
    const doc = sheet("物业服务中心岗位职责", "文档分类：管理/人力资源 -- 岗位职责", "文档标签：物业 岗位职责", "系统标签：物业服务 保洁", "1. 负责客户接待。");
    expect(doc.ignored.map((i) => i.reason)).toEqual(["advertising", "advertising", "advertising"]);
    expect(roles(doc).map((r) => r.duties.length)).toEqual([1]);
  });
});

describe("Markdown cards that name the holder beside the post (probe set BE)", () => {
  it("names \"### 市场部经理 王强\" and \"### 品牌经理 — 周晓雯\" by the post", () => {
    const md = parseMarkdown("## 市场部\n\n### 市场部经理 王强\n\n1. 制定市场策略；\n\n### 品牌经理 — 周晓雯\n\n1. 维护品牌形象；\n");
    expect(roles(md).map((r) => [r.name, r.duties.length])).toEqual([["市场部经理", 1], ["品牌经理", 1]]);
  });
});

describe("posts numbered as their duties are (probe set BF)", () => {
  it("reads \"2、副校长职责\" and \"3、教务处主任　李卫东\" over a list that restarts at 1、 as the next posts, after the duties 1、2、 of \"1、校长职责\"", () => {
    const doc = sheet("1、校长职责", "1、贯彻方针。", "2、主持规划。", "2、副校长职责", "1、协助校长。", "3、教务处主任　李卫东", "1、负责教务处日常工作。", "2、编排课程表。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["校长", ["1", "2"]], ["副校长", ["1"]], ["教务处主任", ["1", "2"]]]);
  });
});

describe("items that start with a clock (probe set BD)", () => {
  it("reads \"1．07:50到岗…\" as item 1 with its clock, not item 1.07", () => {
    const doc = sheet("A班职责", "1．07:50到岗，参加晨会交班。", "2．负责分管患者的治疗护理。", "3．15:30整理本班工作。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["1", "07:50到岗，参加晨会交班。"], ["2", "负责分管患者的治疗护理。"], ["3", "15:30整理本班工作。"]]);
    expect(matchMarker("1.5亿元")).toBeNull();
  });
});

describe("groups of duties by time, indented (probe set BD)", () => {
  it("reads \"  加油作业：…即：①…②…\" back at the indent of \"  上岗前：\" as the next group, its inline items its own, and the groups after it", () => {
    const doc = sheet("■加油员岗位职责", "  上岗前：", "    □ 穿戴防静电工作服；", "    □ 检查加油机是否完好。", "  加油作业：按“三步法”操作，即：①引导车辆停靠②提枪加油③引导车辆离站。", "  交接班：", "    □ 抄录加油机泵码；", "    □ 交接加油区卫生。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([
      [null, "上岗前：", [[null, "穿戴防静电工作服；"], [null, "检查加油机是否完好。"]]],
      [null, "加油作业：按“三步法”操作，即：", [["①", "引导车辆停靠"], ["②", "提枪加油"], ["③", "引导车辆离站。"]]],
      [null, "交接班：", [[null, "抄录加油机泵码；"], [null, "交接加油区卫生。"]]],
    ]);
  });
});

describe("Markdown groups of a post's duties by time (probe set BD)", () => {
  it("reads \"### 每日\" and \"### 每周\" under \"## 客房部经理\" as groups of its duties, not posts", () => {
    const md = parseMarkdown("## 客房部经理\n\n### 每日\n\n- 08:30 参加酒店晨会。\n- 抽查VIP房。\n\n### 每周\n\n1. 主持部门例会。\n\n## 楼层领班\n\n1. 检查客房。\n");
    expect(roles(md).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["客房部经理", [[null, "每日", [[null, "08:30 参加酒店晨会。"], [null, "抽查VIP房。"]]], [null, "每周", [["1", "主持部门例会。"]]]]],
      ["楼层领班", [["1", "检查客房。"]]],
    ]);
  });
});

describe("posts with their holders after a dash (probe set BC)", () => {
  it("reads \"Ⅰ．主播 —— 林可欣（1号间）、苏苏（2号间）\" and \"Ⅱ．助播 —— 周周\" as the posts, under a part of the sheet", () => {
    const doc = sheet("第一部分  前台岗位（出镜）", "", "Ⅰ．主播 —— 林可欣（1号间）、苏苏（2号间）", "职责一：播前准备", "开播前2小时到岗。", "Ⅱ．助播 —— 周周", "1）补充产品信息；", "2）接住节奏。");
    expect(sectionTitles(doc)).toEqual(["第一部分  前台岗位（出镜）"]);
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["主播", 1], ["助播", 2]]);
  });
});

describe("a shift's hours over its duties (probe set BD)", () => {
  it("keeps \"工作时间：08:00—16:00\" under a post as its field, so that the numbered duties after it stay the post's", () => {
    const doc = sheet("二、A班职责", "工作时间：08:00—16:00（午间轮流值守）", "1．07:50到岗，参加晨会交班。", "2．负责分管患者的治疗护理。");
    const [role] = roles(doc);
    expect([role!.duties.map((d) => d.number), role!.blocks, role!.fields.map((f) => [f.label, f.value])]).toEqual([["1", "2"], [], [["工作时间", "08:00—16:00（午间轮流值守）"]]]);
  });
});

describe("block titles in brackets spaced out (probe set BF)", () => {
  it("reads 【权　　限】 as the authority block's title, its A. B. items out of the post's duties", () => {
    const doc = sheet("项目经理", "职责一：主持项目部全面工作。", "职责二：组织安全检查。", "【权　　限】", "A. 项目部管理人员的考核权；", "B. 分包队伍的选择建议权。");
    const [role] = roles(doc);
    expect([role!.duties.map((d) => d.number), role!.blocks.map((b) => [b.type, b.items.map((i) => i.number)])]).toEqual([["一", "二"], [["authority", ["A", "B"]]]]);
  });
});

describe("a post over groups with their lists on their lines (probe set BD)", () => {
  it("reads \"2.2 班组长（早班/中班/夜班）\" over \"班前：1.…；2.…\" as the next post, as \"2.1 车间主任\" over its (1) is", () => {
    const doc = sheet("二、注塑车间", "2.1 车间主任", "    (1) 全面负责注塑车间的生产。", "    (2) 组织班组完成生产任务。", "2.2 班组长（早班/中班/夜班）", "    班前：1.查阅交接班记录；2.召开班前会。", "    班后：1.清点产量；2.做好6S。");
    expect(roles(doc).map((r) => [r.name, r.department, outline(r.duties)])).toEqual([
      ["车间主任", "注塑车间", [["1", "全面负责注塑车间的生产。"], ["2", "组织班组完成生产任务。"]]],
      ["班组长（早班/中班/夜班）", "注塑车间", [[null, "班前：", [["1", "查阅交接班记录；"], ["2", "召开班前会。"]]], [null, "班后：", [["1", "清点产量；"], ["2", "做好6S。"]]]]],
    ]);
  });
});

describe("Markdown labels in strong emphasis over lists (probe set BD)", () => {
  it("reads \"**清扫前准备**\" and \"**客房清扫**\" alone over task lists as groups of the post's duties, not its summary", () => {
    const md = parseMarkdown("## 客房服务员\n\n按照操作程序完成客房清洁。\n\n**清扫前准备**\n\n- [ ] 检查工作车\n- [ ] 查看工作单\n\n**客房清扫**\n\n- [ ] 敲门三次\n- [ ] 铺床除尘\n");
    const [role] = roles(md);
    expect([role!.summary, outline(role!.duties)]).toEqual(["按照操作程序完成客房清洁。", [[null, "清扫前准备", [[null, "检查工作车"], [null, "查看工作单"]]], [null, "客房清扫", [[null, "敲门三次"], [null, "铺床除尘"]]]]]);
  });
});

describe("Markdown exported from Yuque (probe set BE)", () => {
  it("reads a folded section's <summary> as its heading, and sets aside a :::warning callout", () => {
    const md = parseMarkdown("## 第二章 岗位职责\n\n### 第四条 仓库主管职责\n\n（一）制定仓库制度；\n\n<details>\n<summary>第五条 仓管员职责（点击展开）</summary>\n\n（一）办理入库出库；\n\n（二）负责库区5S管理。\n\n</details>\n\n:::warning\n仓管员不得擅自调拨。\n:::\n");
    expect(roles(md).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["仓库主管", ["制定仓库制度；"]], ["仓管员", ["办理入库出库；", "负责库区5S管理。"]]]);
    expect(md.ignored.filter((i) => i.reason === "note").map((i) => i.line)).toEqual([16, 17, 18]);
  });
});

describe("articles that name the post helping another (probe set BF)", () => {
  it("reads \"第四條　分行副理協助經理處理分行業務，…並負責下列事項：\" as the post 分行副理 over its list", () => {
    const doc = sheet("第三條　分行經理之職責如下：", "一、綜理分行業務。", "第四條　分行副理協助經理處理分行業務，經理不在時代理其職務，並負責下列事項：", "一、審核每日營業傳票。", "二、督導櫃員作業。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["分行經理", 1], ["分行副理", 2]]);
  });
});

describe("a Markdown sheet saved as text (probe set BE)", () => {
  it("reads \"## Ⅰ. 行政管理岗位\" over \"**职务：校长**\" as a section and the post's form field, and the notice under the title as its introduction", () => {
    const doc = sheet("**XX市第二实验小学岗位职责（2024年修订）**", "", "校办〔2024〕7号", "", "各处室、年级组：", "　　现将修订后的学校岗位职责印发给你们，请认真组织学习并抓好落实。", "", "## Ⅰ. 行政管理岗位", "", "**职务：校长**", "职责一：全面主持学校工作。", "职责二：组织制定学校发展规划。", "", "## Ⅱ. 教学岗位", "", "**职务：班主任**", "职责一：了解学生。");
    expect(doc.title).toBe("XX市第二实验小学岗位职责（2024年修订）");
    expect(doc.sections.map((s) => [s.title, s.roles.map((r) => [r.name, r.heading, r.duties.map((d) => d.number)])])).toEqual([
      ["Ⅰ. 行政管理岗位", [["校长", "**职务：校长**", ["一", "二"]]]],
      ["Ⅱ. 教学岗位", [["班主任", "**职务：班主任**", ["一"]]]],
    ]);
  });

  it("reads \"一、行政管理岗位\" over \"职务：校长\" as a group, but not \"3、…\" that goes on with the open list", () => {
    const doc = sheet("一、行政管理岗位", "职务：校长", "1、全面主持学校工作。", "二、教学岗位", "职务：班主任", "1、了解学生。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["校长", "行政管理岗位", 1], ["班主任", "教学岗位", 1]]);
    const list = sheet("职务：测试工程师", "1、编写测试用例；", "2、执行功能测试；", "3、输出版本报告", "职务：自动化测试工程师", "1、维护测试框架。");
    expect(roles(list).map((r) => [r.name, r.duties.length])).toEqual([["测试工程师", 3], ["自动化测试工程师", 1]]);
  });
});

describe("a residents' committee's notice of its members' division of work (probe set BK)", () => {
  it("reads the issuer over \"关于…的公告\" as one title, and a post with its holder and a concurrent post in brackets", () => {
    const doc = sheet("和平里社区居民委员会", "关于调整居委会成员分工及岗位职责的公告", "", "一、主任　刘桂芳（兼社区党委副书记）", "    主持居委会全面工作。", "    1、召集会议；", "    2、负责计划。", "二、副主任　孙卫东", "    1、负责治安。");
    expect(doc.title).toBe("和平里社区居民委员会关于调整居委会成员分工及岗位职责的公告");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.length])).toEqual([["主任", "主持居委会全面工作。", 2], ["副主任", null, 1]]);
  });

  it("reads \"三、委员分工\" and \"四、下属委员会职责\" as headings over the members and units, and a unit over one paragraph as a post with one duty", () => {
    const doc = sheet("一、主任　刘桂芳", "    1、召集会议。", "二、委员分工", "（一）委员　王小燕（社会保障专干）", "    负责辖区居民养老保险的申报。", "（二）委员　马俊", "    1、负责公共卫生工作；", "三、下属委员会职责", "（一）人民调解委员会", "    在街道司法所指导下调解民间纠纷。", "（二）公共卫生委员会", "    组织居民开展环境卫生整治。", "四、工作制度", "    1、居委会实行坐班制。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.text])])).toEqual([
      ["主任", [["1", "召集会议。"]]],
      ["委员", [[null, "负责辖区居民养老保险的申报。"]]],
      ["委员", [["1", "负责公共卫生工作；"]]],
      ["人民调解委员会", [[null, "在街道司法所指导下调解民间纠纷。"]]],
      ["公共卫生委员会", [[null, "组织居民开展环境卫生整治。"]]],
    ]);
  });
});

describe("a quality procedure in Markdown (probe set BI)", () => {
  it("reads \"## 5. 工作程序\" after \"## 4. 职责\" and its posts as the next chapter, though a list follows it", () => {
    const md = parseMarkdown("# 不合格品控制程序\n\n## 1. 目的\n\n控制不合格品。\n\n## 4. 职责\n\n- **质量部**\n  1. 负责不合格品的判定；\n  2. 组织评审。\n\n## 5. 工作程序\n\n### 5.1 标识与隔离\n\n1. 检验员挂红色标签。\n");
    expect([md.sections.map((s) => s.title), roles(md).map((r) => r.name)]).toEqual([["1. 目的", "4. 职责", "5. 工作程序", "5.1 标识与隔离"], ["质量部"]]);
  });

  it("reads \"- **生产部**：负责…\" after the unit \"- **质量部**\" and its list as the next unit with its one duty", () => {
    const md = parseMarkdown("各部门职责如下：\n\n- **质量部**（归口管理部门）\n  1. 负责不合格品的判定；\n  2. 组织评审。\n- **生产部**：负责不合格品的标识和隔离。\n- **MRB小组**（质量经理任组长）：对批量不合格品作出处置决定；\n  让步接收须经顾客批准。\n");
    expect(roles(md).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["质量部（归口管理部门）", ["负责不合格品的判定；", "组织评审。"]],
      ["生产部", ["负责不合格品的标识和隔离。"]],
      ["MRB小组（质量经理任组长）", ["对批量不合格品作出处置决定；让步接收须经顾客批准。"]],
    ]);
  });
});

describe("an e-sports club's posts, each with its holder after a dash (probe set BL)", () => {
  it("reads unnumbered \"领队 —— 周正\" and \"主播（签约主播，含退役选手转型）\" over their lists as posts, and the Roman headings over them as departments", () => {
    const doc = sheet("Ⅰ. 战队管理组", "", "领队 —— 周正", "- 负责战队日常管理；", "- 对接赛事方报名。", "", "主教练 —— 李航（Coach Hang）", "a. 制定赛季训练计划", "b. BP策略搭建", "", "Ⅱ. 直播运营组", "", "主播（签约主播，含退役选手转型）", "1) 按合同完成直播时长。", "2) 直播内容健康。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([
      ["领队", "战队管理组", 2], ["主教练", "战队管理组", 2], ["主播（签约主播，含退役选手转型）", "直播运营组", 2]]);
  });
});

describe("a charter's articles on its officers (probe set BK)", () => {
  it("names \"本会会长\" 会长, reads \"第三十条　本会副会长的职责：协助…\" with no list below as the post and its duty, and splits a glued \"职责三：\"", () => {
    const doc = sheet("第二十九条　本会会长行使下列职权：", "（一）召集理事会；", "（二）检查决议落实。", "第三十条　本会副会长的职责：协助会长开展工作；负责收集会员诉求。", "第三十一条　本会秘书长的职责：", "职责一：主持办事机构工作；", "职责二：负责会员注册；职责三：管理物资经费。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.text])])).toEqual([
      ["会长", [["一", "召集理事会；"], ["二", "检查决议落实。"]]],
      ["副会长", [[null, "协助会长开展工作；负责收集会员诉求。"]]],
      ["秘书长", [["一", "主持办事机构工作；"], ["二", "负责会员注册；"], ["三", "管理物资经费。"]]],
    ]);
  });
});

describe("a county's compilation of its bureaus' functions and offices (probe set BH)", () => {
  it("names a part's 主要职责 after the bureau, reads its offices under 内设机构 as units, and sets 人员编制 aside", () => {
    const doc = sheet("第一部分　县发展和改革局", "", "一、主要职责", "1．拟订全县发展规划。", "2．完成县委交办的其他任务。", "", "二、内设机构", "（一）办公室：负责机关日常运转，承担文电、", "会务、机要工作；负责机关财务工作。", "（二）价格和收费股：拟订全县价格政策。", "三、人员编制和领导职数", "1．县发展和改革局机关行政编制9名。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["县发展和改革局", ["拟订全县发展规划。", "完成县委交办的其他任务。"]],
      ["办公室", ["负责机关日常运转，承担文电、会务、机要工作；负责机关财务工作。"]],
      ["价格和收费股", ["拟订全县价格政策。"]],
    ]);
  });
});

describe("a film crew's posts on its call sheet (probe set BL)", () => {
  it("reads \"制片主任——\", \"执行导演/副导演\" over their lists and \"跟焦员 ①…②…\" as posts under the groups in brackets", () => {
    const doc = sheet("【制片组】", "制片主任——", "1.统筹剧组日常运转。", "2.负责协调场地方。", "【导演组】", "执行导演/副导演", "1.编制次日通告。", "2.负责群众演员的组织。", "【摄影组】", "跟焦员 ①测量并标记焦点位置；②实时跟焦；③检查跟焦器。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.map((d) => d.number)])).toEqual([
      ["制片主任", "制片组", ["1", "2"]], ["执行导演/副导演", "导演组", ["1", "2"]], ["跟焦员", "摄影组", ["①", "②", "③"]]]);
  });
});

describe("an environmental procedure's 职责 clause (probe set BI)", () => {
  it("takes the title from \"文件名称：\", and reads \"3.3 各部门：⑴…⑵…\" after the unit 3.2 as the next unit with its items", () => {
    const doc = sheet("苏州美印包装彩印有限公司", "文件名称：环境因素识别与评价控制程序", "文件编号：MY-EP-01", "1．目的", "识别环境因素。", "3．职责", "3.1 管理者代表：", "⑴ 负责组织识别；", "⑵ 批准清单。", "3.2 安环部", "⑴ 组织培训；", "3.3 各部门：⑴负责本部门的识别；⑵配合安环部评价。");
    expect(doc.title).toBe("环境因素识别与评价控制程序");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["管理者代表", ["⑴", "⑵"]], ["安环部", ["⑴"]], ["各部门", ["⑴", "⑵"]]]);
  });
});

describe("a township's offices, stations and leaders' division of work (probe set BH)", () => {
  it("reads an office over its note in brackets and \"职责：…\" as a unit, leaves \"工作人员：\" out of its duties, and reads the stations and the leaders under their headings", () => {
    const doc = sheet("清溪镇人民政府内设机构及工作职责", "", "一、党政综合办公室", "（挂党建工作办公室牌子）", "　　职责：负责镇党委、政府日常运转；负责文稿起草。", "　　工作人员：王　丽（主任）　陈晓峰", "", "二、事业站所", "（一）党群服务中心：负责党员教育管理服务。", "（二）便民服务中心：负责政务服务事项受理。", "", "三、领导班子成员分工", "党委书记　张建华：主持镇党委全面工作。", "副镇长　孙立军：负责农业农村工作。", "党委委员、纪委书记　马　骏：主持镇纪委全面工作。", "", "（注：班子成员分工如有调整，以镇党委最新发文为准。）");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["党政综合办公室", ["负责镇党委、政府日常运转；负责文稿起草。"]],
      ["党群服务中心", ["负责党员教育管理服务。"]],
      ["便民服务中心", ["负责政务服务事项受理。"]],
      ["党委书记", ["主持镇党委全面工作。"]],
      ["副镇长", ["负责农业农村工作。"]],
      ["党委委员、纪委书记", ["主持镇纪委全面工作。"]],
    ]);
  });
});

describe("a Hong Kong department's posts (probe set BH)", () => {
  it("knows 署長 and 副署長 as posts, each over its paragraph", () => {
    const doc = sheet("署長辦公室", "", "署長", "　　負責本署的整體管理及各項政策的執行。", "", "副署長", "　　協助署長督導各科工作。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["署長", ["負責本署的整體管理及各項政策的執行。"]], ["副署長", ["協助署長督導各科工作。"]]]);
  });
});

describe("a gym's posts pasted into its staff chat (probe set BL)", () => {
  it("sets the export's head and day divider aside, knows 前台岗, and reads \"【会籍顾问】1.…2.…\" and \"【团课教练】按课表…。\" as posts with their duties on the line", () => {
    const doc = sheet("力行健身（万达店）员工群 的聊天记录", "—————  2024-03-04  —————", "阿杰-店长  21:04", "【前台岗】", "1.早班到岗开灯", "2.会员入场刷卡核验", "阿杰-店长  21:05", "【会籍顾问】1.完成每月业绩指标 2.维护老会员", "【团课教练】按课表准时上课，课后统计上课人数。");
    expect([doc.title, roles(doc).map((r) => [r.name, r.duties.map((d) => d.number)])]).toEqual([null, [["前台岗", ["1", "2"]], ["会籍顾问", ["1", "2"]], ["团课教练", [null]]]]);
    expect(doc.ignored.filter((i) => i.reason === "chat").map((i) => i.line)).toEqual([1, 2, 3, 7]);
  });
});

describe("a project's safety responsibility forms (probe set BG)", () => {
  it("takes the title under its issuer, and leaves the employee's pledge and the attached 责任书 out of the posts", () => {
    const doc = sheet("中建××局××公司××项目部", "项目安全生产责任制", "", "岗位名称：项目经理", "职责一：对项目安全生产工作全面负责。", "职责二：配备专职安全生产管理人员。", "", "本人已认真学习上述岗位安全生产职责，并承诺严格履行。", "", "附件：", "项目安全生产目标责任书", "甲方（公司）：中建××局××公司", "乙方（项目经理）：", "一、责任目标：杜绝死亡事故。", "二、本责任书一式两份。");
    expect([doc.title, roles(doc).map((r) => [r.name, r.duties.length])]).toEqual(["项目安全生产责任制", [["项目经理", 2]]]);
  });
});

describe("a Party branch's notice of its committee members' division of work (probe set BK)", () => {
  it("takes the notice's title over its letterhead, and reads a sentence then ①②… on one line as the summary and the post's items", () => {
    const doc = sheet("中共长江航运设计研究院第三支部委员会文件", "", "长设三支〔2023〕4号", "", "关于支部委员会委员分工的通知", "", "各党小组、全体党员：", "    现将支部委员分工通知如下：", "", "    一、支部书记：周明远", "    主持支部委员会全面工作。①负责召集支部委员会会议；②负责落实主体责任；③讲好专题党课。", "    二、组织委员：林晓静", "    1. 负责党员发展工作；", "    2. 负责党费收缴。");
    expect(doc.title).toBe("关于支部委员会委员分工的通知");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.map((d) => d.number)])).toEqual([
      ["支部书记", "主持支部委员会全面工作。", ["①", "②", "③"]], ["组织委员", null, ["1", "2"]]]);
  });
});

describe("a university's offices in Markdown (probe set BH)", () => {
  it("reads \"**内设机构**\" over \"- 综合科：负责…\" as the department's units, and \"组织部（党校、党委教师工作部）\" as a department though 组织 starts duties", () => {
    const md = parseMarkdown("## 第一篇　党群部门\n\n### 一、党委办公室\n\n**部门职责**\n\n1. 负责会议组织；\n2. 负责文稿起草。\n\n**内设机构**\n\n- 综合科：负责办公室日常事务。\n- 秘书科：负责信息编报工作。\n\n### 二、组织部（党校、党委教师工作部）\n\n**部门职责**\n\n1. 负责组织建设；\n2. 负责干部选拔。\n");
    expect(roles(md).map((r) => [r.name, r.department, r.duties.length])).toEqual([
      ["党委办公室", "党委办公室", 2], ["综合科", "党委办公室", 1], ["秘书科", "党委办公室", 1], ["组织部（党校、党委教师工作部）", "组织部（党校、党委教师工作部）", 2]]);
  });
});

describe("a Taiwanese tea shop's posts in its staff chat (probe set BJ)", () => {
  it("sets the export's head and its day aside, names \"【店長職責】小雅\" 店長, and reads \"【出杯打包】\" after a sender's line as the next post", () => {
    const doc = sheet("茶語時光 公館店 工作群 的聊天記錄", "2023/08/14（一）", "", "店長-小雅 09:13", "【店長職責】小雅", "1. 負責門市每日營運", "2. 排班、打卡管理", "", "店長-小雅 09:20", "【出杯打包】", "1. 出杯前檢查封膜", "2. 叫號取餐");
    expect([doc.title, roles(doc).map((r) => [r.name, r.duties.length])]).toEqual([null, [["店長", 2], ["出杯打包", 2]]]);
  });
});

describe("a Macau hotel manual's chapter (probe set BJ)", () => {
  it("reads \"8.1 目的\" … \"8.5 記錄\" as the chapter's clauses, the title over them, and the posts under \"8.3 崗位職責\"", () => {
    const doc = sheet("房務部崗位職責", "", "8.1 目的", "明確房務部各崗位之工作職責。", "", "8.2 適用範圍", "適用於本酒店房務部所有員工。", "", "8.3 崗位職責", "", "8.3.1 行政管家", "8.3.1.1 全面負責客房的管理工作。", "8.3.1.2 制定部門工作程序。", "", "8.3.2 樓層主管", "8.3.2.1 督導客房服務員。", "", "8.4 相關文件", "《客房清潔程序》", "", "8.5 記錄", "《客房檢查表》");
    expect([doc.title, doc.sections.map((s) => s.title), roles(doc).map((r) => [r.name, r.duties.length])]).toEqual([
      "房務部崗位職責", ["8.1 目的", "8.2 適用範圍", "8.3 崗位職責", "8.4 相關文件", "8.5 記錄"], [["行政管家", 2], ["樓層主管", 1]]]);
  });
});

describe("an item of full-width digits over an age (probe set BJ)", () => {
  it("reads \"１．60至69周岁…\" as item １, the digits after it of another width, and \"１．２\" still as a dotted number", () => {
    expect([matchMarker("１．60至69周岁老年人凭身份证购半价票；")?.number, matchMarker("１．２ 岗位职责")?.number, matchMarker("1.60米以上")?.number]).toEqual(["１", "１．２", undefined]);
    const doc = sheet("售票员职责：", "（一）严格执行票价政策：", "１．60至69周岁老年人购半价票；", "２．70周岁以上老年人免票；", "（二）唱收唱付。");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.children.map((c) => [c.number, c.text.slice(0, 2)])])).toEqual([["一", [["１", "60"], ["２", "70"]]], ["二", []]]);
  });
});

describe("a coal mine's safety responsibility system (probe set BG)", () => {
  it("reads \"一、矿长\" over its summary and 主要职责： as the first post, and sets \"本责任制自下发之日起执行…\" aside", () => {
    const doc = sheet("××煤矿安全生产责任制", "", "一、矿长", "    矿长是本矿安全生产的第一责任者。", "    主要职责：", "    1．贯彻执行安全生产方针。", "    2．建立健全安全生产责任制。", "", "二、总工程师职责", "    1．组织编制作业规程。", "", "    本责任制自下发之日起执行，由矿安全科负责解释。");
    expect([doc.title, roles(doc).map((r) => [r.name, r.summary, r.duties.length])]).toEqual(["××煤矿安全生产责任制", [["矿长", "矿长是本矿安全生产的第一责任者。", 2], ["总工程师", null, 1]]]);
    expect(doc.ignored.map((i) => i.reason)).toContain("closing");
  });

  it("knows 船长, 场长, 大副, 兽医 and 总指挥 as posts", () => {
    expect(["船长", "场长", "大副", "兽医", "总指挥", "监事长"].map(isPositionName)).toEqual([true, true, true, true, true, true]);
  });
});

describe("an emergency plan's bodies and groups (probe set BM)", () => {
  it("keeps a group's staff (组长：…, 成  员：… wrapped onto the next line) as its fields, and reads 领导小组职责： as the label of its list", () => {
    const lines = ["××市实验小学", "传染病疫情应急预案", "", "一、工作原则", "1、预防为主，常备不懈。", "2、统一领导，分级负责。", "", "二、组织机构及职责", "（一）学校应急领导小组", "组  长：李明华（校长）", "成  员：各处室主任、年级组长、", "          校医。", "领导小组职责：", "1、全面领导学校应急处置工作；", "2、研究决定预案的启动和终止。", "（二）工作小组", "1、宣传教育组", "组长：德育主任 周晓燕", "通过班会、宣传栏等多种形式开展防治知识宣传，做好家长沟通工作。", "", "三、相关人员职责", "1．班主任", "⑴ 做好晨午检；", "", "四、应急处置程序", "1、发现：立即通知校医。"];
    const doc = sheet(...lines);
    expect(doc.title).toBe("传染病疫情应急预案");
    expect(roles(doc).map((r) => [r.name, r.department, r.summary, r.duties.map((d) => d.text.slice(0, 4))])).toEqual([
      ["学校应急领导小组", null, null, ["全面领导", "研究决定"]], ["宣传教育组", "工作小组", null, ["通过班会"]], ["班主任", null, null, ["做好晨午"]]]);
    expect(roles(doc)[0]!.fields).toEqual([{ label: "组长", value: "李明华（校长）", line: 10 }, { label: "成员", value: "各处室主任、年级组长、校医。", line: 11, endLine: 12 }]);
    expect(lostLines(doc, lines.join("\n"))).toEqual([]);
  });

  it("sets a body's composition and a plan's chapters that name no one aside, and splits \"总指挥、副总指挥职责\" into the posts below it", () => {
    const doc = sheet("青石镇防汛应急预案", "", "第一章  总  则", "一、编制目的", "为做好防汛工作，特制定本预案。", "", "第二章  组织机构及职责", "一、镇防指组成", "总 指 挥：镇长", "副总指挥：分管农业副镇长", "二、镇防指职责", "1.组织制定本镇防汛预案；", "2.统一调度抢险队伍。", "三、总指挥、副总指挥职责", "总指挥：全面负责全镇防汛工作。", "副总指挥：协助总指挥工作。", "四、专项工作组", "应急响应启动后，镇防指下设以下工作组。", "（一）抢险救援组", "组长：镇武装部部长", "职责：①组织巡堤查险；②组织被困群众搜救。", "", "第三章  预防与预警", "一、预防准备", "各村每年汛前开展隐患排查。", "二、预警分级", "预警级别分为四级。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["镇防指", null, 2], ["总指挥", null, 1], ["副总指挥", null, 1], ["抢险救援组", "专项工作组", 2]]);
    expect(doc.ignored.filter((i) => i.reason === "field").map((i) => i.line)).toEqual([9, 10]);
  });

  it("keeps the post in charge in a group's name (\"灭火行动组（组长：保卫科科长）\"), not a person's (\"店长（负责人：许曼）\")", () => {
    const doc = sheet("4  组织机构与职责", "4.4  灭火行动组（组长：保卫科科长）", "4.4.1  扑救初起火灾；", "4.4.2  关闭防火门。", "4.6  疏散引导组（组长：医务部主任、护理部主任）", "4.6.1  组织人员疏散；", "4.6.2  清点人数。");
    expect(roles(doc).map((r) => r.name)).toEqual(["灭火行动组（组长：保卫科科长）", "疏散引导组（组长：医务部主任、护理部主任）"]);
    expect(roles(sheet("■ 店长（负责人：许曼）", "1. 负责门店营运；", "2. 负责排班。")).map((r) => r.name)).toEqual(["店长"]);
  });
});

describe("emergency cards, a sports day's committee and a conference's groups (probe set BM)", () => {
  it("reads 应急职责：, 应急权限： and 到岗要求： on a post's card as its duties, its authority and another block", () => {
    const doc = sheet("岗位名称：应急总指挥        担任人：总经理 孙建军", "应急职责：", "职责一：立即赶赴应急指挥中心；", "职责二：指挥各应急小组开展抢险救援。", "应急权限：", "· 调用公司一切人员、物资；", "到岗要求：白天接警后5分钟内到达。");
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.blocks.map((b) => [b.type, b.items.length])])).toEqual([["应急总指挥", 2, [["authority", 1], ["other", 1]]]]);
  });

  it("reads \"肆、組織與工作分配\" as a part, its posts held by posts (主任委員：校長) over a sentence each, and a group with its staff on its line", () => {
    const doc = sheet("運動會實施計畫", "", "參、時間與地點", "　一、時間：上午8時。", "　二、地點：本校田徑場。", "", "肆、組織與工作分配", "　（一）主任委員：校長", "　　　　綜理運動會一切事宜。", "　（二）副主任委員：教務主任、學務主任", "　　　　襄助主任委員處理各項事宜。", "　（三）競賽組", "　　　　組長：體育組長　　組員：全體體育教師", "　　　　1.辦理各項比賽報名。", "　　　　2.登錄成績。", "　（四）典禮組：組長：訓育組長　　組員：各處室幹事", "　　　　負責開幕典禮之流程規劃。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number ?? d.text.slice(0, 2))])).toEqual([
      ["主任委員", ["綜理"]], ["副主任委員", ["襄助"]], ["競賽組", ["1", "2"]], ["典禮組", ["負責"]]]);
  });

  it("sets \"Ⅱ. 工作组分工\" and \"Ⅲ. 时间节点\" aside, and reads a plan's table of groups (工作组⇥组长⇥成员⇥主要职责) a group a row", () => {
    const doc = sheet("Ⅰ. 大会筹备领导小组", "职责：审定大会方案；决定大会重大事项。", "", "Ⅱ. 工作组分工", "", "1. 总协调组（组长：市场部经理 顾晨）", "  1) 制定大会总体方案；", "  2) 统筹协调各组工作。", "", "Ⅲ. 时间节点", "1) 3月15日前：完成方案审批；", "2) 4月17日：全流程彩排。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["大会筹备领导小组", 1], ["总协调组", 2]]);
    const table = sheet("二、工作组设置及职责", "", "工作组\t组长\t成员\t主要职责", "综合协调组\t行政部经理\t行政部、工会\t1.通知各工作组到位；", "\t\t\t2.起草事故报告。", "医疗救治组\tEHS部经理\t厂医\t1.组织现场急救；2.登记就医人员名单。");
    expect(roles(table).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["综合协调组", ["1", "2"]], ["医疗救治组", ["1", "2"]]]);
  });

  it("reads \"领导小组职责：统一领导…；决定…。\" under the group as the label and its duty on the line", () => {
    const doc = sheet("一、应急处置领导小组", "组  长：总经理 林志强", "成  员：行政部、人力资源部", "领导小组职责：统一领导应急处置工作；决定启动、终止应急响应。", "二、现场处置组", "1.立即停止供餐；", "2.保护现场。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["应急处置领导小组", ["统一领导应急处置工作；决定启动、终止应急响应。"]], ["现场处置组", ["立即停止供餐；", "保护现场。"]]]);
  });
});

describe("bilingual sheets of foreign-invested companies (probe set BR)", () => {
  it("reads \"Reports to: Managing Director 董事總經理\" as a field, not a block over a post, and sets \"Remarks 備註:\" and \"-- End of Document --\" aside", () => {
    const doc = sheet("A. Financial Controller 財務總監", "Reports to: Managing Director 董事總經理", "• Oversee the monthly management accounts.", "  監督編製每月管理賬目。", "• Lead the annual budgeting exercise.", "", "Remarks 備註: Staff are also expected to perform other duties.", "-- End of Document 完 --");
    expect(roles(doc).map((r) => [r.name, r.fields.map((f) => f.label), r.duties.length, r.blocks.length])).toEqual([["Financial Controller 財務總監", ["Reports to"], 2, 0]]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["closing", "closing"]);
  });

  it("reads \"職位（一）：倉務主任 Warehouse Supervisor\" as the post's field, numbered in brackets", () => {
    const doc = sheet("職位（一）：倉務主任 Warehouse Supervisor", "主要職責：", "(1) 管理倉庫日常運作；", "(2) 安排收發貨。", "", "職位（二）：客戶服務主任 Customer Service Officer", "主要職責：", "(1) 處理客戶訂單。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["倉務主任 Warehouse Supervisor", 2], ["客戶服務主任 Customer Service Officer", 1]]);
  });

  it("joins an item's Japanese line to it, reads \"【权限／権限】\" as the authority, and 任职者 as a field", () => {
    const doc = sheet("◆ 职位：营业课长／営業課長", "　任职者：田中 健一", "　职责一　营业目标管理／営業目標管理", "　　１．制定本课年度营业目标。", "　　　　課の年度営業目標を策定する。", "　　２．每月召开营业会议。", "　　　　毎月営業会議を開催する。", "　【权限／権限】", "　　１）新客户信用额度的审批。");
    expect(isDepartmentName("营业部／営業部")).toBe(true);
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties[0]!.children.map((c) => c.text), r.blocks.map((b) => b.type)])).toEqual([
      ["营业课长／営業課長", null, ["制定本课年度营业目标。課の年度営業目標を策定する。", "每月召开营业会议。毎月営業会議を開催する。"], ["authority"]]]);
  });

  it("names the post of \"一、村级动物防疫员：李小军　　联系电话：139****5621\" without its holder and his telephone (probe set BS)", () => {
    const doc = sheet("红星村村级农业公益性服务岗位及职责公示", "", "一、村级动物防疫员：李小军　　联系电话：139****5621", "    职责一：负责本村畜禽的强制免疫工作。", "    职责二：开展疫情巡查。", "二、村级护林员：张德福　　联系电话：135****2247", "    职责一：负责森林资源巡护。");
    expect([doc.title, roles(doc).map((r) => [r.name, r.duties.length])]).toEqual(["红星村村级农业公益性服务岗位及职责公示", [["村级动物防疫员", 2], ["村级护林员", 1]]]);
  });
});

describe("governance rules: articles on bodies, departments' functions, a Taiwanese 組織規程 (probe set BQ)", () => {
  it("names the body an article's sentence starts with, when it ends by introducing its duties", () => {
    const doc = sheet("第七条　集团党委会是“三重一大”事项的前置研究讨论机构，主要职责：", "（一）研究讨论涉及党的建设的重大事项；", "（二）讨论决定重要人事任免事项。", "第八条　董事会是经营决策主体。", "第十二条　集团纪委对“三重一大”决策制度执行情况履行监督职责：", "（一）监督决策程序的执行；", "（二）受理有关问题的举报。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["集团党委会", 2], ["集团纪委", 2]]);
  });

  it("reads 部门定位 as a department's summary, 主要职能 as the label of its list and 内设岗位 as a block aside", () => {
    const doc = sheet("一、综合办公室", "（一）部门定位", "综合办公室是公司综合协调和行政服务的职能部门。", "（二）主要职能", "职责一：行政事务管理", "1. 负责公文处理；", "2. 负责会议组织。", "（三）内设岗位：主任1人、行政专员2人。");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.map((d) => [d.number, d.children.length]), r.blocks.map((b) => b.type)])).toEqual([
      ["综合办公室", "综合办公室是公司综合协调和行政服务的职能部门。", [["一", 2]], ["other"]]]);
  });

  it("reads \"第三條（董事長職責）\" over its wrapped paragraph as the post and one duty, and \"（二）總務採購：\" after \"（一）人事行政：\" as the next group", () => {
    const doc = sheet("第三條（董事長職責）", "董事長對內為股東會及董事會主席，對外代表公司，並依董事會授權", "處理公司重要事務。", "第五條（各單位職掌）", "本公司各單位之職掌如下：", "一、管理處", "（一）人事行政：", "１．人員招募、任用及考核。", "（二）總務採購：", "１．辦公設備之採購及管理。", "２．固定資產之盤點。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.children.length])])).toEqual([["董事長", [[null, 0]]], ["管理處", [["一", 1], ["二", 2]]]]);
    expect(roles(doc)[0]!.duties[0]!.text).toBe("董事長對內為股東會及董事會主席，對外代表公司，並依董事會授權處理公司重要事務。");
  });
});

describe("a general manager's rules and an audit standard (probe set BQ)", () => {
  it("reads \"（二）副总经理\" over a wrapped paragraph as the post and one duty, and sets \"四、总经理办公会议\" aside as a part on a meeting", () => {
    const doc = sheet("总经理工作细则", "", "三、高级管理人员的职责分工", "（一）总经理", "1.主持公司的生产经营管理工作；", "2.组织实施董事会决议。", "（二）副总经理", "副总经理协助总经理工作，按照分工分管生产、营销等业务，", "并对分管工作的质量和进度负责。", "四、总经理办公会议", "总经理办公会议每月召开一次。", "会议研究的主要事项：", "1.研究公司经营计划的落实措施；", "2.研究公司重要管理制度。");
    expect([doc.title, roles(doc).map((r) => [r.name, r.duties.length])]).toEqual(["总经理工作细则", [["总经理", 2], ["副总经理", 1]]]);
  });

  it("reads \"4.3　审计部权限\" after \"4.2　审计部职责\" as the unit's authority", () => {
    const doc = sheet("4　职责与权限", "4.2　审计部职责", "4.2.1　编制年度审计计划；", "4.2.2　组织经济责任审计。", "4.3　审计部权限", "4.3.1　要求被审计单位报送有关资料；", "4.3.2　参加集团有关会议。");
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.blocks.map((b) => [b.type, b.items.length])])).toEqual([["审计部", 2, [["authority", 2]]]]);
  });
});

describe("sheets that went through OCR (probe set BN)", () => {
  it("reads \"—、生产部\" as 一、 and \"l.在总经理领导下…\" as item 1, keeping the numbers as written", () => {
    expect([matchMarker("—、生产部")?.ordinal, matchMarker("—、生产部")?.number, matchMarker("l.在总经理领导下，全面负责")?.ordinal, matchMarker("l.在总经理领导下")?.number, matchMarker("l. apple")?.style.id]).toEqual([1, "—", 1, "l", "latin"]);
    const doc = sheet("生 产 系 统 岗 位 职 责", "", "—、生产部", "(一)生产部经理", "l.全面负责生产部的日常管理工作。", "2.组织编制生产计划。", "(二)车间主任", "l.组织完成车间生产任务。", "二、质量部", "(一)检验员", "l.负责进料检验。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.map((d) => d.number)])).toEqual([["生产部经理", "生产部", ["l", "2"]], ["车间主任", "生产部", ["l"]], ["检验员", "质量部", ["l"]]]);
  });

  it("knows a running header after the document's code, with a stray mark at its end on one page", () => {
    const lines = ["生产系统岗位职责", "一、车间主任", "1.负责车间生产；", "2.严格执行工艺文件，对本车间产品质量负", "", "恒锐公司          受控文件              第 1 页 共 3 页", "HR-ZD-012    生产系统岗位职责                            |", "", "直接责任。", "3.负责设备管理。", "", "恒锐公司          受控文件              第 2 页 共 3 页", "HR-ZD-012    生产系统岗位职责", "4.完成交办的工作。"];
    const doc = sheet(...lines);
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["车间主任", ["负责车间生产；", "严格执行工艺文件，对本车间产品质量负直接责任。", "负责设备管理。", "完成交办的工作。"]]]);
    expect(doc.ignored.filter((i) => i.reason === "page-noise").map((i) => i.line)).toEqual([6, 7, 12, 13]);
  });
});

describe("more of OCR's misreadings (probe set BN)", () => {
  it("reads \"8.2.l\" and \"8. 2. 3\" as clauses 8.2.1 and 8.2.3, a post over a paragraph cut at the page's width, and a trailing stray mark off the post's name", () => {
    expect([matchMarker("8.2.l 贯彻执行法律法规")?.path, matchMarker("8. 2. 3 组织召开项目例会")?.number, matchMarker("1.5 亿元")?.number]).toEqual([[8, 2, 1], "8.2.3", "1.5"]);
    const doc = sheet("8.6 安全员 ~", "8.6.1 负责现场安全检查。", "8.6.2 组织安全教育。", "8.7 材料员", "负责材料采购计划的编制、材料进场验收、保管和发放，建立材", "料台账，每月进行盘点。", "8.8 资料员", "8.8.l 负责资料归档。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["安全员", ["8.6.1", "8.6.2"]], ["材料员", [null]], ["资料员", ["8.8.l"]]]);
  });

  it("reads a letter-spaced heading's first letter as no Roman numeral, and \"(3)\" after \"①\" and \"②\" as the list's next item", () => {
    expect(lexLines("X 市 第 二 人 民 医 院\n护理部主任")[0]!.marker).toBeNull();
    const doc = sheet("科护士长", "【岗位职责】", "① 制定本片区护理工作计划。", "② 检查护理质量。", "(3)组织护理查房。", "(4)负责护士的业务培训：", "a.新入职护士岗前培训；", "c.专科护士的培养。", "⑤ 审查护理不良事件。");
    expect(roles(doc)[0]!.duties.map((d) => d.number)).toEqual(["①", "②", "3", "4", "⑤"]);
  });
});

describe("a station's posts and a pig farm's wall sheet (probe sets BO, BS)", () => {
  it("joins \"1、2号线换乘通道…\" to the item whose line ended mid-sentence, no item 1", () => {
    const doc = sheet("站厅巡视岗", "1. 负责站厅、出入口及", "1、2号线换乘通道的巡视，维持乘车秩序。", "2. 负责闸机的日常巡视。");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["负责站厅、出入口及1、2号线换乘通道的巡视，维持乘车秩序。", "负责闸机的日常巡视。"]);
  });

  it("reads \"场长职责　　责任人：王建国\" as the post's heading with its holder beside it", () => {
    const doc = sheet("宏达生猪养殖场岗位责任制", "", "场长职责　　责任人：王建国", "1、全面负责本场的生产经营。", "2、制定年度生产计划。", "", "饲养员职责　　责任人：李四", "1、按时饲喂。");
    expect([doc.title, roles(doc).map((r) => [r.name, r.duties.length])]).toEqual(["宏达生猪养殖场岗位责任制", [["场长", 2], ["饲养员", 1]]]);
  });
});

describe("a Malaysian bilingual manual (probe set BR)", () => {
  it("reads \"PART B  ORGANISATION 组织架构\" and \"Chapter 3\" as parts, and \"HR Manual Issue 3 Rev 0 – Page 27\" as a page's footer", () => {
    expect(["PART B  ORGANISATION 组织架构", "Chapter 3 Duties", "Part IV Scope", "PART-time staff", "PARTNER"].map((t) => { const m = matchMarker(t); return m && [m.style.id, m.number, m.ordinal]; })).toEqual([["part", "B", 2], ["part", "3", 3], ["part", "IV", 4], null, null]);
    const doc = sheet("PART B  ORGANISATION 组织架构", "7.1 The Company is organised into four departments.", "PART C  JOB DESCRIPTIONS 职位说明", "9.2  QC Inspector 品质检验员", "To carry out incoming and final inspections according to the inspection plan,", "HR Manual Issue 3 Rev 0 – Page 27", "and tag nonconforming parts for segregation.");
    expect(doc.sections.map((s) => s.title)).toEqual(["PART B  ORGANISATION 组织架构", "PART C  JOB DESCRIPTIONS 职位说明"]);
    expect(doc.ignored.find((i) => i.line === 6)?.reason).toBe("page-noise");
  });
});

describe("a bus company's departments and a power company's manual (probe sets BO, BP)", () => {
  it("reads 调度长 as a post, so \"一、运营调度部\" over its description and \"（一）调度长\" is the department", () => {
    const doc = sheet("一、运营调度部", "运营调度部是分公司营运生产的指挥中心，下设调度长1名、线路调度员若干名。", "（一）调度长", "1．编制线路行车作业计划。", "2．负责调度员的日常管理。", "（二）线路调度员", "1．监控车辆运行。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["调度长", "运营调度部", 2], ["线路调度员", "运营调度部", 1]]);
  });

  it("reads \"5.2.3　技術員\" over a paragraph, after the post \"5.2.2\" and before the next chapter, as a post with one duty", () => {
    const doc = sheet("5.2　配電網絡維修部", "5.2.2　高級技術員", "(a)　負責地下電纜的接駁。", "(b)　指導技術員的工作。", "5.2.3　技術員", "在高級技術員指導下進行電纜接駁及一般保養工作，嚴格遵守工作許可證上的", "安全指示，工作完成後清理現場。", "", "第6章　交更程序", "6.1　交更時間為每日07:00。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["高級技術員", ["a", "b"]], ["技術員", [null]]]);
  });
});

describe("a bilingual job description's form (probe set BR)", () => {
  it("reads 直接下属 as a field, joins an English line to a Chinese item that starts with a number, and sets the employee's acknowledgement aside", () => {
    const doc = sheet("职位名称 Job Title：质量经理 Quality Manager", "直接下属 Direct Reports：质量工程师、检验主管 QE, Inspection Supervisor", "", "主要职责 Key Responsibilities", "1. 处理客户投诉：", "   a. 24小时内组织围堵措施并回复客户；", "      Organize containment within 24 hours and respond to the customer;", "   b. 组织8D分析。", "      Lead 8D analysis.", "2. 主导质量改进项目 Lead quality improvement projects", "", "员工确认 Employee Acknowledgement：本人已阅读并理解上述职责。");
    const role = roles(doc)[0]!;
    expect([role.name, role.fields.map((f) => f.label), role.duties[0]!.children.map((c) => c.text), role.duties.length]).toEqual([
      "质量经理 Quality Manager", ["直接下属"], ["24小时内组织围堵措施并回复客户；Organize containment within 24 hours and respond to the customer;", "组织8D分析。Lead 8D analysis."], 2]);
    expect(doc.ignored.at(-1)?.reason).toBe("closing");
  });
});

describe("a law firm's rules and a lender's control matrix (probe sets BZ, BT)", () => {
  it("reads an article whose last sentence announces the post's list (\"…连选连任。主任履行下列职责：\") as the post", () => {
    const doc = sheet("第二章　岗位设置及职责", "第四条　本所设主任一名，由合伙人会议从合伙人中选举产生，任期三年。主任履行下列职责：", "（一）主持本所日常工作；", "（二）召集和主持合伙人会议。", "第五条　合伙人的职责：", "（一）出席合伙人会议。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["主任", 2], ["合伙人", 1]]);
  });

  it("reads a table copied from Word with its cells' line breaks unquoted, and a 不相容岗位 column as a block of each post", () => {
    const doc = sheet("序号\t部门\t岗位\t主要职责\t不相容岗位", "1\t业务部\t部门经理\t1.组织制定年度业务计划；", "2.审核调查报告；", "3.负责部门人员管理。\t贷审会委员（本人经办业务回避）", "2\t\t客户经理\t1.负责客户开发；", "2.开展贷前调查。\t风险审查岗、放款岗");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.map((d) => d.text), r.blocks.map((b) => [b.type, b.items.map((i) => i.text)])])).toEqual([
      ["部门经理", "业务部", ["组织制定年度业务计划；", "审核调查报告；", "负责部门人员管理。"], [["other", ["贷审会委员（本人经办业务回避）"]]]],
      ["客户经理", "业务部", ["负责客户开发；", "开展贷前调查。"], [["other", ["风险审查岗、放款岗"]]]],
    ]);
  });
});

describe("an e-mail on the three posts and a college's notice on its leading group (probe set BU)", () => {
  it("sets an e-mail's header, its signature under \"--\" and the quoted earlier message's header aside, and reads \"系统管理员：张磊（B角：孙浩）\" over its list as the post", () => {
    const doc = sheet("发件人: 李建国 <li@example.com>", "发送时间: 2024年6月3日 17:42", "收件人: 张磊; 王芳", "主题: 回复: 三员分工及职责", "", "各位好，", "", "系统管理员：张磊（B角：孙浩）", "1）负责服务器的日常运维；", "2）负责账号的开通和注销。", "", "安全管理员：王芳", "1）负责防火墙的策略管理；", "", "谢谢！", "", "--", "李建国", "信息技术部 经理", "电话：0571-8802xxxx", "", "-----原始邮件-----", "发件人: 周卫东", "主题: 等保测评整改");
    expect([doc.title, roles(doc).map((r) => [r.name, r.duties.length])]).toEqual([null, [["系统管理员", 2], ["安全管理员", 1]]]);
    expect(doc.ignored.filter((i) => i.reason === "email").map((i) => i.line)).toEqual([1, 2, 3, 4, 22, 23, 24]);
    expect(doc.ignored.filter((i) => i.line >= 17 && i.line <= 20).map((i) => i.reason)).toEqual(["closing", "closing", "closing", "closing"]);
  });

  it("keeps a group's second leader, indented under the first, with the group's staff, and reads 领导小组 and 领导小组办公室 as units", () => {
    const doc = sheet("一、领导小组组成", "组  长：王建华  党委书记", "        刘志远  校长", "副组长：陈  静  副校长", "", "二、领导小组职责", "1、统筹协调重大问题；", "2、审议发展规划。", "", "三、领导小组办公室职责", "1、承担领导小组日常工作。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["领导小组", 2], ["领导小组办公室", 1]]);
    expect(doc.ignored.filter((i) => i.reason === "field").map((i) => i.line)).toEqual([2, 3, 4]);
  });

  it("reads the last cell's lines after a row that Word copied over several lines, up to the next row", () => {
    const doc = sheet("序号\t岗位\t岗位职责\t任职要求", "1\tIT值班经理\t1.按排班表on-call；", "2.提交事件报告。\t1.本科及以上学历；", "2.5年以上运维经验；", "3.具备应急协调能力。", "2\t资产管理员\t1.维护CMDB；", "2.组织资产盘点。\t大专及以上学历。");
    expect(roles(doc).map((r) => [r.name, r.duties.length, r.blocks.map((b) => b.items.length)])).toEqual([["IT值班经理", 2, [3]], ["资产管理员", 2, [1]]]);
  });
});

describe("a social-work station's notice and a nursing home's shifts (probe set BY)", () => {
  it("reads posts named with their holders after a colon (\"三、社会工作者（困难群众服务组）：吴佳琪、朱伟\"), and a paragraph typed with its first line indented as one duty", () => {
    const doc = sheet("一、站长：沈建华", "    全面主持社工站工作。负责工作对接；负责年度计划的制定；", "负责站内人员管理；负责经费使用审核。", "", "二、社会工作者（困难群众服务组）：吴佳琪、朱伟", "    ①负责困难群众的走访探视；", "    ②开展个案服务。", "", "三、行政及档案管理：顾晓敏（兼）", "    负责站内考勤和物资管理。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.line)])).toEqual([["站长", [2]], ["社会工作者（困难群众服务组）", [6, 7]], ["行政及档案管理", [10]]]);
  });

  it("reads a shift's post with its hours (\"白班护理员（7:00—15:00）\") over its timetable, a slot's line indented under its words going on with it", () => {
    const doc = sheet("白班护理员（7:00—15:00）", "7:00—7:20   参加晨间交接班。", "7:20—8:00   协助老人洗漱，为有需要的老人", "            做口腔护理。", "8:00—8:40   分发早餐。", "", "大夜班护理员（23:00—次日7:00）", "① 23:00接班。", "② 每2小时巡视一次。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.line, d.endLine])])).toEqual([["白班护理员（7:00—15:00）", [[2, 2], [3, 4], [5, 5]]], ["大夜班护理员（23:00—次日7:00）", [[8, 8], [9, 9]]]]);
  });
});

describe("a renovation firm's handbook and a furniture plant's table (probe sets BW, BX)", () => {
  it("reads \"【工程部】\" over \"◆ 工程部经理  刘志明\" as the next department, 项目监理 and 工长 as posts, and a Roman item glued after a semicolon (\"…；Ⅲ. 负责…\")", () => {
    const doc = sheet("【设计部】", "◆ 设计助理", "⑴ 协助设计师完成量房；", "⑵ 负责设计档案的维护。", "", "【工程部】", "◆ 工程部经理  刘志明", "① 全面负责施工管理；", "② 审核材料计划。", "◆ 项目监理（质检）", "① 巡查工地施工质量；", "◆ 工长（施工队长）", "Ⅰ. 组织开工交底；", "Ⅱ. 安排各工种进场；Ⅲ. 组织竣工保洁。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.map((d) => d.number)])).toEqual([
      ["设计助理", "设计部", ["⑴", "⑵"]], ["工程部经理", "工程部", ["①", "②"]], ["项目监理（质检）", "工程部", ["①"]], ["工长（施工队长）", "工程部", ["Ⅰ", "Ⅱ", "Ⅲ"]],
    ]);
  });

  it("numbers each row's duty from a 序号 column after the post's, under a merged post cell, a cell of several lines between quotes going on with its item", () => {
    const doc = sheet("部门\t岗位\t序号\t工作职责\t备注", "生产部\t生产经理\t1\t全面负责车间的生产管理\t", "\t\t2\t审批车间生产计划\t", "\t车间主任\t1\t按计划组织各工序生产\t", "\t\t2\t\"控制板材利用率；", "余料登记入余料仓\"\t板材利用率≥88%", "\t\t3\t车间安全、5S管理\t");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.map((d) => [d.number, d.text, d.line, d.endLine])])).toEqual([
      ["生产经理", "生产部", [["1", "全面负责车间的生产管理", 2, 2], ["2", "审批车间生产计划", 3, 3]]],
      ["车间主任", "生产部", [["1", "按计划组织各工序生产", 4, 4], ["2", "控制板材利用率；余料登记入余料仓", 5, 6], ["3", "车间安全、5S管理", 7, 7]]],
    ]);
    expect(lostLines(doc, "部门\t岗位\t序号\t工作职责\t备注\n生产部\t生产经理\t1\t全面负责车间的生产管理\t\n\t\t2\t审批车间生产计划\t\n\t车间主任\t1\t按计划组织各工序生产\t\n\t\t2\t\"控制板材利用率；\n余料登记入余料仓\"\t板材利用率≥88%\n\t\t3\t车间安全、5S管理\t")).toEqual([]);
  });
});

describe("a food plant's work instruction (probe set BX)", () => {
  it("reads clauses numbered in Chinese over dotted posts (\"四、岗位作业内容\" over \"4.1 包装线班长\") as sections, sets the clauses before them aside, and takes no dated field for the title", () => {
    const doc = sheet("生效日期：2024-01-08", "", "包装线岗位作业指导书", "", "一、目的", "明确包装线各岗位的工作内容。", "二、适用范围", "适用于速冻车间包装一线和二线的全部岗位。", "四、岗位作业内容", "4.1 包装线班长", "a. 查看交接记录；", "b. 召开班前会。", "4.2 包装操作工", "⑴ 按规定更衣；", "五、相关记录", "《金属探测记录表》");
    expect([doc.title, doc.sections.map((s) => [s.title, s.roles.map((r) => r.name)])]).toEqual(["包装线岗位作业指导书", [["四、岗位作业内容", ["包装线班长", "包装操作工"]], ["五、相关记录", []]]]);
    expect(doc.ignored.filter((i) => i.line >= 5 && i.line <= 8).map((i) => i.reason)).toEqual(["introduction", "introduction", "introduction", "introduction"]);
  });
});

describe("a Taiwanese care agency's rules and a testing lab's procedure (probe sets BY, BV)", () => {
  it("keeps \"三、定期督導：\" an item of the post's list (定期 starts no post's name) and reads 社會工作人員 as a post", () => {
    const doc = sheet("第五條　居家服務督導員職責如下：", "　一、受理轉介之服務個案。", "　二、安排照顧服務員。", "　三、定期督導：", "　　（一）每月至少實地督導一次。", "　四、處理個案之申訴。", "第七條　社會工作人員職責如下：", "　一、評估個案之需求。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.children.length])])).toEqual([["居家服務督導員", [["一", 0], ["二", 0], ["三", 1], ["四", 0]]], ["社會工作人員", [["一", 0]]]]);
  });

  it("reads \"四、報告簽署人：\" and \"五、檢測人員：依標準方法執行檢測…。\" after the posts numbered before them as posts, the second with its summary", () => {
    const doc = sheet("三、技術主管：", "（一）負責技術作業。", "（二）檢測方法之選用：", "    1.擬訂訓練計畫。", "四、報告簽署人：", "（一）審查及簽署檢測報告。", "五、檢測人員：依標準方法執行檢測，並對數據之正確性負責。", "（一）執行樣品前處理及分析。", "（二）執行儀器日常查核。");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.length])).toEqual([["技術主管", null, 2], ["報告簽署人", null, 1], ["檢測人員", "依標準方法執行檢測，並對數據之正確性負責。", 2]]);
  });
});

describe("a monitoring station's wall sheet (probe set BV)", () => {
  it("reads a two-character post spread over its box (\"【站  长】\") as the post, and the mottos spread across the sheet's foot as its closing", () => {
    const doc = sheet("          青 山 县 生 态 环 境 监 测 站", "              岗  位  职  责", "", "【站  长】", "⑴ 全面负责监测站工作。", "⑵ 批准年度监测计划。", "", "【质量负责人】", "⑴ 组织内部审核。", "", "    安全第一        数据为本        质量至上", "                      青山县生态环境监测站  二〇二二年三月");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["站长", 2], ["质量负责人", 1]]);
    expect(doc.ignored.filter((i) => i.line >= 11).map((i) => i.reason)).toEqual(["closing", "closing"]);
  });
});

describe("a WeChat article on supervision posts, copied as Markdown (probe set BW)", () => {
  it("sets aside the links to other articles under \"**往期推荐**\", the copyright notice and the call to like the article", () => {
    const doc = parseMarkdown(["## 监理员", "", "1. 检查进场材料；", "2. 做好旁站记录。", "", "**往期推荐**", "", "- [监理日志到底怎么写？](https://mp.weixin.qq.com/s/a)", "- [旁站记录填写要点](https://mp.weixin.qq.com/s/b)", "", "来源：网络，版权归原作者所有，如有侵权请联系删除。", "", "喜欢就点个**在看**吧"].join("\n"));
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["监理员", 2]]);
    expect(doc.ignored.filter((i) => i.line >= 6).map((i) => [i.line, i.reason])).toEqual([[6, "advertising"], [8, "advertising"], [9, "advertising"], [11, "advertising"], [13, "advertising"]]);
  });
});

describe("a bank branch's wall chart (probe set BT)", () => {
  it("splits two bullets glued on a line after a wide space, reads \"【客户经理】  姓名：周  强\" and \"【保安员】 ××保安服务有限公司派驻\" after a blank line as the next posts, and a post's one paragraph as its duty", () => {
    const doc = sheet("【大堂经理】  姓名：李娜", "● 引导客户分流", "● 维护营业厅秩序  ● 巡检自助设备运行情况", "", "【客户经理】  姓名：周  强", "个人贷款营销与贷前调查，", "做好交叉营销。", "", "【保安员】 ××保安服务有限公司派驻", "● 负责营业期间安全保卫", "● 协助维护营业秩序");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.line, d.column, d.text])])).toEqual([
      ["大堂经理", [[2, 1, "引导客户分流"], [3, 1, "维护营业厅秩序"], [3, 12, "巡检自助设备运行情况"]]],
      ["客户经理", [[6, 1, "个人贷款营销与贷前调查，做好交叉营销。"]]],
      ["保安员", [[10, 1, "负责营业期间安全保卫"], [11, 1, "协助维护营业秩序"]]],
    ]);
  });
});

describe("a metrology station's and a design institute's rules (probe sets BV, BW)", () => {
  it("reads \"第七条  检定员职责  检定员须持有…证书。\" as the post with its summary, and 审核人 and 审定人 as posts, one over a paragraph that is its duty", () => {
    const doc = sheet("第七条  检定员职责  检定员须持有相应项目的计量检定员证。", "（一）严格按照检定规程进行检定；", "（二）正确填写原始记录。", "第八条  审核人职责：", "（一）审核设计文件；", "第九条  审定人职责：", "审定人一般由院总工担任，对设计文件进行审定，对审定的内容负责。");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.length])).toEqual([["检定员", "检定员须持有相应项目的计量检定员证。", 2], ["审核人", null, 1], ["审定人", null, 1]]);
  });
});

describe("a data centre's duty manual and a notary office's compilation (probe sets BU, BZ)", () => {
  it("reads a dotted post over a paragraph before the next chapter numbered with a space (\"5  交接班要求\")", () => {
    const doc = sheet("4  岗位职责", "4.3  值班员", "4.3.1  按巡检路线每2小时巡检一次；", "4.3.2  实时监控告警。", "4.4  二线on-call工程师", "由各专业组按周轮值，非工作时间电话待命，接到电话后10分钟内远程接入，", "处理完毕后2小时内填写工单。", "", "5  交接班要求", "5.1  交接班须当面进行。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["值班员", 2], ["二线on-call工程师", 1]]);
  });

  it("drops who holds a post from its name (\"站长（由公证处副主任兼任）\"), and takes the title repeated over every page where it first stands", () => {
    const page = ["明德公证处及法律援助工作站岗位职责汇编", ""];
    const doc = sheet("明德公证处内部文件　　　　明公〔2023〕12号", "", ...page, "一、站长（由公证处副主任兼任）", "（一）主持工作站全面工作；", "（二）审批法律援助申请。", "", "第 1 页", "", ...page, "二、值班律师", "（一）解答法律咨询；", "", "第 2 页", "", ...page, "三、联络员", "（一）登记来访；");
    expect([doc.title, doc.titleLine, roles(doc).map((r) => r.name)]).toEqual(["明德公证处及法律援助工作站岗位职责汇编", 3, ["站长", "值班律师", "联络员"]]);
  });
});

describe("a tender's chapter on its project team (probe set BW)", () => {
  it("sets a table's caption numbered within its chapter (\"表5-2  主要管理人员岗位职责表\") aside, and reads \"5.2 项目管理机构主要人员岗位职责\" as a heading over the posts", () => {
    const doc = sheet("5.2 项目管理机构主要人员岗位职责", "表5-2  主要管理人员岗位职责表", "序号\t岗位\t主要职责", "1\t项目经理\t（1）履行施工合同；", "\t\t（2）组建项目经理部。", "2\t技术负责人\t（1）组织图纸会审。");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.length])).toEqual([["项目经理", null, 2], ["技术负责人", null, 1]]);
    expect(doc.ignored.find((i) => i.line === 2)?.reason).toBe("heading");
  });
});

describe("a hospital laboratory's posts and a garment plant's sheet (probe sets BV, BX)", () => {
  it("reads \"…各级人员岗位职责\" as the title, \"Ⅰ. 管理岗位\" and \"Ⅱ. 技术岗位\" as headings over posts, a paragraph cut at the page's width as one duty, and \"检验科  2023年5月修订\" as the closing", () => {
    const width = "负责门诊、住院标本的接收、核对、登记、分拣和离心前处理，";
    const doc = sheet("检验科各级人员岗位职责", "", "Ⅰ. 管理岗位", "1．检验科主任", "（1）全面负责科室管理；", "（2）主持质量管理。", "Ⅱ. 技术岗位", "2．标本前处理岗", width, "对标本采集时间、送检时间、标本质量进行核查并记录，保证标", "本在规定时间内送达各专业组。协助做好标本的保存与销毁。", "", "                    检验科  2023年5月修订");
    expect([doc.title, roles(doc).map((r) => [r.name, r.duties.map((d) => [d.line, d.endLine])])]).toEqual(["检验科各级人员岗位职责", [["检验科主任", [[5, 5], [6, 6]]], ["标本前处理岗", [[9, 11]]]]]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[3, "heading"], [7, "heading"], [13, "closing"]]);
  });

  it("sets \"一、组织架构\" and its chart aside", () => {
    const doc = sheet("生产部岗位职责", "一、组织架构", "生产部（生产经理）", "├─ 裁床车间（裁床主管）", "└─ 缝制车间（车间主任）", "二、岗位职责", "（一）生产经理", "1）制定生产计划；", "2）组织生产。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["生产经理", 2]]);
    expect(lostLines(doc, "生产部岗位职责\n一、组织架构\n生产部（生产经理）\n├─ 裁床车间（裁床主管）\n└─ 缝制车间（车间主任）\n二、岗位职责\n（一）生产经理\n1）制定生产计划；\n2）组织生产。")).toEqual([]);
  });
});

describe("an estate agency's wall sheet (probe set BZ)", () => {
  it("sets a shop's pledges to its customers aside (\"—— 门店服务承诺 ——\" over its numbered list)", () => {
    const doc = sheet("★ 店长", "① 负责门店经营管理；", "② 每日检查门窗电源。", "", "—— 门店服务承诺 ——", "1. 房源真实，明码标价", "2. 收费公开，不收取任何额外费用");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["店长", 2]]);
    expect(doc.ignored.filter((i) => i.line >= 5).map((i) => i.line)).toEqual([5, 6, 7]);
  });
});

describe("e-mails written from an English or a Taiwanese mail client (probe set BU)", () => {
  it("sets aside a header in English (From, Sent, To, Subject) and one in Traditional Chinese (寄件者, 收件者, 主旨)", () => {
    for (const head of [["From: Li Jianguo <li@example.com>", "Sent: Monday, June 3, 2024 5:42 PM", "To: Zhang Lei; Wang Fang", "Subject: 三员分工"], ["寄件者: 李建國", "寄件日期: 2024年6月3日 17:42", "收件者: 張磊", "主旨: 三員分工"]]) {
      const doc = sheet(...head, "", "系统管理员：张磊", "1）负责服务器运维；", "2）负责账号管理。");
      expect([doc.title, roles(doc).map((r) => [r.name, r.duties.length]), doc.ignored.filter((i) => i.reason === "email").length]).toEqual([null, [["系统管理员", 2]], 4]);
    }
  });
});

describe("an e-mail's afterthoughts (probe set BU)", () => {
  it("reads \"另外：\" after the posts' lists, and the bullets under it, as the closing", () => {
    const doc = sheet("安全审计员：赵敏", "a. 每周检查操作记录；", "b. 每月出审计报告。", "", "另外：", "- 网络管理员仍由孙浩负责；", "- 三员的账号下周一前重新划分。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["安全审计员", 2]]);
    expect(doc.ignored.filter((i) => i.line >= 5).map((i) => i.reason)).toEqual(["closing", "closing", "closing"]);
  });
});

describe("a Hong Kong forwarder's job description in Chinese and English (probe set CD)", () => {
  it("keeps \"Position: …\" under \"職位：…\" a field of the same post, the department without its English, and the summary under \"職位概要 Job Summary\"", () => {
    const doc = sheet("職位：海運出口操作主任", "Position: Sea Freight Export Operations Officer", "部門：海運部 (Sea Freight Department)", "", "職位概要 Job Summary", "負責海運出口貨物的訂艙及跟進出運。", "Responsible for export bookings and shipment follow-up.", "", "主要職責 Key Responsibilities", "1. 接收客戶訂艙委託。", "2. 安排拖車提櫃。");
    const role = roles(doc)[0]!;
    expect([roles(doc).length, role.name, role.department, role.summary, role.duties.length, role.fields.map((f) => f.label)]).toEqual([1, "海運出口操作主任", "海運部", "負責海運出口貨物的訂艙及跟進出運。Responsible for export bookings and shipment follow-up.", 2, ["Position", "部門", "職位概要"]]);
  });
});

describe("a dealership's notice in its staff chat (probe set CA)", () => {
  it("reads posts with the people it mentions after them (\"3. 服务顾问 @陈静 @赵强\") as the posts, and \"另外几点：\" after them as the closing", () => {
    const doc = sheet("各位同事：", "1. 展厅经理 @刘洋", "① 每天主持晨会", "② 每周复盘战败客户", "", "2. 客服回访 @周敏", "① 交车后3天内回访", "", "另外几点：", "1）上班必须穿工装", "2）有问题私聊我");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["展厅经理", 2], ["客服回访", 1]]);
    expect(doc.ignored.filter((i) => i.line >= 9).map((i) => i.reason)).toEqual(["closing", "closing", "closing"]);
  });
});

describe("a courier outlet's chat notice (probe set CD)", () => {
  it("sets the group's name with its member count aside as chat, and reads \"二、派件员 小刘 老王 阿强\" as the post its people hold", () => {
    const doc = sheet("兔喜驿站·南湖片区工作群（48）", "", "【双十一期间岗位分工】", "一、派件员 小刘 老王 阿强", "1.每人负责自己片区", "2.生鲜件当天必须送完", "二、前台/客服（小周）", "1.核对取件码");
    expect([doc.ignored[0]?.reason, roles(doc).map((r) => [r.name, r.duties.length])]).toEqual(["chat", [["派件员", 2], ["前台/客服", 1]]]);
  });
});

describe("qualifiers in brackets that look like a colleague's nickname (probe set CD, review)", () => {
  it("keeps \"（小儿）\" and \"（老年）\" in a post's name, and drops \"（老王）\"", () => {
    const doc = sheet("一、护士（小儿）", "1.负责患儿护理；", "二、社工（老年）", "1.开展探访；", "三、派件员（老王）", "1.负责派件。");
    expect(roles(doc).map((r) => r.name)).toEqual(["护士（小儿）", "社工（老年）", "派件员"]);
  });
});

describe("a pharmacy's wall sheet (probe set CB)", () => {
  it("joins a bullet's line that ends with \"、\" and the indented line under it, though that line ends as a post does (\"…报店长\")", () => {
    const doc = sheet("【营业员】", "· 按要求分类陈列药品", "· 每月检查陈列药品，发现过期、破损、", "  霉变等问题及时下架并报店长", "· 凭身份证登记销售", "", "【收银员】", "① 准确录入商品");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["营业员", ["按要求分类陈列药品", "每月检查陈列药品，发现过期、破损、霉变等问题及时下架并报店长", "凭身份证登记销售"]], ["收银员", ["准确录入商品"]]]);
  });

  it("reads a lone \"★\" sentence over a post's numbered list as its summary, and sets \"温馨提示：…\" after a gap aside", () => {
    const doc = sheet("【店长】 李春燕", "★ 门店第一负责人，对本店经营负总责", "① 每日开店前检查店容店貌", "② 负责门店排班", "", "温馨提示：处方药凭处方销售  请在医生指导下使用");
    const role = roles(doc)[0]!;
    expect([role.summary, role.duties.map((d) => d.text)]).toEqual(["门店第一负责人，对本店经营负总责", ["每日开店前检查店容店貌", "负责门店排班"]]);
    expect(doc.ignored.at(-1)).toMatchObject({ line: 6, reason: "closing" });
  });

  it("keeps a \"★\" that dresses a post's heading a heading (\"★店长（兼采购）\")", () => {
    const doc = sheet("★店长（兼采购）", "1. 负责门店经营；", "2. 负责采购。");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.length])).toEqual([["店长（兼采购）", null, 2]]);
  });
});

describe("a forwarder's manual (probe set CD)", () => {
  it("reads \"（一）海运操作\" over \"岗位概述：…\" and \"职责一：…\" as a post under its department, and \"内部：…\" under 工作关系 as no department", () => {
    const doc = sheet("Ⅰ. 操作部", "（一）海运操作", "岗位概述：负责海运货物的全流程操作。", "职责一：订舱管理", "根据客户委托书及时订舱。", "（二）单证员", "职责一：负责出口单证的制作。", "工作关系：", "内部：操作部、关务部", "外部：客户、船公司");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["海运操作", "操作部", 1], ["单证员", "操作部", 1]]);
    expect(roles(doc)[1]!.blocks.map((b) => b.items.map((i) => i.text))).toEqual([["内部：操作部、关务部", "外部：客户、船公司"]]);
  });
});

describe("a courier outlet's chat notice, its shifts (probe set CD)", () => {
  it("reads \"一、早班分拣（5:30到岗）\" as the first post when \"二、派件员\" is the second, and drops \"（小周负责）\" from a post's name", () => {
    const doc = sheet("一、早班分拣（5:30到岗）", "1.车到后先卸车", "2.扫到件要及时入库", "二、派件员 小刘 老王", "1.每人负责自己片区", "三、寄件/退件（小周负责）", "1、上门寄件的预约单派给派件员");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["早班分拣（5:30到岗）", 2], ["派件员", 1], ["寄件/退件", 1]]);
  });
});

describe("a telecom operator's scheme of grid units (probe set CC)", () => {
  it("reads numbered units each over a paragraph, wrapped or naming the unit first, as units, and sets a part on principles or on appraisal and rewards aside", () => {
    const doc = sheet("二、组织机构及职责", "（一）网格化管理领导小组", "主要职责：", "1．统筹推进网格化改革；", "2．审定网格划分方案。", "（二）网格管理办公室", "    网格管理办公室设在市场部，负责方案的组织实施，负责基础数据", "维护，牵头组织网格考核。", "（三）区县分公司", "    区县分公司是网格化运营的责任主体，主要职责如下：", "1．负责本区域网格划分；", "2．负责网格日常运营。", "", "三、网格划分原则", "（一）城区按街道划分。", "四、考核与激励", "（一）网格经理实行绩效薪酬。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.number)])).toEqual([["网格化管理领导小组", ["1", "2"]], ["网格管理办公室", [null]], ["区县分公司", ["1", "2"]]]);
    expect(roles(doc)[2]!.summary).toBe("区县分公司是网格化运营的责任主体，主要职责如下：");
    expect(doc.ignored.filter((i) => i.line >= 14).map((i) => i.line)).toEqual([14, 15, 16, 17]);
  });
});

describe("an exhibition's table of posts in Markdown (probe set CG)", () => {
  it("reads a table with a 序号 and a 人数 column, a post a row", () => {
    const doc = parseMarkdown("| 序号 | 岗位 | 人数 | 工作职责 |\n| --- | --- | --- | --- |\n| 1 | 布展总协调 | 1 | 1. 统筹布展进度；2. 审批加班申请 |\n| 2 | 进馆登记员 | 2 | 核验施工证，登记进馆车辆 |");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["布展总协调", ["统筹布展进度；", "审批加班申请"]], ["进馆登记员", ["核验施工证，登记进馆车辆"]]]);
  });
});

describe("a Hong Kong ship manager's sheet in Chinese and English (probe set CE)", () => {
  it("ends the 前言 at a department glossed in English, reads posts glossed in English (a comma in the gloss too) as siblings, and a post numbered as the departments are as a post under none", () => {
    const doc = sheet("前言", "本公司按要求設立岸基支援架構。", "", "Ⅰ. 海務部 (Marine Department)", "", "1.1 海務經理 (Marine Manager)", "(a) 負責航行安全；", "(b) 審批航次計劃。", "", "1.2 海務監督 (Marine Superintendent)", "(a) 每年登輪檢查；", "(b) 調查海事事故。", "", "Ⅱ. 指定人員 (Designated Person Ashore, DPA)", "指定人員由董事總經理委任，負責監督安全管理體系之運作。", "(a) 監控每艘船舶；", "(b) 組織內部審核。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["海務經理 (Marine Manager)", "海務部 (Marine Department)", 2], ["海務監督 (Marine Superintendent)", "海務部 (Marine Department)", 2], ["指定人員 (Designated Person Ashore, DPA)", null, 2]]);
  });
});

describe("a crew list laid out with spaces, as a PDF's text copy has it (probe set CE)", () => {
  it("reads a row a post, its duties cell wrapped at the column's width, and sets the other cells and the rules aside", () => {
    const text = ["────────────────────────────────────", " 序号  职务       姓名      岗位职责", "────────────────────────────────────", " 1     船长       刘德顺    1.全面负责船舶安全；", "                           2.掌握船舶动态，严格执行长江干线", "                           航行规则；3.每月组织应急演练。", " 2     水手       王长江    负责系解缆作业；负责甲板清洁；", "                           航行中按指令瞭望、操舵。", "────────────────────────────────────", "注：本表一式三份。"].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.text])])).toEqual([["船长", [["1", "全面负责船舶安全；"], ["2", "掌握船舶动态，严格执行长江干线航行规则；"], ["3", "每月组织应急演练。"]]], ["水手", [[null, "负责系解缆作业；负责甲板清洁；航行中按指令瞭望、操舵。"]]]]);
    expect(lostLines(doc, text)).toEqual([]);
  });
});

describe("a village election's staff, each post with its people (probe set CG)", () => {
  it("reads \"1、总监票人：周德明（…）\" over its duty as the first post, a post with its people in brackets and its duty after the colon, one with a note after the colon, and sets \"另：…\" aside", () => {
    const doc = sheet("1、总监票人：周德明（村务监督委员会主任）", "负责选举大会全过程的监督，审核计票结果。", "", "2、监票人：陈国强、王秀英", "①核对到会选民人数；②监督投票全过程。", "", "3、发票人（吴小军、郑海燕）：核对选民证，按名单发放选票。", "", "4、代书人：何建新", "为不识字的选民代写，严格按选民本人意愿填写。", "", "5、流动票箱工作人员：由选举委员会指定3人", "携带流动票箱到选民家中接受投票。", "", "另：会场秩序由治保主任负责。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["总监票人", ["负责选举大会全过程的监督，审核计票结果。"]], ["监票人", ["核对到会选民人数；", "监督投票全过程。"]], ["发票人", ["核对选民证，按名单发放选票。"]], ["代书人", ["为不识字的选民代写，严格按选民本人意愿填写。"]], ["流动票箱工作人员", ["携带流动票箱到选民家中接受投票。"]]]);
    expect(doc.ignored.at(-1)).toMatchObject({ line: 15, reason: "closing" });
  });
});

describe("a volunteer association's post in its public account (probe set CK)", () => {
  it("reads \"👑 会长｜陈思远\" as a post and its people, \"💰 财务｜孙浩然\" after such posts under no department, and sets \"⚠️温馨提示：\" and its list aside", () => {
    const doc = sheet("━━━━━━━━", "👑 会长｜陈思远", "统筹协会全年工作，对外代表协会。", "━━━━━━━━", "📣 宣传部", "部长：郑可欣", "① 负责公众号推文", "② 管理视频号", "━━━━━━━━", "💰 财务｜孙浩然", "负责会费收取和活动经费报销。", "━━━━━━━━", "", "⚠️温馨提示：", "1. 志愿时长有问题请找秘书长", "2. 活动请假请提前告知");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["会长", null, 1], ["部长", "宣传部", 2], ["财务", null, 1]]);
    expect(doc.ignored.filter((i) => i.line >= 14).map((i) => i.reason)).toEqual(["advertising", "closing", "closing"]);
  });
});

describe("a terminal's duty roster and the duties of its shifts (probe set CF)", () => {
  it("reads a title that names a roster and duties as the title, sets the roster's part aside, and reads \"二、值班职责\" over the posts as a heading, the people who take turns after a post dropped from its name", () => {
    const doc = sheet("T2航站楼运行管理部", "2024年4月值班经理值班表及值班职责", "", "一、值班安排", "日期        早班        中班", "4月1日      王磊        陈思远", "", "二、值班职责", "（一）值班经理 王磊/陈思远/刘洋（轮值）", "1. 交接班；", "2. 巡视检查。", "（二）值班领导", "1. 对值班经理的请示及时给予指导。");
    expect([doc.title, roles(doc).map((r) => [r.name, r.duties.length])]).toEqual(["2024年4月值班经理值班表及值班职责", [["值班经理", 2], ["值班领导", 1]]]);
  });
});

describe("a daycare's wall poster (probe set CH)", () => {
  it("reads a sentence over a timetable as the summary and the slots as the duties, and sets \"★ 安全红线（人人必须做到）\" and its list aside", () => {
    const doc = sheet("【育婴员】", "负责本班宝宝的一日生活照料，每班2名。", " 7:30-8:00   开窗通风，备好温开水", " 8:00-8:40   入托接待，填写交接记录", "", "【厨师】", "· 制作早点", "· 午餐制作", "", "★ 安全红线（人人必须做到）", "1. 宝宝不离视线", "2. 消毒液、药品上锁保管");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.map((d) => d.text)])).toEqual([["育婴员", "负责本班宝宝的一日生活照料，每班2名。", ["7:30-8:00   开窗通风，备好温开水", "8:00-8:40   入托接待，填写交接记录"]], ["厨师", null, ["制作早点", "午餐制作"]]]);
    expect(doc.ignored.filter((i) => i.line >= 10).map((i) => i.line)).toEqual([10, 11, 12]);
  });

  it("drops how parents call the holder (\"（王老师）\", \"（陈阿姨）\") from a post's name, and sets \"感谢您的理解与支持！\" after a gap aside", () => {
    const doc = sheet("Ⅰ. 主班老师（王老师）", "① 制定班级教育计划；", "② 每天向家长反馈。", "", "Ⅱ. 保育老师（陈阿姨）", "① 负责生活照料；", "", "感谢您的理解与支持！让我们携手陪伴孩子成长！");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["主班老师", 2], ["保育老师", 1]]);
    expect(doc.ignored.at(-1)).toMatchObject({ line: 8, reason: "closing" });
  });
});

describe("a drilling crew's job descriptions in Markdown (probe set CJ)", () => {
  it("reads \"## 一、司钻\" over \"**岗位概述**：…\" or over \"### 岗位职责\" as a post, whatever its name", () => {
    const doc = parseMarkdown("# 钻井队岗位说明书\n\n## 一、司钻\n\n**岗位概述**：负责本班钻井生产。\n\n### 岗位职责\n\n1. 负责本班钻井施工。\n2. 组织班前会。\n\n## 二、井架工\n\n### 岗位职责\n\n1. 负责二层台操作。\n");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.length])).toEqual([["司钻", "负责本班钻井生产。", 2], ["井架工", null, 1]]);
  });

  it("reads a heading with nothing below it but lines set aside (a list of links) without losing a line", () => {
    const text = "## 一、司钻\n\n1. 负责钻井施工。\n\n## 常用文档\n\n- [直播间话术SOP](https://example.com/a)\n- [投放规范](https://example.com/b)\n";
    expect(lostLines(parseMarkdown(text), text)).toEqual([]);
  });
});

describe("a coal mine's 岗位责任制 (probe set CJ)", () => {
  it("reads \"3．绞车司机岗位责任制\" as the post's heading but a sheet's \"…机电运输系统岗位责任制\" as its title, its 编制说明 the preface", () => {
    const doc = sheet("××煤矿", "机电运输系统岗位责任制", "", "编制说明：为加强机电运输管理，结合我矿实际编制本责任制。", "", "Ⅰ. 机电运输队", "1．绞车司机岗位责任制", "• 开车前检查制动闸。", "• 严格执行信号规定。", "2．井下电钳工岗位责任制", "• 负责设备检修。");
    expect([doc.title, roles(doc).map((r) => [r.name, r.department, r.duties.length])]).toEqual(["机电运输系统岗位责任制", [["绞车司机", "机电运输队", 2], ["井下电钳工", "机电运输队", 1]]]);
  });
});

describe("posts with the people who hold them in brackets (probe set CF)", () => {
  it("drops \"（钱晓梅）\" and \"（孙静、周雨桐）\" from a post's name, but keeps \"（钟点工）\", \"（白班）\" and \"（高级）\"", () => {
    const doc = sheet("（一）乘务管理室主任（钱晓梅）", "1. 全面负责乘务管理；", "（二）分队长（孙静、周雨桐）", "1. 负责分队管理；", "（三）保洁（钟点工）", "1. 负责清洁；", "（四）责任护士（白班）", "1. 负责护理；");
    expect(roles(doc).map((r) => r.name)).toEqual(["乘务管理室主任", "分队长", "保洁（钟点工）", "责任护士（白班）"]);
  });
});

describe("a ship's watchkeeping duties in Chinese and English, in Markdown (probe set CE)", () => {
  it("reads \"## 甲板部 DECK DEPARTMENT\" as the department of posts glossed in English, their abbreviation in brackets, and sets the signatures in English aside", () => {
    const doc = parseMarkdown("# 值班职责\n\n## 甲板部 DECK DEPARTMENT\n\n### 1. 值班驾驶员 Officer of the Watch (OOW)\n\n1. 保持正规瞭望。\n2. 按计划航线航行。\n\n## 轮机部 ENGINE DEPARTMENT\n\n### 2. 值班轮机员 Engineer Officer of the Watch (EOOW)\n\n1. 对机舱设备的安全运行负责。\n\n---\n\n船长签名 Master: ______　　日期 Date: ______\n");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["值班驾驶员 Officer of the Watch (OOW)", "甲板部 DECK DEPARTMENT", 2], ["值班轮机员 Engineer Officer of the Watch (EOOW)", "轮机部 ENGINE DEPARTMENT", 1]]);
    expect(doc.ignored.at(-1)).toMatchObject({ reason: "closing" });
  });
});

describe("a cross-border team's sheet in Chinese and English (probe set CI)", () => {
  it("reads \"KPI:\" as a block, \"i.\" and \"ii.\" under \"d.\" as lower-case Roman numerals, and \"Approved by: …\" as the closing", () => {
    const doc = sheet("1. 运营经理 Operations Manager", "Responsibilities:", " a. 负责店铺运营；", " b. 跟踪Review：", "    i.  分析差评原因；", "    ii. 通过按钮邀评；", " c. 带领运营助理。", "KPI:", " • 月销售额达成率 ≥ 100%", "", "Approved by: 事业部总监 Kevin Zhang      Date: 2024/03/15");
    const role = roles(doc)[0]!;
    expect([role.name, outline(role.duties), role.blocks.map((b) => b.items.length)]).toEqual(["运营经理 Operations Manager", [["a", "负责店铺运营；"], ["b", "跟踪Review：", [["i", "分析差评原因；"], ["ii", "通过按钮邀评；"]]], ["c", "带领运营助理。"]], [1]]);
    expect(doc.ignored.at(-1)).toMatchObject({ line: 11, reason: "closing" });
  });

  it("splits \"要点包括：i. …；ii. …；iii. …\" into the item's points", () => {
    const doc = sheet("船员经理", "a. 负责船员的招聘；", "b. 核查船员证书，要点包括：i. 证书真实性；ii. 证书有效期；iii. 体检合格证明。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["a", "负责船员的招聘；"], ["b", "核查船员证书，要点包括：", [["i", "证书真实性；"], ["ii", "证书有效期；"], ["iii", "体检合格证明。"]]]]);
  });

  it("keeps \"h.\" and \"i.\" of a list of letters letters", () => {
    const doc = sheet("运营专员", "g. 负责上架；", "h. 负责定价；", "i. 负责促销；", "j. 负责复盘。");
    expect(roles(doc)[0]!.duties.map((d) => d.number)).toEqual(["g", "h", "i", "j"]);
  });
});

describe("a census manual's chapter (probe set CG)", () => {
  it("reads \"3 普查机构及人员职责\" over the units and posts as a heading, no post", () => {
    const doc = sheet("XX街道人口普查工作手册（节选）", "", "3 普查机构及人员职责", "3.1 街道普查办公室", "3.1.1 负责普查工作的组织实施。", "3.1.2 负责普查区划分。", "3.2 普查员", "3.2.1 入户登记。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["街道普查办公室", 2], ["普查员", 1]]);
  });
});

describe("a school's sports day, its groups and their posts (probe set CG)", () => {
  it("reads \"Ⅰ. 競賽組（組長：陳Sir）\" over 總裁判 as a group, and \"1. 司儀：負責…\" and \"2. 攝影：…\" under the next group as posts, each its duty after the colon", () => {
    const doc = sheet("Ⅰ. 競賽組（組長：陳Sir）", "  1. 總裁判", "    ⑴ 全面負責比賽的裁判工作；", "  2. 檢錄員", "    ⑴ 負責點名；", "", "Ⅱ. 司儀及宣傳組", "  1. 司儀：負責開幕禮的司儀工作，", "     全日廣播賽事消息及成績。", "  2. 攝影：拍攝比賽花絮，賽後上載至學校網頁。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.map((d) => d.text)])).toEqual([["總裁判", "競賽組", ["全面負責比賽的裁判工作；"]], ["檢錄員", "競賽組", ["負責點名；"]], ["司儀", "司儀及宣傳組", ["負責開幕禮的司儀工作，全日廣播賽事消息及成績。"]], ["攝影", "司儀及宣傳組", ["拍攝比賽花絮，賽後上載至學校網頁。"]]]);
  });
});

describe("a temple's 执事 (probe set CK)", () => {
  it("reads \"Ⅰ. 监院\" over a sentence that starts with its name and then \"职责一：…\" as a post, under the sheet's title", () => {
    const doc = sheet("慈云寺常住执事职责", "", "Ⅰ. 监院", "监院协助住持综理常住一切事务。", "职责一：主持日常寺务会议。", "职责二：统筹安排常住财务收支。", "", "Ⅱ. 知客", "职责一：负责接待来寺参访的各界人士。");
    expect([doc.title, roles(doc).map((r) => [r.name, r.summary, r.duties.length])]).toEqual(["慈云寺常住执事职责", [["监院", "监院协助住持综理常住一切事务。", 2], ["知客", null, 1]]]);
  });
});

describe("a ferry's wall chart (probe set CE)", () => {
  it("joins a post's paragraph wrapped at a fixed width into one duty, and sets a box of the boat's facts under the posts aside", () => {
    const doc = sheet("水 手 职 责", "开航前做好船舶清洁和安全设备检查；靠离码头时带缆、解缆，搭好跳板，维持乘客", "上下船秩序；航行中巡视客舱，制止乘客倚靠栏杆、携带危险品上船；发现人员落水", "立即报告，并按应急部署抛投救生圈。", "", "售 票 员 职 责", "⑴按核定的票价售票，票款日清日结。", "⑵引导乘客有序上下船。", "", "    ┌──────────────────┐", "    │  渡船核定载客：120人    核定载车：不载车  │", "    │  救生衣：135件  救生圈：8只  灭火器：6具  │", "    └──────────────────┘");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["水手", 1], ["售票员", 2]]);
    expect(doc.ignored.filter((i) => i.line === 11 || i.line === 12).map((i) => i.reason)).toEqual(["closing", "closing"]);
  });
});

describe("a live-streaming room's staff (probe set CI)", () => {
  it("reads \"Ⅰ. 主播 —— 王雨晴（小鹿）\" and \"Ⅱ. 投手 —— （暂由投放组 孙磊 兼任）\" as posts, and a post's paragraph before its 考核 as its duty", () => {
    const doc = sheet("云栖严选 直播间人员岗位说明", "", "Ⅰ. 主播 —— 王雨晴（小鹿）", "主播是直播间的核心，负责商品讲解和互动。下播后参加复盘。", "【考核】单场GMV达成率", "", "Ⅱ. 投手 —— （暂由投放组 孙磊 兼任）", "负责千川的计划搭建与出价调整。", "【考核】ROI");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.length, r.blocks.length])).toEqual([["主播", null, 1, 1], ["投手", null, 1, 1]]);
  });

  it("drops the emoji that dress a Markdown item (\"- 📌 开播前：…\")", () => {
    const doc = parseMarkdown("## 主播\n\n- 📌 开播前：熟悉当场货盘\n- ✅ 直播中：严格按脚本讲解\n");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["开播前：熟悉当场货盘", "直播中：严格按脚本讲解"]);
  });
});

describe("a census manual's named duties (probe set CG)", () => {
  it("goes on with \"职责二：…；\" on the next line when that line introduces the item's own points (\"审核要点包括：\" over \"a. …\")", () => {
    const doc = sheet("普查指导员", "职责一：协助划分普查小区。", "职责二：指导普查员入户登记；", "对采集的数据进行审核，审核要点包括：", "a. 人口数与户数是否匹配；", "b. 死亡人口的登记是否完整。", "职责三：组织开展复查。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["一", "协助划分普查小区。"], ["二", "指导普查员入户登记；对采集的数据进行审核，审核要点包括：", [["a", "人口数与户数是否匹配；"], ["b", "死亡人口的登记是否完整。"]]], ["三", "组织开展复查。"]]);
  });
});

describe("a ship manager's controlled document over several pages (probe set CE)", () => {
  it("sets its header aside under each page's footer, the document's control fields too, so that a duty broken by the page goes on", () => {
    const doc = sheet("东海远洋航运有限公司                                        安全管理体系文件", "文件名称：船员职责与权限                  文件编号：DHYY-SMS-02", "版    次：C/1                             生效日期：2023-07-01", "", "2.3  大副", "2.3.1  主管货物装卸、积载工作。", "2.3.2  负责稳性计算，发现异常立即报告船长，", "                                                                第 3 页  共 9 页", "东海远洋航运有限公司                                        安全管理体系文件", "文件名称：船员职责与权限                  文件编号：DHYY-SMS-02", "必要时调整装卸顺序。", "2.3.3  担任04-08航行值班。");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["主管货物装卸、积载工作。", "负责稳性计算，发现异常立即报告船长，必要时调整装卸顺序。", "担任04-08航行值班。"]);
    expect(doc.ignored.find((i) => i.line === 10)?.reason).toBe("page-noise");
  });
});

describe("an exhibition's rules in Markdown and a Taiwanese kindergarten's posts (probe sets CG and CH)", () => {
  it("sets \"## 四、布展纪律\" and its list aside, numbered as it is", () => {
    const doc = parseMarkdown("## 一、展务组\n\n### 展位验收员\n\n1. 核对展位位置。\n\n## 四、布展纪律\n\n1. 严禁在展馆内吸烟。\n2. 不得私自收取费用。\n");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["展位验收员", 1]]);
  });

  it("reads \"伍、廚工\" after the posts \"壹、\" to \"肆、\" as the next post, not a part", () => {
    const doc = sheet("壹、園長", "一、綜理園務。", "貳、教師", "一、擬定教保計畫。", "參、教保員", "一、協助教師。", "肆、護理人員", "一、辦理健康檢查。", "伍、廚工", "一、準備幼兒點心及午餐。", "二、廚房清潔消毒。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["園長", 1], ["教師", 1], ["教保員", 1], ["護理人員", 1], ["廚工", 2]]);
  });
});

describe("a Tmall store's team sheet (probe set CI)", () => {
  it("reads the sheet's heading over its version and preamble as the title, and a company's footer spread across the page as page noise", () => {
    const doc = sheet("杭州禾木电子商务有限公司", "天猫旗舰店运营团队岗位职责", "（2024版）", "", "为明确店铺团队各岗位分工，结合本店实际经营情况，特制定本岗位职责。", "各岗位人员应认真学习并严格执行。", "", "一、运营部", "（一）店铺运营主管岗位职责", "1.负责制定店铺销售目标；", "杭州禾木电子商务有限公司                                     内部资料 注意保密", "2.负责店铺日常运营管理。");
    expect([doc.title, roles(doc).map((r) => [r.name, r.department, r.duties.length])]).toEqual(["天猫旗舰店运营团队岗位职责", [["店铺运营主管", "运营部", 2]]]);
    expect(doc.ignored.find((i) => i.line === 11)?.reason).toBe("page-noise");
  });
});

describe("a job-description form copied from Word with its cells (probe set BC)", () => {
  it("reads \"职责一⇥职责表述：…⇥⇥工作时间百分比：35%\" as the titled duty, and \"⇥工作任务⇥…\" and the cells below it as its tasks", () => {
    const doc = sheet("岗位名称\t客服主管\t岗位编号\tKF-01", "职责与工作任务", "职责一\t职责表述：客服团队管理\t\t工作时间百分比：35%", "\t工作任务\t制定客服排班计划", "\t\t负责客服人员的招聘面试", "\t\t每月评定客服绩效", "职责二\t职责表述：服务质量管理\t\t工作时间百分比：30%", "\t工作任务\t制定客服话术库");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["一", "客服团队管理", [[null, "制定客服排班计划"], [null, "负责客服人员的招聘面试"], [null, "每月评定客服绩效"]]], ["二", "服务质量管理", [[null, "制定客服话术库"]]]]);
    expect(doc.ignored.filter((i) => i.reason === "table-cell").map((i) => i.text)).toEqual(["工作时间百分比：35%", "工作时间百分比：30%"]);
  });
});

describe("a pharmaceutical warehouse's forms (probe set CB)", () => {
  it("reads \"职责一：到货核对\" over an indented paragraph as a titled duty and its paragraph: 核对 ends a title, no sentence broken after 对", () => {
    const doc = sheet("收货员岗位职责", "职责一：到货核对", "    核对到货车辆、随货同行单与采购订单，票、账、货不符的，拒收并及时通知采购部。", "职责二：冷链到货接收", "    冷藏药品到货时检查冷藏车温度。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["一", "到货核对", [[null, "核对到货车辆、随货同行单与采购订单，票、账、货不符的，拒收并及时通知采购部。"]]], ["二", "冷链到货接收", [[null, "冷藏药品到货时检查冷藏车温度。"]]]]);
  });
});

describe("a network operations department's wiki page in Markdown (probe set CC)", () => {
  it("reads \"# 城域网运维部岗位职责\" as the title, a post's heading over a sentence and \"**主要职责：**\" as the post, and a unit's heading over a paragraph and its posts' headings as their department", () => {
    const doc = parseMarkdown("# 城域网运维部岗位职责\n\n本页面汇总运维部各岗位的职责。\n\n## 1. 一线技术支持（NOC值守）\n\n负责 7×24 小时受理客户报障。\n\n**主要职责：**\n\n- 接听客服转接的技术类报障\n- 监控网管平台告警\n\n## 3. 外线维护组\n\n外线维护组负责光缆线路及末端接入资源。\n\n### 3.1 外线组长\n\n- 统一调度外线人员\n\n### 3.2 外线维护员\n\n- 负责光缆抢修\n");
    expect([doc.title, roles(doc).map((r) => [r.name, r.department, r.summary, r.duties.length])]).toEqual(["城域网运维部岗位职责", [["一线技术支持（NOC值守）", null, "负责 7×24 小时受理客户报障。", 2], ["外线组长", "外线维护组", null, 1], ["外线维护员", "外线维护组", null, 1]]]);
  });
});

describe("a nail studio's sheet and a Taiwanese salon's rules (probe set CN)", () => {
  it("reads \"Ⅰ. 店长/主理人\" as a post, and \"一、顧客接待\" over its paragraph right under \"第五條　助理職責如下：\" as the article's first item", () => {
    const doc = sheet("Ⅰ. 店长/主理人", "负责工作室的整体运营。", "a. 制定每月营业目标。", "Ⅱ. 美甲师", "职责一：按预约时间提供服务。", "", "第五條　助理職責如下：", "一、顧客接待", "　　顧客進門時應主動招呼。", "二、洗髮及頭皮按摩。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([["店长/主理人", [["a", "制定每月营业目标。"]]], ["美甲师", [["一", "按预约时间提供服务。"]]], ["助理", [["一", "顧客接待", [[null, "顧客進門時應主動招呼。"]]], ["二", "洗髮及頭皮按摩。"]]]]);
  });
});

describe("a government service hall's windows and a Hong Kong district office's posts (probe set CM)", () => {
  it("reads a table of windows (窗口号 | 窗口名称 | 岗位职责 | 进驻部门) a window a row, the agencies stationed at it no department", () => {
    const doc = parseMarkdown("## 一、综合窗口\n\n| 窗口号 | 窗口名称 | 岗位职责 | 进驻部门 |\n|---|---|---|---|\n| 1-6 | 企业开办综合窗口 | 1. 负责企业设立登记；<br>2. 同步办理公章刻制。 | 市场监管局、税务局 |\n| 7-10 | 社会事务综合窗口 | 负责社保、医保事项的综合受理。 | 人社局 |\n");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["企业开办综合窗口", null, 2], ["社会事务综合窗口", null, 1]]);
  });

  it("reads \"甲部　諮詢服務中心主任（…）\" after a memo's 檔號 as the first post, the parts lettered 甲乙丙 no departments, 屬下人員 a relation, and the page's header spread across it as page noise", () => {
    const doc = sheet("檔號：HAD/XX/CSC/2-3                                  2024年1月修訂", "", "甲部　諮詢服務中心主任（高級聯絡主任）", "直屬上司：民政事務專員", "屬下人員：聯絡主任、文書主任", "主要職責：", "(a)　全面督導中心的日常運作；", "(b)　處理市民的投訴。", "", "                                                          第 1 頁", "民政事務總署　XX民政事務處　　　　　　　　　　　　　職位職責說明", "乙部　聯絡主任", "主要職責：", "(a)　協助主任督導櫃檯服務。");
    expect(roles(doc).map((r) => [r.name, r.department, r.summary, r.duties.length])).toEqual([["諮詢服務中心主任（高級聯絡主任）", null, null, 2], ["聯絡主任", null, null, 1]]);
    expect(doc.ignored.find((i) => i.line === 11)?.reason).toBe("page-noise");
  });
});

describe("a warehouse's sheet whose PDF copy ran two columns together (probe set CO)", () => {
  it("reads the left column, then the right one, each piece on the line it stands on, up to the page's number", () => {
    const text = ["三、收货员                                    四、理货员", "主要职责：                                    主要职责：", "1）按ASN预约单安排车辆到月台卸货，核          1）负责货物的上架、移库和补货作业，严", "对送货单与实物的品名、数量、批号；            格按系统指示库位存放；", "2）对外包装破损、受潮的货物拍照留证，         2）每日对拣货区进行循环盘点，差异超过", "并在送货单上注明；                            千分之三的须上报仓库主管。", "3）负责托盘、周转箱的回收与登记。", "                                   - 1 -", "五、单证员", "1）负责出入库单据的录入。"].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["收货员", ["按ASN预约单安排车辆到月台卸货，核对送货单与实物的品名、数量、批号；", "对外包装破损、受潮的货物拍照留证，并在送货单上注明；", "负责托盘、周转箱的回收与登记。"]], ["理货员", ["负责货物的上架、移库和补货作业，严格按系统指示库位存放；", "每日对拣货区进行循环盘点，差异超过千分之三的须上报仓库主管。"]], ["单证员", ["负责出入库单据的录入。"]]]);
    expect(lostLines(doc, text)).toEqual([]);
  });
});

describe("a hotel's job descriptions printed with their tracked changes (probe set CO)", () => {
  it("sets the margin's notes aside as revision, the lines of a note under it too, and a note glued after a wide gap", () => {
    const pad = " ".repeat(56);
    const doc = sheet("房务系统岗位说明书", `${pad}批注 [HR1]: 请各部门经理于9月15日前将修改`, `${pad}意见反馈人力资源部。`, "前厅部经理", "1. 负责前厅部的日常管理；", `${pad}删除的内容: 4. 负责前厅部员工的排班。`, "2. 负责客房物品的成本控制，每月盘点一次：      删除的内容: 每季度", "3. 负责宾客投诉的处理。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["前厅部经理", ["负责前厅部的日常管理；", "负责客房物品的成本控制，每月盘点一次：", "负责宾客投诉的处理。"]]]);
    expect(doc.ignored.filter((i) => i.reason === "revision").map((i) => i.line)).toEqual([2, 3, 6, 7]);
  });
});

describe("a community's chat notice to its grid workers (probe set CM)", () => {
  it("sets \"⚠️特别提醒：\" and its points aside after the posts, and the paragraph after them", () => {
    const doc = sheet("【专职网格员】", "1. 每天入户走访不少于10户；", "2. 参与小区环境整治", "", "⚠️特别提醒：", "1）APP上报事件照片要清晰；", "2）所有居民信息严格保密！", "另外，下周三下午召开网格员例会。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["专职网格员", 2]]);
    expect(doc.ignored.filter((i) => i.line >= 5).map((i) => i.line)).toEqual([5, 6, 7, 8]);
  });
});

describe("a school's sheet read by OCR (probe set CO)", () => {
  it("reads \"口 负责…\" (a box bullet read as 口) as a bullet but \"口 腔 科\" as letters, and \"…工作。4.积极…\" glued after \"3、\" as item 4", () => {
    const doc = sheet("宿管员", "口 负责学生宿舍的安全管理;", "口 督促学生按时就寝;", "", "任课教师", "1、认真备课;", "2、按时批改作业;", "3、关心每一个学生的学习,做好培优补差工作。4.积极参加教研活动。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([["宿管员", [[null, "负责学生宿舍的安全管理;"], [null, "督促学生按时就寝;"]]], ["任课教师", [["1", "认真备课;"], ["2", "按时批改作业;"], ["3", "关心每一个学生的学习,做好培优补差工作。"], ["4", "积极参加教研活动。"]]]]);
    expect(matchMarker("口 腔 科 护 士 职 责")).toBeNull();
  });
});

describe("a warehouse's titled duty over a paragraph that announces its points (probe set CB)", () => {
  it("puts \"a.…；b.…\" glued after the paragraph's colon under that paragraph", () => {
    const doc = sheet("复核员岗位职责", "职责一：按出库单核对实物。", "职责二：复核发现问题的处理", "    发现以下情况应停止发货并报质量管理部：a.包装破损、污染；b.标签脱落或不清。", "职责三：做好复核记录。");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["一", "按出库单核对实物。"], ["二", "复核发现问题的处理", [[null, "发现以下情况应停止发货并报质量管理部：", [["a", "包装破损、污染；"], ["b", "标签脱落或不清。"]]]]], ["三", "做好复核记录。"]]);
  });
});

describe("an MCN's rules, a post's sentence announcing its points on its article's line (probe set CI)", () => {
  it("puts \"1.…；2.…\" after \"主要包括：\" under that sentence", () => {
    const doc = sheet("第六条  副播（助播）职责：协助主播完成直播，主要包括：1.补充讲解商品信息；2.主播离场时维持直播间互动。", "第七条  运营组职责", "（一）负责直播排期。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([["副播（助播）", [[null, "协助主播完成直播，主要包括：", [["1", "补充讲解商品信息；"], ["2", "主播离场时维持直播间互动。"]]]]], ["运营组", [["一", "负责直播排期。"]]]]);
  });
});

describe("a county bureau's 三定 rules copied from a PDF (probe set CM)", () => {
  it("joins a long title wrapped at the page's width with its last words, and reads an article wrapped over three lines that ends \"主要职责是：\" as the bureau's heading", () => {
    const text = ["XX区政务服务和数据管理局职能配置、内设机构和人员", "编制规定", "", "    第三条  区政务服务和数据管理局贯彻落实党中央关于政务服务", "工作的方针政策和决策部署，在履行职责过程中坚持和加强党对政务", "服务工作的集中统一领导。主要职责是：", "    （一）负责推进全区行政审批制度改革。", "    （二）完成区委、区政府交办的其他任务。"].join("\n");
    const doc = parse(text);
    expect(doc.title).toBe("XX区政务服务和数据管理局职能配置、内设机构和人员编制规定");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([["区政务服务和数据管理局", [["一", "负责推进全区行政审批制度改革。"], ["二", "完成区委、区政府交办的其他任务。"]]]]);
    expect(lostLines(doc, text)).toEqual([]);
  });
  it("keeps \"岗位职责\" under a long firm's name as a title of its own", () => {
    expect(sheet("深圳市前海某某供应链管理股份有限公司人力资源部", "岗位职责", "", "出纳", "1、负责现金收付。").title).toBe("岗位职责");
  });
});

describe("a primary school's wall chart of class posts (probe set CQ)", () => {
  it("reads \"★副班长：陈思远\" as the post and its holder, ★值日生 as a post, the mottos under the title as no duties and the class teacher's name as the signature", () => {
    const doc = sheet("阳光小学三年级（2）班 班干部岗位职责", "", "        人人有事做，事事有人做！", "        我是小主人，班级我来管！", "", "★班长：王子涵", "1.组织同学早读。", "", "★副班长：陈思远", "1.协助班长管理班级。", "", "★值日生", "1.擦黑板。", "", "                                班主任：李老师");
    expect(doc.title).toBe("阳光小学三年级（2）班 班干部岗位职责");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([["班长", [["1", "组织同学早读。"]]], ["副班长", [["1", "协助班长管理班级。"]]], ["值日生", [["1", "擦黑板。"]]]]);
    expect(doc.ignored.find((i) => i.line === 15)?.reason).toBe("closing");
    expect(isPositionName("宿舍长")).toBe(true);
  });
});

describe("a Malaysian association's list of council posts (probe set CU)", () => {
  it("reads \"ii)\" as a lower-case Roman numeral, A. B. C. over them as the posts, a Malay gloss in the title's bracket, a salutation as no post and a paragraph under a post numbered next after posts as its duty", () => {
    const doc = sheet("雪兰莪永德同乡会", "2025/2027年度理事会职位及职责（Senarai Tugas Ahli Jawatankuasa）", "", "各位理事：", "兹将本届理事会各职位之职责列明如下。", "", "A. 会长 (Presiden)", "   i)   主持会员大会。", "   ii)  代表本会出席各项活动。", "", "B. 财政 (Bendahari)", "   i) 管理本会之收支。  ii) 编制每月收支表。", "", "C. 查账 (Juruaudit Dalaman)", "   本会设义务查账二名，由会员大会选出。查账须每年至少审查本会", "   账目一次，并向会员大会提呈查账报告。", "", "D. 总务", "   i) 发出会议通知。");
    expect(doc.title).toBe("2025/2027年度理事会职位及职责（Senarai Tugas Ahli Jawatankuasa）");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["会长 (Presiden)", [["i", "主持会员大会。"], ["ii", "代表本会出席各项活动。"]]],
      ["财政 (Bendahari)", [["i", "管理本会之收支。"], ["ii", "编制每月收支表。"]]],
      ["查账 (Juruaudit Dalaman)", [[null, "本会设义务查账二名，由会员大会选出。查账须每年至少审查本会账目一次，并向会员大会提呈查账报告。"]]],
      ["总务", [["i", "发出会议通知。"]]],
    ]);
    expect(matchMarker("iv)  保管一切文件")?.style.id).toBe("roman-lower-close");
    expect(isPositionName("各位理事")).toBe(false);
  });
});

describe("a women's federation's division of work as a table (probe set CP)", () => {
  it("reads a 分工职责 column as the posts' duties, \"附：妇女小组长职责\" after the table's notes as a post, and the issuer, date and 制表 line as the signature", () => {
    const text = ["序号\t职务\t姓名\t分工职责", "1\t主席\t张秀英\t1.主持全面工作；", "\t\t\t2.牵头组织评选活动。", "2\t执委\t赵春梅\t负责妇女就业服务。", "", "注：1.执委分工如有调整，另行通知。", "    2.各执委每年述职一次。", "", "附：妇女小组长职责", "", "职责一：每月走访一次妇女群众；", "职责二：协助执委做好帮扶工作。", "", "", "                                   金桂社区妇女联合会", "                                     2023年12月10日", "", "制表：周萍　　　　审核：张秀英"].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([["主席", [["1", "主持全面工作；"], ["2", "牵头组织评选活动。"]]], ["执委", [[null, "负责妇女就业服务。"]]], ["妇女小组长", [["一", "每月走访一次妇女群众；"], ["二", "协助执委做好帮扶工作。"]]]]);
    expect(doc.ignored.filter((i) => i.line >= 15).map((i) => [i.line, i.reason])).toEqual([[15, "closing"], [16, "closing"], [18, "closing"]]);
    expect(lostLines(doc, text)).toEqual([]);
  });
});

describe("a department's job descriptions numbered 1, 1.1, 1.1.1 (probe set CP)", () => {
  it("reads \"1　党群工作部部长\" over its form's fields and \"1.1　岗位职责\" as the post, its 1.x parts as its blocks, \"1.4　考核要点：…\" with its text on its line too", () => {
    const doc = sheet("1　党群工作部部长", "岗位名称：党群工作部部长　　直接上级：党委副书记", "1.1　岗位职责", "1.1.1　主持全面工作。", "1.2　任职资格", "1.2.1　中共党员；", "1.3　工作权限", "1.3.1　对基层党组织工作的检查权；", "1.4　考核要点：党建工作目标完成率。", "", "2　党务干事", "2.1　岗位职责", "2.1.1　负责党员发展。");
    expect(doc.sections.map((s) => s.title)).toEqual([null]);
    expect(roles(doc).map((r) => [r.name, outline(r.duties), r.blocks.map((b) => [b.type, b.items.map((d) => d.text)])])).toEqual([
      ["党群工作部部长", [["1.1.1", "主持全面工作。"]], [["requirements", ["中共党员；"]], ["authority", ["对基层党组织工作的检查权；"]], ["other", ["党建工作目标完成率。"]]]],
      ["党务干事", [["2.1.1", "负责党员发展。"]], []],
    ]);
  });
});

describe("a domestic service contract with the nanny's duties attached (probe set CT)", () => {
  it("sets the parties' blank fields aside, reads \"乙方（住家保姆）岗位职责\" as the post, its （一）（二） groups as duties, a stop wrapped alone onto a line as the item's end, and the nanny's pledge as closing", () => {
    const text = ["家政服务合同", "", "甲方（雇主）：＿＿＿＿＿＿　　身份证号：＿＿＿＿＿＿", "乙方（家政服务员）：＿＿＿＿＿＿　身份证号：＿＿＿＿＿＿", "", "第一条　服务期限", "自　　年　　月　　日起，试用期七天。", "", "附件一", "乙方（住家保姆）岗位职责", "", "（一）家居保洁", "1.每天清扫地面一次。", "2.每周更换床单一次。", "（二）烹饪", "1.制作一日三餐。", "2.按甲方要求采购食材，每周核对一次账目", "。", "", "乙方承诺：已阅读并理解上述岗位职责，愿意遵守。", "乙方（签字）：＿＿＿＿＿＿　　　　　年　　月　　日"].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([["乙方（住家保姆）", [["一", "家居保洁", [["1", "每天清扫地面一次。"], ["2", "每周更换床单一次。"]]], ["二", "烹饪", [["1", "制作一日三餐。"], ["2", "按甲方要求采购食材，每周核对一次账目。"]]]]]]);
    expect(doc.ignored.filter((i) => [3, 4, 20, 21].includes(i.line)).map((i) => i.reason)).toEqual(["introduction", "introduction", "closing", "closing"]);
    expect(lostLines(doc, text)).toEqual([]);
  });
});

describe("a home-care firm's service standard for its maternity nurses (probe set CT)", () => {
  it("sets \"三、服务禁忌（…均须遵守）\" numbered after the posts aside with its list, \"四、考核\" after it too, and joins a paragraph typed with its first line indented under a short title", () => {
    const doc = sheet("一、月嫂", "1、产妇护理", "2、家务范围", "    月嫂只负责与产妇直接相关的家务，包括餐食、衣物清洗；", "不负责全家的卫生打扫，客户另有要求的需另行计费。", "", "二、育婴师", "1．负责婴幼儿的日常生活照料。", "", "三、服务禁忌（月嫂、育婴师均须遵守）", "1．不得在客户家中吸烟。", "2．不得私自抱宝宝外出。", "", "四、考核", "公司督导每周电话回访一次。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([["月嫂", [["1", "产妇护理"], ["2", "家务范围", [[null, "月嫂只负责与产妇直接相关的家务，包括餐食、衣物清洗；不负责全家的卫生打扫，客户另有要求的需另行计费。"]]]]], ["育婴师", [["1", "负责婴幼儿的日常生活照料。"]]]]);
    expect(roles(doc).flatMap((r) => r.blocks)).toEqual([]);
  });
});

describe("a call centre's floor posts dressed with ■ (probe set CR)", () => {
  it("reads a post with two holders on shifts, a post after a gap dressed as the one before whatever its name, and sets a part for every post aside", () => {
    const doc = sheet("■ 值班经理  王磊（白班）／陈晓燕（夜班）", "⑴ 审批当班期间座席的临时离席申请。", "", "■ 班组长", "⑴ 召开班前会。", "", "■ 现场支持（Floor Support）", "· 在现场巡视，对举手示意的座席优先响应；", "· 每小时统计排队数据。", "", "■ 交接班要求（各岗位通用）", "早班  08:00-16:30", "   交接时间15:50-16:00，早班向中班交接未完结工单。", "交接双方须在《交接班记录表》上签字。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["值班经理", 1], ["班组长", 1], ["现场支持（Floor Support）", 2]]);
    expect(doc.ignored.filter((i) => i.line >= 11).map((i) => i.line)).toEqual([11, 12, 13, 14]);
  });
});

describe("a class's cleaning rota and its posts (probe set CQ)", () => {
  it("reads \"一、卫生管理岗位\" as the posts' group, \"二、值日生职责\" after it as a post, and sets a rota's title, its label and its weekday rows aside", () => {
    const doc = sheet("一、卫生管理岗位", "", "1）劳动委员　张晨", " a. 制定每周值日轮换表；", " b. 每天放学后检查值日质量。", "", "二、值日生职责", "", "1）早值日：开窗通风。", "2）晚值日：扫地、拖地。", "", "三、值日轮换表（第1—4周）", "星期一　第一组　组长：王欣怡", "星期二　第二组　组长：刘洋");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["劳动委员", "卫生管理岗位", 2], ["值日生", null, 2]]);
    expect(doc.ignored.filter((i) => i.line >= 12).map((i) => i.line)).toEqual([12, 13, 14]);
    const rota = sheet("★值日生", "1.擦黑板。", "2.扫地。", "", "值日安排：", "星期一：第一组　　　星期二：第二组　　　星期三：第三组", "星期四：第四组　　　星期五：第五组", "", "做得好的同学，每周可以得到一颗小星星。");
    expect(roles(rota).map((r) => r.duties.length)).toEqual([2]);
    expect(rota.ignored.filter((i) => i.line >= 5).map((i) => [i.line, i.reason])).toEqual([[5, "closing"], [6, "closing"], [7, "closing"], [9, "closing"]]);
  });
});

describe("a cemetery's hand-typed list of posts (probe set CT)", () => {
  it("reads a trade's worker named with 工 (落葬工, 石刻工, 火化工) after a gap as the next post, not as the rest of the item before it", () => {
    const doc = sheet("业务室接待员", "1 整理墓位档案，做到一墓一档", "２ 接听咨询电话，做好记录", "", "落葬工", "１．按预约时间提前半小时到达墓位。", "２．协助家属安放骨灰盒。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["业务室接待员", ["整理墓位档案，做到一墓一档", "接听咨询电话，做好记录"]], ["落葬工", ["按预约时间提前半小时到达墓位。", "协助家属安放骨灰盒。"]]]);
    expect([isPositionName("火化工"), isPositionName("员工"), isPositionName("施工"), isPositionName("化工")]).toEqual([true, false, false, false]);
  });
});

describe("a village committee's division of work (probe set CP)", () => {
  it("reads \"具体职责：\" as the duties' label, \"联系村民小组：第一、第二村民小组\" as a block with the ordinals as its text, and \"本分工自印发之日起执行\" as closing", () => {
    const doc = sheet("党支部书记、村委会主任：陈志强", "    主持村党支部和村委会全面工作。", "具体职责：", "1）组织召开支部委员会。", "2）负责村级集体经济发展规划。", "联系村民小组：第一、第二村民小组", "", "    本分工自印发之日起执行。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties), r.blocks.map((b) => [b.type, b.items.map((d) => [d.number, d.text])])])).toEqual([["党支部书记、村委会主任", [["1", "组织召开支部委员会。"], ["2", "负责村级集体经济发展规划。"]], [["other", [[null, "第一、第二村民小组"]]]]]]);
    expect(doc.ignored.find((i) => i.line === 8)?.reason).toBe("closing");
    expect(matchMarker("第一、第二村民小组")).toBeNull();
  });
});

describe("a Singapore firm's job scopes in Markdown (probe set CU)", () => {
  it("reads \"**Job Scope 工作范围：**\" as the duties' label and the footer \"人力资源部 编制 | 最后更新：15/3/2025\" as closing", () => {
    const text = ["## 物流部", "", "### 仓库主管（Warehouse Supervisor）", "", "**Job Scope 工作范围：**", "", "- 负责仓库日常运作。", "- 处理客户投诉。", "", "---", "*人力资源部 编制 | 最后更新：15/3/2025*"].join("\n");
    const doc = parseMarkdown(text);
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["仓库主管（Warehouse Supervisor）", ["负责仓库日常运作。", "处理客户投诉。"]]]);
    expect(doc.ignored.find((i) => i.line === 11)?.reason).toBe("closing");
    expect(blockHeading("人员编制")?.kind).toBe("other");
  });
});

describe("a badminton hall's staff notice (probe set CS)", () => {
  it("reads \"【店长】王磊\" over a sentence on the post as the post and its holder, the bracketed brand's heading above as the title, and the customers' rules with a note in brackets as rules", () => {
    const doc = sheet("【飞羽羽毛球馆】员工分工及工作要求", "", "【店长】王磊", "全面负责球馆经营，对营业额负责。", "①每天核对前一天的流水；", "②负责排班。", "", "【前台】", "- 场边的空水瓶及时清理", "", "————————————————", "打球须知（张贴在门口）", "1. 请穿羽毛球鞋进场。", "2. 场馆内禁止吸烟。");
    expect(doc.title).toBe("【飞羽羽毛球馆】员工分工及工作要求");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["店长", ["每天核对前一天的流水；", "负责排班。"]], ["前台", ["场边的空水瓶及时清理"]]]);
  });
});

describe("a city hotline's rules in articles (probe set CR)", () => {
  it("names the post \"话务受理员\" whole, though 受 could start the article's verb, and reads \"质检员负责以下工作：\" as the post's heading", () => {
    const doc = sheet("第五条  话务受理员职责：", "（一）受理市民来电；", "（二）做好来电记录。", "第九条  质检员负责以下工作：", "（一）每日对受理录音和工单进行质检；", "（二）每月编制质检报告。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["话务受理员", 2], ["质检员", 2]]);
  });
});

describe("a shopping mall's fire drill plan and a standard for police offices (probe sets CZ and CX)", () => {
  it("sets a drill's parts (演练目的, 演练时间及地点) aside, reads \"（一）总指挥：商场总经理 何振东\" as the post over its list, and 社区民警 as a post", () => {
    const doc = sheet("恒隆购物广场2024年度灭火和应急疏散演练方案", "", "一、演练目的", "检验商场灭火和应急疏散预案的可操作性，提高员工处置初起火灾的能力", "", "二、演练时间及地点", "时间：2024年11月9日上午8:30", "", "三、演练组织机构及职责", "（一）总指挥：商场总经理 何振东", "1.全面负责演练的组织指挥。", "（二）通讯联络组", "1.保持通讯畅通。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["总指挥", 1], ["通讯联络组", 1]]);
    expect(doc.ignored.filter((i) => i.line <= 7).map((i) => i.line)).toEqual([3, 4, 6, 7]);
    expect([isPositionName("社区民警"), isPositionName("辅警")]).toEqual([true, true]);
  });
});

describe("a civil defence office's list of each leader's double duties (probe set CZ)", () => {
  it("reads each post with its holder spaced out (\"刘  芳\"), 党组成员 as a post, and the post's （一）（二）（三）…职责 as groups of its duties, the last of them too", () => {
    const doc = sheet("一、党组书记、主任  周立新", "    （一）业务工作职责", "    1．贯彻落实决策部署。", "    （二）党风廉政建设职责", "    1．履行主体责任。", "    （三）安全生产职责", "    1．对本单位安全生产工作负总责。", "", "二、党组成员、副主任  刘  芳", "    （一）业务工作职责", "    1．负责人防工程建设审批。", "", "三、工程管理科科长", "    （一）业务工作职责", "    ①负责防空地下室的审批；", "    （二）安全生产职责", "    ①督促落实安全措施。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.map((d) => [d.text, d.children.length])])).toEqual([
      ["党组书记、主任", null, [["业务工作职责", 1], ["党风廉政建设职责", 1], ["安全生产职责", 1]]],
      ["党组成员、副主任", null, [["业务工作职责", 1]]],
      ["工程管理科科长", null, [["业务工作职责", 1], ["安全生产职责", 1]]],
    ]);
  });
});

describe("a Hong Kong property agency's sheet (probe set CW)", () => {
  it("splits \"包括：(i)…；(ii)…\" into the item's points, keeps \"營業員 / 物業顧問\" whole as one post, and sets \"5. 一般規定 (General)\" aside as rules", () => {
    const doc = sheet("2. 分行經理 (Branch Manager)", "2.1 負責分行日常運作；", "2.2 帶領及培訓新入職營業員，包括：(i)睇樓及帶客技巧；(ii)填寫表格及查冊。", "", "3. 營業員 / 物業顧問 (Property Consultant)", "3.1 開拓及維繫客戶。", "", "5. 一般規定 (General)", "5.1 所有員工於工作時間內須佩戴公司名牌。");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["分行經理 (Branch Manager)", [["2.1", "負責分行日常運作；"], ["2.2", "帶領及培訓新入職營業員，包括：", [["i", "睇樓及帶客技巧；"], ["ii", "填寫表格及查冊。"]]]]],
      ["營業員 / 物業顧問 (Property Consultant)", [["3.1", "開拓及維繫客戶。"]]],
    ]);
  });
});

describe("a Taiwanese franchise store's rules in Roman-numbered parts (probe set CW)", () => {
  it("reads \"Ⅰ. 人員職掌\" and \"Ⅱ. 業績獎金\" over lists numbered 一、 as the document's parts, 店東 as a post, and keeps Roman-numbered groups under a post as its duties", () => {
    const doc = sheet("人員職掌暨業績獎金辦法", "", "Ⅰ. 人員職掌", "", "一、店東（加盟主）", "負責本店之經營決策。", "", "二、店長", "  (一) 帶領業務同仁達成每月業績目標。", "", "Ⅱ. 業績獎金", "", "一、業務同仁之業績獎金依個人當月實收服務費計算。");
    expect(doc.sections.map((s) => s.title)).toEqual(["Ⅰ. 人員職掌", "Ⅱ. 業績獎金"]);
    expect(doc.sections[0]!.roles.map((r) => r.name)).toEqual(["店東（加盟主）", "店長"]);
    const groups = sheet("職稱：主任", "Ⅰ. 營運管理", "⑴ 擬訂年度工作計畫。", "Ⅱ. 人力資源管理", "⑴ 員工招募之建議。");
    expect(roles(groups).map((r) => r.duties.map((d) => d.text))).toEqual([["營運管理", "人力資源管理"]]);
  });
});

describe("an item's last clause wrapped after a semicolon (probe set CS)", () => {
  it("joins an unmarked line after \"…；\" to its item when the item's next sibling follows, and keeps it apart when nothing in the list follows", () => {
    const doc = sheet("救生员岗位职责", "五、严格执行分区负责制度。", "六、发现溺水者立即鸣哨示警，同时通知值班经理；", "对救起人员按急救程序进行现场处置。", "七、劝阻游泳者在池边奔跑。", "八、闭馆后清场；", "另设《清场记录》备查。");
    expect(roles(doc).map((r) => outline(r.duties))).toEqual([[
      ["五", "严格执行分区负责制度。"],
      ["六", "发现溺水者立即鸣哨示警，同时通知值班经理；对救起人员按急救程序进行现场处置。"],
      ["七", "劝阻游泳者在池边奔跑。"],
      ["八", "闭馆后清场；"],
      [null, "另设《清场记录》备查。"],
    ]]);
  });
});

describe("a list without numbers under an item that ends with a colon (probe set CS)", () => {
  it("reads the lines indented under \"九、每日岗位时间安排：\" as the item's points, and a line at the margin after a colon as its wrap", () => {
    const doc = sheet("救生员岗位职责", "八、闭馆后清场。", "九、每日岗位时间安排（夏季开放期）：", "    07:30       到岗，参加班前会", "    08:00—12:00 高台值守", "    21:00       清场，填写《救生日志》", "十、完成其他工作。");
    expect(roles(doc).map((r) => outline(r.duties))).toEqual([[
      ["八", "闭馆后清场。"],
      ["九", "每日岗位时间安排（夏季开放期）：", [[null, "07:30       到岗，参加班前会"], [null, "08:00—12:00 高台值守"], [null, "21:00       清场，填写《救生日志》"]]],
      ["十", "完成其他工作。"],
    ]]);
    const wrap = sheet("水质管理员岗位职责", "1.负责水质监测，检测项目包括：", "余氯、pH值、水温和浊度。", "2.负责设备巡检。");
    expect(roles(wrap).map((r) => outline(r.duties))).toEqual([[["1", "负责水质监测，检测项目包括：余氯、pH值、水温和浊度。"], ["2", "负责设备巡检。"]]]);
  });
});

describe("a recruitment announcement's table of posts (probe set DB)", () => {
  it("reads a Markdown table headed 招聘单位, 岗位代码, 学历学位, 专业要求 as posts of their units, the code set aside and the conditions as requirements", () => {
    const md = parseMarkdown("# 2024年公开招聘岗位表\n\n| 序号 | 招聘单位 | 岗位名称 | 岗位代码 | 招聘人数 | 岗位职责 | 学历学位 | 专业要求 |\n|---|---|---|---|---|---|---|---|\n| 1 | 区林业工作站 | 森林资源监测岗 | ZR2405 | 2 | 1.开展森林资源年度监测；2.协助开展林木采伐许可现场查验。 | 大专及以上 | 林学 |\n|  |  | 测量外业岗 | ZR2406 | 1 | 负责控制测量及工程放样等外业工作。 | 本科及以上 | 测绘工程 |\n");
    expect(roles(md).map((r) => [r.name, r.department, outline(r.duties), r.blocks.flatMap((b) => [b.type, ...b.items.map((i) => i.text)])])).toEqual([
      ["森林资源监测岗", "区林业工作站", [["1", "开展森林资源年度监测；"], ["2", "协助开展林木采伐许可现场查验。"]], ["requirements", "大专及以上", "requirements", "林学"]],
      ["测量外业岗", "区林业工作站", [[null, "负责控制测量及工程放样等外业工作。"]], ["requirements", "本科及以上", "requirements", "测绘工程"]],
    ]);
    expect(md.ignored.some((i) => i.text.includes("ZR2405"))).toBe(true);
  });
});

describe("a theatre foundation's rules of its touring team (probe set DA)", () => {
  it("reads articles \"XX職責如下：\" of a stage's posts (製作人, 舞台監督, 技術統籌, 燈光技術指導, 道具管理（兼服裝管理）) as posts, and \"排練助理：協助…\" among them as a post with its duty", () => {
    const doc = sheet("第二章　製作部", "第四條　製作人職責如下：", "一、擬訂年度製作計畫及預算。", "第五條　排練助理：協助導演記錄排練內容，於每次排練後整理排練報告。", "第六條　舞台監督為演出期間劇場內之最高現場指揮，其職責如下：", "一、主持技術排練。", "第七條　技術統籌職責如下：", "一、審核技術可行性。", "第八條　燈光技術指導職責如下：", "一、負責燈具架設。", "第九條　道具管理（兼服裝管理）職責如下：", "一、建立道具表。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["製作人", ["擬訂年度製作計畫及預算。"]],
      ["排練助理", ["協助導演記錄排練內容，於每次排練後整理排練報告。"]],
      ["舞台監督", ["主持技術排練。"]],
      ["技術統籌", ["審核技術可行性。"]],
      ["燈光技術指導", ["負責燈具架設。"]],
      ["道具管理（兼服裝管理）", ["建立道具表。"]],
    ]);
    expect(isPositionName("刘桂芳（兼社区党委副书记）")).toBe(false);
  });
});

describe("a recruitment announcement written out as text (probe set DB)", () => {
  it("reads the hiring units as departments, the posts without their codes and headcounts, and sets aside the announcement's next parts after the posts", () => {
    const doc = sheet("XX市卫生健康委员会2024年公开招聘工作人员公告", "", "一、招聘原则", "坚持公开、平等、竞争、择优的原则。", "", "二、招聘岗位、人数及岗位职责", "（一）市疾病预防控制中心（公益一类，财政全额拨款）", "1.理化检验岗（岗位代码：WJ2401，专业技术岗位，招聘1人）", "岗位职责：负责食品样品的理化检验工作。", "（二）市急救中心（公益一类）", "2.调度员岗（岗位代码：WJ2404，管理岗位，招聘2人）", "岗位职责：负责120呼救电话受理。", "", "三、报名时间和方式", "（一）报名时间：2024年6月3日至6月7日。", "", "四、资格审查", "资格审查贯穿招聘全过程。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.map((d) => d.text)])).toEqual([
      ["理化检验岗", "市疾病预防控制中心（公益一类，财政全额拨款）", ["负责食品样品的理化检验工作。"]],
      ["调度员岗", "市急救中心（公益一类）", ["负责120呼救电话受理。"]],
    ]);
    expect(doc.ignored.filter((i) => i.line >= 14).map((i) => i.line)).toEqual([14, 15, 17, 18]);
  });
});

describe("an epidemic headquarters' working groups (probe set DE)", () => {
  it("reads \"一、综合协调专班\" and the like as units with their duties, as it reads 工作组", () => {
    const doc = sheet("关于调整县疫情防控工作指挥部工作专班及职责分工的通知", "", "一、综合协调专班", "　　牵头单位：县政府办公室", "　　主要职责：", "　　1.负责指挥部日常运转。", "二、医疗救治专班", "　　牵头单位：县卫健局", "　　主要职责：", "　　1.统筹全县医疗救治资源。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([["综合协调专班", ["负责指挥部日常运转。"]], ["医疗救治专班", ["统筹全县医疗救治资源。"]]]);
    expect(isDepartmentName("流调溯源專班")).toBe(true);
  });
});

describe("a Taiwanese county's disaster response centre's table of tasks (probe set DE)", () => {
  it("reads \"貳、各編組任務\" as a part of the sheet over its units, though it starts with 各 as a duty may", () => {
    const doc = sheet("災害應變中心各編組進駐機關任務分工表", "", "壹、依據", "　　災害防救法第十二條規定辦理。", "", "貳、各編組任務", "一、消防局（幕僚作業組）", "（一）辦理災害應變中心開設事宜。", "二、工務處", "（一）辦理道路災情查報及搶修。");
    expect(doc.sections.map((s) => [s.title, s.roles.map((r) => [r.name, r.duties.length])])).toEqual([["壹、依據", []], ["貳、各編組任務", [["消防局（幕僚作業組）", 1], ["工務處", 1]]]]);
  });
});

describe("a studio's group chat where the owner lists who does what (probe set DF)", () => {
  it("reads a message's first line over a list, or over labelled lines, as the post, the people after it or in its bracket dropped", () => {
    const doc = sheet("【聊天记录】员工群", "", "陈总 2024-04-07 22:16", "门市（小雅、琪琪）：", "- 接电话，回复私信", "- 签单收定金", "", "陈总 2024-04-07 22:19", "摄影师 阿凯 / 小林", "1.按排期拍摄，不许迟到", "2.拍完当天把片子拷到服务器", "", "陈总 2024-04-07 22:23", "化妆造型", "· 拍摄前跟客人确认妆面风格", "", "陈总 2024-04-07 22:31", "后期 大伟", "选片：客人选片时在旁边讲解；", "修片：精修15个工作日交；");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["门市", 2], ["摄影师", 2], ["化妆造型", 1], ["后期", 2]]);
    // (Not a note under a table, which no chat's header is over: "备注" stays out of the posts.)
    const notes = sheet("出纳岗位职责", "1.办理现金收付。", "", "备注", "1.本表所列为主要职责。");
    expect(roles(notes).map((r) => r.name)).not.toContain("备注");
  });
});

describe("an open selection of a public institution's leaders (probe set DB)", () => {
  it("drops \"（1名，正科级）\" from the post's name and reads \"主要职责：…。具体包括：\" over the list as the post's summary", () => {
    const doc = sheet("一、选聘职位及职责", "（一）市公共资源交易中心副主任（1名，正科级）", "　　主要职责：协助主任负责中心日常运行管理。具体包括：", "　　1．组织实施交易项目的进场登记；", "　　2．完成主任交办的其他工作。", "（二）调度员岗（专业技术岗位，招聘1人）", "　　1．负责呼救电话受理。");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.map((d) => d.number)])).toEqual([
      ["市公共资源交易中心副主任", "协助主任负责中心日常运行管理。具体包括：", ["1", "2"]],
      ["调度员岗", null, ["1"]],
    ]);
  });
});

describe("a flood-control headquarters' member units (probe set DE)", () => {
  it("reads \"二、成员单位职责\" as a heading over the units, and \"（一）县应急管理局\" over its paragraph as a unit with its duty", () => {
    const doc = sheet("县防汛抗旱指挥部成员单位职责", "", "一、县防指办公室", "县防指办公室设在县应急管理局。主要职责：", "1．组织、协调全县防汛抗旱工作；", "", "二、成员单位职责", "（一）县应急管理局", "负责综合协调全县防汛抗旱工作，组织指导灾情统计。", "（二）县水利局", "负责水情旱情监测预警工作。", "（三）县住房和城乡建设局", "1．负责城区防洪排涝工作；");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["县防指办公室", ["组织、协调全县防汛抗旱工作；"]],
      ["县应急管理局", ["负责综合协调全县防汛抗旱工作，组织指导灾情统计。"]],
      ["县水利局", ["负责水情旱情监测预警工作。"]],
      ["县住房和城乡建设局", ["负责城区防洪排涝工作；"]],
    ]);
    expect([isBureauName("市公安局××分局"), isBureauName("新格局")]).toEqual([true, false]);
  });
});

describe("a bakery owner's note on who does what (probe set DF)", () => {
  it("keeps \"② 采购：\" and its a. b. in a post's list of duties after \"① 管排班、考勤…\", and reads \"★ 烘焙师 小周、阿敏\" as the post, its people dropped", () => {
    const doc = sheet("★ 店长 王姐", "① 管排班、考勤，每周日晚上出下周班表", "② 采购：", "   a. 面粉、黄油每周二下单", "   b. 水果每天早上去批发市场拿", "③ 处理差评和退款", "", "★ 烘焙师 小周、阿敏", "① 每天出品按“今日出品表”来");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([
      ["店长", [["①", "管排班、考勤，每周日晚上出下周班表"], ["②", "采购：", [["a", "面粉、黄油每周二下单"], ["b", "水果每天早上去批发市场拿"]]], ["③", "处理差评和退款"]]],
      ["烘焙师", [["①", "每天出品按“今日出品表”来"]]],
    ]);
  });
});

describe("a family-doctor team's roster (probe set DH)", () => {
  it("reads \"★全科医生  刘  芳  全科医师\" over its list as the post, the person and the person's professional title dropped", () => {
    const doc = sheet("家庭医生签约服务团队成员分工公示", "", "★全科医生  刘  芳  全科医师", "· 承担签约居民常见病诊疗；", "· 负责慢病随访。", "", "★公共卫生医师  赵  磊", "· 负责签约居民的健康档案管理；");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["全科医生", 2], ["公共卫生医师", 1]]);
  });
});

describe("a research project's division of work among its members (probe set DD)", () => {
  it("reads \"三、数据与平台负责人  刘洋  高级工程师\" and \"四、模型研究骨干  孙晓明  讲师（博士）\" as the next posts, the person and the title dropped", () => {
    const doc = sheet("一、项目负责人  陈立群  教授", "1、负责制定项目总体技术路线。", "", "二、数据与平台负责人  刘洋  高级工程师", "1、负责数据平台建设。", "", "三、模型研究骨干  孙晓明  讲师（博士）", "1、负责模型研发。", "", "四、项目秘书  王婷  助理研究员", "1、负责经费报销。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["项目负责人", 1], ["数据与平台负责人", 1], ["模型研究骨干", 1], ["项目秘书", 1]]);
  });
});

describe("a city's flood-control rules, an article to each member unit (probe set DE)", () => {
  it("reads \"第八条　市水利局：\" over its list and \"第七条　市应急管理局：组织…\" with its duty after the colon as units", () => {
    const doc = sheet("第三章　职责分工", "第五条　市防指职责：", "（一）统一指挥全市防汛抗旱工作。", "第七条　市应急管理局：组织指导洪涝干旱灾害应急救援工作。", "第八条　市水利局：", "（一）负责水情旱情监测预警；", "（二）指导水利工程安全度汛。", "第九条　市消防救援大队：", "（一）组织参与抗洪抢险。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text)])).toEqual([
      ["市防指", ["统一指挥全市防汛抗旱工作。"]],
      ["市应急管理局", ["组织指导洪涝干旱灾害应急救援工作。"]],
      ["市水利局", ["负责水情旱情监测预警；", "指导水利工程安全度汛。"]],
      ["市消防救援大队", ["组织参与抗洪抢险。"]],
    ]);
  });
});

describe("a post's paragraph of two lines, the first ending with a semicolon (probe set DD)", () => {
  it("reads the two lines as one duty, but three lines so ended as three, and labelled lines apart", () => {
    const two = sheet("Ⅰ. 管理与支撑", "1）课题组长（赵老师）", "⑴把握课题组研究方向。", "2）项目联络人（钱老师）", "负责与基金委及合作单位的联系，按时完成统计报表的填报；", "组织课题组参加项目中期检查和学术交流活动。", "3）实验室安全员：孙博（博三）", "⑴每周五下午进行安全巡查。");
    expect(roles(two).map((r) => r.name)).toEqual(["课题组长", "项目联络人", "实验室安全员"]);
    expect(roles(two)[1]!.duties.map((d) => d.text)).toEqual(["负责与基金委及合作单位的联系，按时完成统计报表的填报；组织课题组参加项目中期检查和学术交流活动。"]);
    const three = sheet("出纳岗位职责", "负责现金收付；", "负责银行账户管理；", "负责票据保管。");
    expect(roles(three)[0]!.duties).toHaveLength(3);
  });
});

describe("a temple's committee and its halls' posts (probe set DC)", () => {
  it("knows a temple's, a church's and a mosque's posts (典座, 行堂, 库头, 知客, 监院, 执事, 长老, 阿訇) under the halls", () => {
    const doc = sheet("四、斋堂", "（一）典座", "1．负责全寺僧众及居士的饮食。", "（二）行堂（义工）", "过堂时按规矩行堂添饭添菜，动作轻稳。", "五、库房", "（一）库头", "1．负责常住物资的保管和发放。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["典座", 1], ["行堂（义工）", 1], ["库头", 1]]);
    expect(["知客", "监院", "執事", "长老", "阿訇"].filter((p) => !isPositionName(p))).toEqual([]);
  });
});

describe("a county's civil service table of posts written out as lines (probe set DB)", () => {
  it("reads 职位简介 as the post's duties, and \"学历：…\" over \"学位：…\" after them as its requirements with no heading, which the Markdown export heads 任职要求", () => {
    const doc = sheet("招录机关：中共XX县委办公室", "职位名称：综合文字岗　　职位代码：13010001　　招录人数：1", "职位简介：", "　　1、负责县委重要会议文稿的起草；", "　　2、完成领导交办的其他工作。", "学历：本科及以上", "学位：学士及以上", "专业：中国语言文学类", "", "职位名称：财政监督检查岗　　职位代码：13020001", "职位简介：对预算执行开展监督检查。", "学历：本科及以上", "学位：学士及以上");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => d.text), r.blocks.map((b) => [b.type, b.title, b.items.map((i) => i.text)])])).toEqual([
      ["综合文字岗", ["负责县委重要会议文稿的起草；", "完成领导交办的其他工作。"], [["requirements", "", ["学历：本科及以上", "学位：学士及以上", "专业：中国语言文学类"]]]],
      ["财政监督检查岗", ["对预算执行开展监督检查。"], [["requirements", "", ["学历：本科及以上", "学位：学士及以上"]]]],
    ]);
    const back = parseMarkdown(renderMarkdown(doc));
    expect(roles(back).map((r) => r.blocks.map((b) => [b.type, b.title, b.items.length]))).toEqual([[["requirements", "### 任职要求", 3]], [["requirements", "### 任职要求", 2]]]);
  });
});

describe("the words of river chiefs, editorial offices, halls of residence and forms (probe sets DI–DP)", () => {
  it("knows river, lake and forest chiefs and a hall's warden as posts, and an office's short name, a leadership and a management team as units", () => {
    expect(["县级总河长", "村级林长", "湖长", "舍監"].filter((p) => !isPositionName(p))).toEqual([]);
    expect(["镇林长办", "党政办", "县河长办", "社领导", "院領導", "舍堂管理層"].filter((d) => !isDepartmentName(d))).toEqual([]);
    expect(["督办", "承办", "县级河长"].filter((d) => isDepartmentName(d))).toEqual([]);
    const doc = sheet("青溪县河长制岗位职责", "一、县级总河长", "（一）负责组织领导全县河长制工作。", "（二）主持召开县总河长会议。", "二、村级河长", "（一）负责本村河段的日常巡查。");
    expect(doc.title).toBe("青溪县河长制岗位职责");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["县级总河长", 2], ["村级河长", 1]]);
    const unit = sheet("《林业科技通讯》杂志社岗位职责", "一、社领导", "(一)社长（主编）岗位职责", "1、贯彻执行出版方针政策。", "(二)副主编岗位职责", "1、负责稿件复审。");
    expect(roles(unit).map((r) => [r.name, r.department])).toEqual([["社长（主编）", "社领导"], ["副主编", "社领导"]]);
  });

  it("reads 所屬單位, 直屬下屬, 英文職稱 and 拟稿/签发 as a form's fields, and 选聘条件 and 考核管理 as blocks", () => {
    expect([formField("所屬單位：大坑工作站")?.kind, formField("直屬下屬：助理店舖經理")?.kind, formField("英文職稱：Store Manager")?.kind, formField("拟稿：周慧")?.kind, formField("签发：王强")?.kind]).toEqual(["department", "relation", "other", "signoff", "signoff"]);
    expect([blockHeading("选聘条件")?.kind, blockHeading("考核管理")?.kind]).toEqual(["requirements", "other"]);
    const doc = sheet("職位名稱：店舖經理", "英文職稱：Store Manager", "所屬單位：門市營運部", "直屬下屬：助理店舖經理、零售主任", "主要職責：", "1. 監督店舖每日開舖程序。", "選聘條件：", "1. 中學文憑或以上。");
    expect(roles(doc).map((r) => [r.name, r.department, r.summary, r.duties.length, r.blocks.map((b) => [b.type, b.items.length])])).toEqual([["店舖經理", "門市營運部", null, 1, [["requirements", 1]]]]);
  });
});

describe("a form's row copied from Word with its cells, a short label before a tab (probe set DI)", () => {
  it("reads \"職稱⇥工作站主任⇥職等⇥技正\" as the post's fields, but not the head of a table's columns", () => {
    const doc = sheet("Ⅰ. 工作站主任", "職稱\t工作站主任\t職等\t技正", "所屬單位\t大坑工作站\t直屬主管\t分署副分署長", "工作項目：", "(1) 綜理工作站轄區之經營管理。", "Ⅱ. 森林護管員", "職稱\t森林護管員\t職等\t委任", "所屬單位\t大坑工作站\t直屬主管\t工作站主任", "工作項目：", "(1) 巡視轄區林地。");
    expect(roles(doc).map((r) => [r.name, r.department, r.summary, r.duties.length])).toEqual([["工作站主任", "大坑工作站", null, 1], ["森林護管員", "大坑工作站", null, 1]]);
    expect([formField("岗位\t关键绩效指标（KPI）\t权重"), formField("岗位\t标准店\t大型店\t备注")]).toEqual([null, null]);
  });
});

describe("the last words of a sheet (probe sets DI–DP)", () => {
  const lastDuties = (doc: Document) => roles(doc).at(-1)!.duties.map((d) => [d.text, d.children.map((c) => c.text)]);
  it("sets aside a Taiwanese date, a chat's call to everyone, the end of a wiki page, a job ad's call and a record of changes", () => {
    expect(lastDuties(sheet("Ⅰ. 工作站主任", "(1) 綜理工作站轄區之經營管理。", "(2) 擬訂轄區年度造林計畫。", "", "中華民國113年5月"))).toEqual([["綜理工作站轄區之經營管理。", []], ["擬訂轄區年度造林計畫。", []]]);
    expect(lastDuties(sheet("五、保安", "1、门口安检，禁止携带宠物入场", "2、负责监控室值守", "", "上面没写到的，听当班主管安排。不要在群里刷屏  @所有人"))).toEqual([["门口安检，禁止携带宠物入场", []], ["负责监控室值守", []]]);
    expect(lastDuties(parseMarkdown("## 品控专员\n\n1. 负责原料验收。\n2. 负责留样管理。\n\n---\n\n文档结束。有疑问请在飞书群里问。\n"))).toEqual([["负责原料验收。", []], ["负责留样管理。", []]]);
    expect(lastDuties(parseMarkdown("## 店长\n\n1. 负责排班。\n\n---\n\n*本页内容如有疑问请联系运营部。*\n"))).toEqual([["负责排班。", []]]);
    expect(lastDuties(sheet("項目統籌崗位職責", "a. 接收客戶稿件；", "b. 跟進交稿時間。", "", "有意應徵者，請將履歷電郵至 hr@example.com.hk。"))).toEqual([["接收客戶稿件；", []], ["跟進交稿時間。", []]]);
    expect(lastDuties(parseMarkdown("### 校对员\n\n1. 完成一校、二校；\n2. 负责核红。\n\n---\n\n变更记录：\n\n- 2024-05-12 增加核对要素（王）\n- 2023-11-02 初版（李）\n"))).toEqual([["完成一校、二校；", []], ["负责核红。", []]]);
    expect(lastDuties(sheet("二、主播", "1) 按排期开播；", "2) 维护直播间秩序。", "", "文末批注（原文保留）", "周建平：KPI 考核方案另行发布。"))).toEqual([["按排期开播；", []], ["维护直播间秩序。", []]]);
  });
});

describe("the opening of a sheet (probe sets DI, DK)", () => {
  it("sets aside \"說明：\" and its numbered points before the first post, and ends a foreword at a unit's name over a post", () => {
    const notes = sheet("大坑工作站人員職務說明", "說明：", "一、本職務說明依辦事細則訂定，各員應依所列工作項目確實執行，", "並依規定填報工作日誌。", "二、本說明每年檢討一次。", "", "Ⅰ. 工作站主任", "(1) 綜理工作站轄區之經營管理。", "Ⅱ. 森林護管員", "(1) 巡視轄區林地。");
    expect(notes.title).toBe("大坑工作站人員職務說明");
    expect(roles(notes).map((r) => [r.name, r.duties.length])).toEqual([["工作站主任", 1], ["森林護管員", 1]]);
    expect(notes.ignored.filter((i) => i.reason === "introduction").map((i) => i.line)).toEqual([2, 3, 4, 5]);
    const foreword = sheet("發電廠值更人員職責說明", "", "引言", "本文件列明各值更崗位之主要職責，供新入職同事參考。", "", "營運部", "", "Ⅰ. 值更主管（Shift Charge Engineer）", "⑴ 確保發電機組按發電指令運行。", "Ⅱ. 控制室操作員（Control Room Operator）", "⑴ 監察機組運行參數。");
    expect(roles(foreword).map((r) => [r.name, r.department])).toEqual([["值更主管（Shift Charge Engineer）", "營運部"], ["控制室操作員（Control Room Operator）", "營運部"]]);
  });
});

describe("page noise of Word, PDF, chat and wiki copies (probe sets DI, DK, DO)", () => {
  it("sets aside \"頁 1 / 2\", a chat's \"[图片]\", a wiki's \"返回首页\" and the title repeated over each page", () => {
    const doc = sheet("Ⅰ. 值更主管", "⑴ 確保發電機組按發電指令運行。", "頁 1 / 2", "⑵ 簽發及取消工作許可證。", "⑶ 統籌事故應變。", "[图片]", "⑷ 填寫運行日誌。");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["確保發電機組按發電指令運行。", "簽發及取消工作許可證。", "統籌事故應變。", "填寫運行日誌。"]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["page-noise", "chat"]);
    const wiki = parseMarkdown("## 护林员\n\n- 负责巡护责任区山林。\n\n---\n\n*白石镇林长制办公室*　|　[返回首页](../README.md)\n");
    expect(roles(wiki)[0]!.duties.map((d) => d.text)).toEqual(["负责巡护责任区山林。"]);
    const pages = sheet("红岭水库管理站岗位说明书", "第 1 页 共 3 页", "岗位名称：站长", "工作职责：", "1、主持管理站全面工作。", "红岭水库管理站岗位说明书", "第 2 页 共 3 页", "2、组织汛前检查。", "岗位名称：巡查员", "工作职责：", "1、巡查大坝。", "红岭水库管理站岗位说明书", "第 3 页 共 3 页", "2、记录巡查日志。");
    expect(pages.title).toBe("红岭水库管理站岗位说明书");
    expect(roles(pages).map((r) => [r.name, r.duties.length])).toEqual([["站长", 2], ["巡查员", 2]]);
  });
});

describe("posts' headings in wikis, forms and bilingual sheets (probe sets DI, DJ, DO)", () => {
  it("ends a unit's posts at the next heading numbered on at the unit's depth", () => {
    const doc = parseMarkdown("## 三、镇林长办\n\n### 林长办主任\n\n1. 负责林长制日常工作。\n\n### 林长办专干\n\n1. 负责信息平台的数据维护。\n\n## 四、生态护林员\n\n- 负责责任区日常巡护。\n");
    expect(roles(doc).map((r) => [r.name, r.department])).toEqual([["林长办主任", "镇林长办"], ["林长办专干", "镇林长办"], ["生态护林员", null]]);
  });
  it("reads \"岗位名称：活动策划专员\" right under \"五、活动策划\" as that post's field, not a second post", () => {
    const doc = sheet("四、店员", "岗位名称：店员  所属部门：城东书城", "工作职责：", "1．负责图书上架。", "五、活动策划", "岗位名称：活动策划专员  所属部门：城东书城", "工作职责：", "1．策划读书会等活动。");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["店员", "城东书城", 1], ["活动策划", "城东书城", 1]]);
  });
  it("knows a post glossed in English right after a bracket (\"客戶服務主任（核證翻譯）Client Service Officer (Certified Translation)\")", () => {
    const doc = sheet("1. 高級翻譯主任 Senior Translation Officer", "a. 負責財經文件翻譯；", "2. 客戶服務主任（核證翻譯）Client Service Officer (Certified Translation)", "(i) 接待門市及網上客戶；", "(ii) 處理收款及客戶取件。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["高級翻譯主任 Senior Translation Officer", 1], ["客戶服務主任（核證翻譯）Client Service Officer (Certified Translation)", 2]]);
  });
});

describe("a job post typed in a chat without numbers or stops (probe set DO)", () => {
  it("reads lines that each open with what the post does as its duties, and \"要求：\" with a post's qualifications as its requirements", () => {
    const doc = sheet("三、商业分析师", "工作内容：", "主要负责案头研究，通过行业协会报告等渠道收集行业数据，搭建数据库", "协助顾问完成财务分析和市场规模测算，制作图表", "负责项目资料的整理归档、会议安排等支持性工作", "要求：本硕均为统招，逻辑好，Excel熟练，每周至少实习4天");
    expect(roles(doc).map((r) => [r.duties.map((d) => d.text), r.blocks.map((b) => [b.type, b.items.map((i) => i.text)])])).toEqual([[
      ["主要负责案头研究，通过行业协会报告等渠道收集行业数据，搭建数据库", "协助顾问完成财务分析和市场规模测算，制作图表", "负责项目资料的整理归档、会议安排等支持性工作"],
      [["requirements", ["本硕均为统招，逻辑好，Excel熟练，每周至少实习4天"]]],
    ]]);
    // (A paragraph wrapped before a word a duty may start with is one duty: its second line ends with a stop.)
    const wrapped = sheet("审计经理岗位职责", "负责企业所得税汇算清缴鉴证等项目，带领3～5人团队", "完成现场工作，编制并复核鉴证报告。");
    expect(roles(wrapped)[0]!.duties.map((d) => d.text)).toEqual(["负责企业所得税汇算清缴鉴证等项目，带领3～5人团队完成现场工作，编制并复核鉴证报告。"]);
    expect(blockHeading("要求：按时上报考勤")).toBeNull();
  });
});

describe("footnotes (probe set DP)", () => {
  it("sets aside a footnote whose mark stands glued after a title in a line above, and a Markdown footnote's text", () => {
    const doc = sheet("2.1 生产部经理岗位职责", "1．贯彻执行《安全生产法》①及公司安全管理制度，定期组织安全检查。", "2．完成上级领导交办的其他工作。", "______________________________", "① 指《中华人民共和国安全生产法》（2021年修正）。", "2.2 车间主任岗位职责", "1．監測護理品質指標（註1），每季報告。", "註1：護理品質指標包括跌倒發生率等。", "2．按《企业会计准则》1和集团会计政策审核凭证。", "1 指财政部发布的《企业会计准则——基本准则》。");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.children.length])])).toEqual([["生产部经理", [["1", 0], ["2", 0]]], ["车间主任", [["1", 0], ["2", 0]]]]);
    expect(doc.ignored.filter((i) => i.reason === "footnote").map((i) => i.line)).toEqual([5, 8, 10]);
    // (A list under a title is no footnote: its mark stands nowhere above.)
    expect(roles(sheet("安全员岗位职责", "1．负责安全检查，内容包括：", "① 指导班组开展班前安全活动。"))[0]!.duties[0]!.children).toHaveLength(1);
    const md = parseMarkdown("## 研发经理\n\n1. 负责技术路线规划。\n\n[^1]: PDF 盖章版路径：OA > 制度文件 > RD-HR-002。\n");
    expect(roles(md)[0]!.duties.map((d) => d.text)).toEqual(["负责技术路线规划。"]);
    expect(md.ignored.map((i) => i.reason)).toContain("footnote");
  });
});

describe("a Word document's machinery in its copies (probe set DP)", () => {
  it("sets aside tracked changes and comments printed at the margin under the text, whoever wrote them", () => {
    const doc = sheet("一、客服主管", "1、组织开展业主满意度调查，每年不少于一次两次。", "删除的内容: 48", "2、负责物业费收缴工作的统筹。", "批注 [ZH1]: 涉及收费标准调整的公告是否需要法务审核？请明确。", "3、负责客服人员的排班。", "带格式的: 缩进: 左侧: 0 厘米, 首行缩进: 2 字符", "批注 [张伟2]: 叉车保养记录由设备组负责。", "[CL1]Carmen Lau：原為0.5%，已與財務部確認調整。");
    expect(roles(doc)[0]!.duties.map((d) => [d.text, d.children.length])).toEqual([["组织开展业主满意度调查，每年不少于一次两次。", 0], ["负责物业费收缴工作的统筹。", 0], ["负责客服人员的排班。", 0]]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["revision", "revision", "revision", "revision", "revision"]);
  });
  it("sets aside a Markdown table of contents: a list of links to the page's headings, or a list under \"**目录**\"", () => {
    const anchors = parseMarkdown("# 研发中心岗位职责说明\n\n- [平台研发部](#平台研发部)\n  - [研发经理](#研发经理)\n- [质量保障部](#质量保障部)\n\n## 平台研发部\n\n### 研发经理\n\n1. 负责技术路线规划。\n");
    expect(roles(anchors).map((r) => [r.name, r.department, r.duties.length])).toEqual([["研发经理", "平台研发部", 1]]);
    const listed = parseMarkdown("# 电商运营中心岗位职责\n\n**目录**\n\n- 4.2 店铺运营组\n  - 4.2.1 运营经理\n\n## 4.2 店铺运营组\n\n### 4.2.1 运营经理\n\na) 负责店铺数据分析。\n");
    expect(roles(listed).map((r) => [r.name, r.department, r.duties.length])).toEqual([["运营经理", "店铺运营组", 1]]);
  });
});

describe("a Markdown page of an office (probe set DN)", () => {
  it("sets aside \"## 科室概况\" with its paragraph and table, and reads an item's paragraph of its own under a short title as its body", () => {
    const doc = parseMarkdown("# 教学运行科岗位职责\n\n## 科室概况\n\n教学运行科负责全校本科教学计划的执行，现有人员编制4人。\n\n| 岗位 | 姓名 |\n| --- | --- |\n| 科长 | 周丽 |\n\n## 1. 科长\n\n1. 负责排课。\n2. 期初教学检查\n\n   开学第一天组织处领导及督导组成员巡查全校课堂，当天形成检查简报。\n3. 负责考务，\n   组织期末考试。\n");
    expect(roles(doc).map((r) => [r.name, outline(r.duties)])).toEqual([["科长", [
      ["1", "负责排课。"],
      ["2", "期初教学检查", [[null, "开学第一天组织处领导及督导组成员巡查全校课堂，当天形成检查简报。"]]],
      ["3", "负责考务，组织期末考试。"],
    ]]]);
    expect(lostLines(doc, "# 教学运行科岗位职责\n\n## 科室概况\n\n教学运行科负责全校本科教学计划的执行，现有人员编制4人。\n\n| 岗位 | 姓名 |\n| --- | --- |\n| 科长 | 周丽 |\n\n## 1. 科长\n\n1. 负责排课。\n2. 期初教学检查\n\n   开学第一天组织处领导及督导组成员巡查全校课堂，当天形成检查简报。\n3. 负责考务，\n   组织期末考试。\n")).toEqual([]);
  });
});

describe("posts no word names, numbered as the posts before them (probe set DD)", () => {
  it("reads \"1）子课题A：…（负责人：吴老师）\" over its list at the head of a part, numbered as the part before numbered its posts, and the next numbers after it, as posts", () => {
    const doc = sheet("Ⅰ. 管理与支撑", "1）课题组长（赵老师）", "⑴把握课题组研究方向。", "2）项目联络人（钱老师）", "⑴负责与基金委的联系。", "", "Ⅱ. 研究方向", "1）子课题A：复杂网络上的传播动力学（负责人：吴老师）", "⑴组织子课题A成员每周组会。", "⑵负责重点项目研究内容的实施。", "2）子课题B：数据驱动的传染病预测（负责人：郑老师）", "⑴负责省重点研发计划项目的具体实施。", "3）博士研究生", "- 每学期至少在组会做2次报告；");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["课题组长", 1], ["项目联络人", 1], ["子课题A：复杂网络上的传播动力学", 2], ["子课题B：数据驱动的传染病预测", 1], ["博士研究生", 1]]);
    expect(doc.ignored.filter((i) => i.reason === "not-a-duty")).toEqual([]);
  });
  it("still reads a clause that introduces its list (\"一、…依…計算：\") as no post", () => {
    const doc = sheet("Ⅰ. 人員職掌", "一、店長", "（一）綜理門市業務。", "二、經紀人員", "（一）執行仲介業務。", "Ⅱ. 業績獎金", "一、業務同仁之業績獎金依個人當月實收服務費計算：", "（一）實收服務費20萬元以下部分，按25%發放；", "（二）超過20萬元部分，按30%發放。");
    expect(roles(doc).map((r) => r.name)).not.toContain("業務同仁之業績獎金依個人當月實收服務費計算");
  });
});

describe("a notice of the leadership's division of work (probe set DS)", () => {
  it("reads \"一、周振华同志（党委书记、董事长）\" over its paragraphs, and \"赵明同志（人大主席）：负责…\", as leaders' posts, under the notice's title over two lines, and its address (\"集团公司各部门：\") as no unit", () => {
    const doc = sheet("中共东岳能源集团有限公司委员会文件", "东能党〔2024〕21号", "", "关于调整集团公司领导班子成员", "工作分工的通知", "", "集团公司各部门：", "    现将调整后的领导班子成员工作分工通知如下：", "    一、周振华同志（党委书记、董事长）", "    主持集团公司党委、董事会全面工作。", "    分管党委办公室、审计部。", "    二、韩立新同志（党委副书记、总经理）", "    主持集团公司生产经营管理全面工作。");
    expect(doc.title).toBe("关于调整集团公司领导班子成员工作分工的通知");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["周振华同志（党委书记、董事长）", 2], ["韩立新同志（党委副书记、总经理）", 1]]);
    const line = sheet("青石镇领导班子成员分工", "赵明同志（人大主席）：负责人大工作，分管人大办公室，联系新塘村。", "黄伟同志（副镇长）：负责安全生产工作，分管应急管理办公室。");
    expect(roles(line).map((r) => r.name)).toEqual(["赵明同志（人大主席）", "黄伟同志（副镇长）"]);
  });
  it("knows officers' titles in English letters (\"## 2. CTO — 赵峰\") as posts", () => {
    expect(["CEO", "CTO — 赵峰", "VP", "HRBP"].filter((p) => !isPositionName(p))).toEqual([]);
    expect(["CEOs", "CT", "ABC — 赵峰"].filter((p) => isPositionName(p))).toEqual([]);
    const doc = parseMarkdown("# 管理团队分工\n\n## 1. CEO — 王一鸣\n\na. 公司战略的制定\nb. 融资及董事会事务\n\n## 2. CTO — 赵峰\n\na. 技术路线与架构决策\n");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["CEO", 2], ["CTO", 1]]);
  });
});

describe("a sheet typed on a phone (probe set DX)", () => {
  it("finds no glued item inside a number (\"…问题24小时内…\"), reads a post over lines without stops as a post, and ends the posts at the sign-off", () => {
    const doc = sheet("锦华苑物业服务中心各岗位职责", "一、秩序维护部", "1、秩序维护主管", "1负责本部门人员的管理 排班 2每月组织一次消防演练", "3负责小区治安 对业主投诉的治安问题24小时内给答复", "", "二、保洁绿化部", "1、保洁领班", "每天早上七点前检查各楼栋大堂 电梯 的卫生", "负责保洁员的排班 和清洁用品的领用登记", "2、保洁员", "按片区负责楼道 电梯 大堂 地面的清扫", "负责垃圾桶的清运 和桶身清洗", "3、绿化工", "1.草坪 绿篱 按季节修剪", "2.发现枯死的苗木 报给领班补种", "", "编制：秩序维护部 王建军    审核：        批准：", "2024年3月5日");
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.map((d) => d.text)])).toEqual([
      ["秩序维护主管", "秩序维护部", ["负责本部门人员的管理 排班", "每月组织一次消防演练", "负责小区治安 对业主投诉的治安问题24小时内给答复"]],
      ["保洁领班", "保洁绿化部", ["每天早上七点前检查各楼栋大堂 电梯 的卫生", "负责保洁员的排班 和清洁用品的领用登记"]],
      ["保洁员", "保洁绿化部", ["按片区负责楼道 电梯 大堂 地面的清扫", "负责垃圾桶的清运 和桶身清洗"]],
      ["绿化工", "保洁绿化部", ["草坪 绿篱 按季节修剪", "发现枯死的苗木 报给领班补种"]],
    ]);
    expect(doc.ignored.map((i) => i.reason).slice(-2)).toEqual(["signoff", "closing"]);
  });
});

describe("a list spoken into a phone (probe sets DX, DQ)", () => {
  it("reads 第一点, 第二个 and 第一 followed by a space as numbers, 然后/还有就是/最后 as the next points, 👉 as a bullet, and sets aside \"[语音] 12\\\"\"", () => {
    const doc = sheet("店长职责", "第一点 全面负责门店的营业 人员 卫生", "第二点每天早上九点半开晨会", "然后 每个月底组织一次盘点👌", "还有就是顾客投诉 直接叫我", "最后 闭店前检查燃气阀", "楼面主管职责", "第一个 协助店长管理前厅", "第二个 开餐前检查服务员仪容仪表", "[语音] 12\"", "服务员职责", "👉 迎宾 点单 上锅底", "👉 负责自己区域的卫生", "后厨主管", "第一 负责后厨所有人员的管理", "第二 冷库温度每天早晚各记一次 第三 过期食材一律报损");
    expect(roles(doc).map((r) => [r.name, r.duties.map((d) => [d.number, d.text])])).toEqual([
      ["店长", [["一", "全面负责门店的营业 人员 卫生"], ["二", "每天早上九点半开晨会"], [null, "然后 每个月底组织一次盘点👌"], [null, "还有就是顾客投诉 直接叫我"], [null, "最后 闭店前检查燃气阀"]]],
      ["楼面主管", [["一", "协助店长管理前厅"], ["二", "开餐前检查服务员仪容仪表"]]],
      ["服务员", [[null, "迎宾 点单 上锅底"], [null, "负责自己区域的卫生"]]],
      ["后厨主管", [["一", "负责后厨所有人员的管理"], ["二", "冷库温度每天早晚各记一次"], ["三", "过期食材一律报损"]]],
    ]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["chat"]);
    // (Not a count of months or a chapter: "第一个月内完成入职培训", "第一 章".)
    expect([matchMarker("第一个月内完成入职培训"), matchMarker("第一 章 总则")?.style.id ?? null]).toEqual([null, "part"]);
  });
  it("reads a post's 岗位责任清单 as its role words (\"（一）党委书记岗位责任清单\")", () => {
    const doc = sheet("第一章  镇领导班子成员", "（一）党委书记岗位责任清单", "职责一：全面领导全镇经济社会发展工作。", "（二）镇长岗位责任清单", "职责一：主持镇政府全面工作。");
    expect(roles(doc).map((r) => r.name)).toEqual(["党委书记", "镇长"]);
  });
});

describe("a wiki's mark of its table of contents (probe set DS)", () => {
  it("sets aside \"[TOC]\" and \"[[_TOC_]]\", even under a post's heading", () => {
    const doc = parseMarkdown("## 院长\n\n[TOC]\n\n1. 主持医院行政全面工作。\n\n## 副院长\n\n[[_TOC_]]\n\n1. 协助院长工作。\n");
    expect(roles(doc).map((r) => [r.name, r.summary, r.duties.length])).toEqual([["院长", null, 1], ["副院长", null, 1]]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["page-noise", "page-noise"]);
  });
});

describe("a GMP plant's key personnel in Hong Kong (probe set DT)", () => {
  it("knows the authorised person (獲授權人) as a post, and sets aside \"Page 2 of 3\" with the footer's words after it", () => {
    expect(isPositionName("獲授權人（Authorised Person）")).toBe(true);
    const doc = sheet("Ⅰ. 獲授權人（Authorised Person）", "⑴ 於產品放行前確認該批次已按GMP要求製造。", "Page 2 of 3                                    德信藥廠 – 內部文件 – 不得外傳", "⑵ 保存放行紀錄。", "Ⅱ. 生產經理（Production Manager）", "⑴ 按批准的工藝規程組織生產。");
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["獲授權人（Authorised Person）", 2], ["生產經理（Production Manager）", 1]]);
    expect(doc.ignored.map((i) => i.reason)).toEqual(["page-noise"]);
  });
});
