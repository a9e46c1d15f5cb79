// Role-per-row tables (src/parse/row-tables.ts): a sheet kept in Excel and
// saved as CSV or tab-separated text, or a table of pipes, one role a row.
import { describe, expect, it } from "vitest";
import type { Document, Duty, Role } from "../src/model/document.js";
import { lostLines } from "../src/parse/coverage.js";
import { parse } from "../src/parse/index.js";

const roles = (doc: Document): Role[] => doc.sections.flatMap((s) => s.roles);
const texts = (duties: Duty[]) => duties.map((d) => [d.number, d.text, d.line]);

describe("role-per-row tables", () => {
  it("reads tab-separated rows: one role a row, a merged department cell, 序号 and 备注 set aside", () => {
    const text = [
      "仓储中心岗位职责表",
      "序号\t部门\t岗位名称\t岗位职责\t任职要求\t备注",
      "1\t仓储部\t仓储经理\t1.负责仓储运营管理；2.制定作业标准。\t五年以上仓储管理经验\t",
      "2\t\t叉车司机\t按调度指令完成装卸和移库。\t持有效叉车证\t夜班",
      "3\t运输部\t调度员\t1.安排车辆和线路；2.跟踪在途运输。\t\t",
    ].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.department, r.name, r.line, r.heading])).toEqual([
      ["仓储部", "仓储经理", 3, text.split("\n")[2]!.trim()],
      ["仓储部", "叉车司机", 4, text.split("\n")[3]!.trim()],
      ["运输部", "调度员", 5, text.split("\n")[4]!.trim()],
    ]);
    expect(texts(roles(doc)[0]!.duties)).toEqual([["1", "负责仓储运营管理；", 3], ["2", "制定作业标准。", 3]]);
    // An unnumbered duty in the duties column is a duty, not a summary.
    expect([roles(doc)[1]!.summary, texts(roles(doc)[1]!.duties)]).toEqual([null, [[null, "按调度指令完成装卸和移库。", 4]]]);
    expect(roles(doc).map((r) => r.blocks.map((b) => [b.type, b.items.map((i) => i.text)]))).toEqual([
      [["requirements", ["五年以上仓储管理经验"]]], [["requirements", ["持有效叉车证"]]], [],
    ]);
    expect(doc.ignored.filter((i) => i.reason === "table-cell").map((i) => [i.line, i.text])).toEqual([[3, "1"], [4, "2"], [4, "夜班"], [5, "3"]]);
    expect([doc.source.lines, lostLines(doc, text)]).toEqual([5, []]);
  });

  it("reads CSV: quoted cells with commas, line breaks and doubled quotes, and unquoted cells", () => {
    const text = [
      "岗位名称,所属部门,直接上级,岗位职责,任职资格",
      '招聘专员,人力资源部,人力资源经理,"1、发布招聘信息，筛选简历；',
      "2、安排面试，跟进录用；",
      '3、维护""校园招聘""渠道。","1、大专以上学历；2、一年以上招聘经验。"',
      "网络管理员,信息部,信息部经理,负责网络和服务器的日常维护,计算机相关专业",
    ].join("\n");
    const doc = parse(text);
    const [recruiter, admin] = roles(doc);
    expect([recruiter!.name, recruiter!.department, recruiter!.fields.map((f) => [f.label, f.value])]).toEqual(["招聘专员", "人力资源部", [["所属部门", "人力资源部"], ["直接上级", "人力资源经理"]]]);
    expect(texts(recruiter!.duties)).toEqual([["1", "发布招聘信息，筛选简历；", 2], ["2", "安排面试，跟进录用；", 3], ["3", "维护\"校园招聘\"渠道。", 4]]);
    expect(recruiter!.blocks[0]!.items.map((i) => i.text)).toEqual(["大专以上学历；", "一年以上招聘经验。"]);
    expect([admin!.name, admin!.line, texts(admin!.duties)]).toEqual(["网络管理员", 5, [[null, "负责网络和服务器的日常维护", 5]]]);
    expect([doc.source.lines, lostLines(doc, text)]).toEqual([5, []]);
  });


  it("reads rows copied out of Excel between tabs, a cell with line breaks between quotes, a quote that opens no such cell as text", () => {
    const text = [
      "部门\t岗位名称\t岗位职责\t任职要求",
      '采购部\t采购员\t"1、根据请购单询价比价；',
      '2、跟踪订单交期。"\t"1、大专以上学历；',
      '2、一年以上采购经验。"',
      '行政部\t前台\t"客户第一"的理念贯彻',
      '质量部\t检验员\t"负责来料检验',
      "仓储部\t仓管员\t负责收发货",
    ].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.department, r.name, texts(r.duties)])).toEqual([
      ["采购部", "采购员", [["1", "根据请购单询价比价；", 2], ["2", "跟踪订单交期。", 3]]],
      ["行政部", "前台", [[null, '"客户第一"的理念贯彻', 5]]],
      ["质量部", "检验员", [[null, '"负责来料检验', 6]]],
      ["仓储部", "仓管员", [[null, "负责收发货", 7]]],
    ]);
    // A cell that starts on a later line of its row keeps its lines: the requirements on lines 3 and 4.
    expect(texts(roles(doc)[0]!.blocks[0]!.items)).toEqual([["1", "大专以上学历；", 3], ["2", "一年以上采购经验。", 4]]);
    expect(lostLines(doc, text)).toEqual([]);
  });
  it("reads a table of pipes in a text file, its rule line aside, and what follows the table as usual", () => {
    const text = [
      "| 序号 | 岗位名称 | 岗位职责 | 任职要求 |",
      "|------|----------|----------|----------|",
      "| 1 | 行政主管 | 1、统筹行政事务；2、制定行政制度。 | 三年以上行政经验 |",
      "| 2 | 司机 | 1、完成公务用车任务。 | 持C1驾照 |",
      "制表：行政人事部",
      "保安岗位职责",
      "1、负责门岗值守。",
    ].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.name, r.duties.length])).toEqual([["行政主管", 2], ["司机", 1], ["保安", 1]]);
    // (Each row's duties cell comes after its column's label, set aside as a heading as a form's "岗位职责：" line is.)
    expect(doc.ignored.map((i) => [i.line, i.text, i.reason])).toEqual([
      [1, text.split("\n")[0], "heading"], [2, text.split("\n")[1], "stray"], [3, "1", "table-cell"], [3, "岗位职责：", "heading"],
      [4, "2", "table-cell"], [4, "岗位职责：", "heading"], [5, "制表：行政人事部", "signoff"],
    ]);
  });

  it("takes no other line for a header: a form's row, a sentence with commas, a header with neither a role nor a 序号 column", () => {
    const form = parse("岗位名称\t销售经理\t所属部门\t销售部\n岗位职责\t1.负责销售。");
    expect(roles(form).map((r) => [r.name, r.department, r.duties.length])).toEqual([["销售经理", "销售部", 1]]);
    const prose = parse("销售经理岗位职责\n1.岗位名称、岗位职责和任职要求由人事部统一发布,每年修订一次。\n2.负责回款。");
    expect(roles(prose)[0]!.duties.map((d) => d.number)).toEqual(["1", "2"]);
    const noRole = parse("出纳岗位职责\n部门,岗位职责\n1,负责回款");
    expect(noRole.ignored.some((i) => i.reason === "heading")).toBe(false);
  });

  it("reads a table of full-width pipes whose merged cells are empty on the rows under them: each row one more item of the role above", () => {
    const text = [
      "各組職掌表",
      "｜組別　　｜職稱　　｜工作項目　　　　　　　　　　｜職務代理人｜",
      "｜採編組　｜組長　　｜一、綜理採購及編目業務。　　｜閱覽組組長｜",
      "｜　　　　｜　　　　｜二、審核年度採購清單。　　　｜　　　　　｜",
      "｜　　　　｜編審　　｜一、辦理圖書分類編目。　　　｜組員　　　｜",
      "｜閱覽組　｜組長　　｜一、綜理流通業務。　　　　　｜採編組組長｜",
      "｜　　　　｜　　　　｜二、規劃館舍空間。　　　　　｜　　　　　｜",
      "",
      "註：職務代理人依序代理。",
    ].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.department, r.name, r.line, texts(r.duties)])).toEqual([
      ["採編組", "組長", 3, [["一", "綜理採購及編目業務。", 3], ["二", "審核年度採購清單。", 4]]],
      ["採編組", "編審", 5, [["一", "辦理圖書分類編目。", 5]]],
      ["閱覽組", "組長", 6, [["一", "綜理流通業務。", 6], ["二", "規劃館舍空間。", 7]]],
    ]);
    // The note under the table is no duty (註：, as 注：).
    expect(doc.ignored.map((i) => [i.line, i.reason]).filter(([line]) => line === 9)).toEqual([[9, "closing"]]);
    expect(lostLines(doc, text)).toEqual([]);
  });

  it("reads an item-per-row table under a role's heading: the row's number from its 序号 cell, the other cells set aside", () => {
    const text = ["销售专员岗位职责", "序号\t工作职责\t考核标准", "1\t负责新客户开发\t每月10家", "2\t维护老客户关系\t流失率低于5%", "", "任职要求：熟练使用 Excel"].join("\n");
    const doc = parse(text);
    const [role] = roles(doc);
    expect([role!.name, texts(role!.duties), role!.duties.map((d) => d.marker)]).toEqual(["销售专员", [["1", "负责新客户开发", 3], ["2", "维护老客户关系", 4]], ["1", "2"]]);
    // (A value's last English word is no English label of the block: it stays.)
    expect(role!.blocks.map((b) => b.items.map((i) => i.text))).toEqual([["熟练使用 Excel"]]);
    expect(doc.ignored.filter((i) => i.reason === "table-cell").map((i) => [i.line, i.text])).toEqual([[3, "每月10家"], [4, "流失率低于5%"]]);
    expect(lostLines(doc, text)).toEqual([]);
  });

  it("reads a break written <br> in a cell as a new line of the cell, on the same line", () => {
    const text = ["| 岗位 | 主要职责 | 任职要求 |", "| 招聘主管 | 1. 制定招聘方案；<br>2. 组织面试。 | 本科；<br/>三年经验 |"].join("\n");
    const [role] = roles(parse(text));
    expect([texts(role!.duties), role!.blocks.map((b) => b.items.map((i) => [i.text, i.line]))]).toEqual([
      [["1", "制定招聘方案；", 2], ["2", "组织面试。", 2]], [[["本科；", 2], ["三年经验", 2]]],
    ]);
  });

  it("reads a table copied a cell a line: the header's labels one per line, each row's cells in their order, a list's items while their numbers run on", () => {
    const text = ["序號", "職務名稱", "工作職掌", "備註", "1", "門市店長", "1.負責門市營運管理。", "2.人員排班與考核。", "需配合輪班", "2", "副店長", "1.協助店長執行營運工作。", "2.店長休假時代理職務。"].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.name, r.line, texts(r.duties)])).toEqual([
      ["門市店長", 6, [["1", "負責門市營運管理。", 7], ["2", "人員排班與考核。", 8]]],
      ["副店長", 11, [["1", "協助店長執行營運工作。", 12], ["2", "店長休假時代理職務。", 13]]],
    ]);
    expect(doc.ignored.filter((i) => i.reason === "table-cell").map((i) => i.text)).toEqual(["1", "需配合輪班", "2"]);
    expect(lostLines(doc, text)).toEqual([]);
    const merged = parse(["部门", "岗位", "岗位职责", "任职要求", "市场营销中心", "品牌专员", "1.负责品牌策划；", "2.运营新媒体账号。", "1.本科学历；", "2.有运营经验。", "文案", "1.撰写推文。", "大专学历。"].join("\n"));
    expect(roles(merged).map((r) => [r.department, r.name, r.duties.length, r.blocks.map((b) => b.items.length)])).toEqual([
      ["市场营销中心", "品牌专员", 2, [2]], ["市场营销中心", "文案", 1, [1]]]);
    // A form's label over its value is no such header.
    expect(roles(parse(["岗位名称", "销售经理", "岗位职责", "1、开拓市场；", "2、维护客户。"].join("\n"))).map((r) => [r.name, r.duties.length])).toEqual([["销售经理", 2]]);
  });
});

describe("tables of posts by department", () => {
  it("reads the header repeated under each department's banner, a cell's clauses between semicolons as items, and sets aside the notes and a head-count table after it", () => {
    const text = ["各部门岗位职责一览表", "", "一、仓储部", "序号\t岗位\t岗位职责\t任职要求", "1\t收货组长\t安排卸货；核对到货数量；当日收货当日上架\t高中以上学历；两年以上经验", "", "二、运输部", "序号\t岗位\t岗位职责\t任职要求", "1\t调度主管\t1、编制派车计划；2、监控在途车辆\t三年以上调度经验", "", "备注：", "1.本表所列为主要职责。", "2.调整须经人力行政部确认。", "", "附表：各岗位定编", "岗位\t定编人数\t现有人数", "收货组长\t2\t2", "调度主管\t1\t1"].join("\n");
    const doc = parse(text);
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.map((d) => [d.number, d.text]), r.blocks.map((b) => b.items.map((d) => d.text))])).toEqual([
      ["收货组长", "仓储部", [[null, "安排卸货；"], [null, "核对到货数量；"], [null, "当日收货当日上架"]], [["高中以上学历；", "两年以上经验"]]],
      ["调度主管", "运输部", [["1", "编制派车计划；"], ["2", "监控在途车辆"]], [["三年以上调度经验"]]],
    ]);
    expect(doc.ignored.filter((i) => i.line >= 11).map((i) => i.reason)).toEqual(Array(7).fill("closing"));
    expect(lostLines(doc, text)).toEqual([]);
  });
});

describe("a CSV table with an assessment column (probe set BC)", () => {
  it("reads 考核方式 as a block's column, so that the header still heads a role-per-row table", () => {
    const doc = parse('序号,岗位名称,岗位职责,任职要求,考核方式\n1,带货主播,"1.负责开播；\n2.熟悉货盘。",1.形象佳,按月考核GMV\n');
    const [role] = doc.sections.flatMap((s) => s.roles);
    expect([role!.name, role!.duties.map((d) => d.text), role!.blocks.map((b) => b.items.map((i) => i.text))]).toEqual(["带货主播", ["负责开播；", "熟悉货盘。"], [["形象佳"], ["按月考核GMV"]]]);
  });
});

describe("tables that hold no duties (probe sets DL, DN)", () => {
  it("sets aside a table of the posts and their counts, and a revision record, both between tabs, over the posts' forms", () => {
    const text = ["星途电竞馆岗位说明书", "", "修订次数\t修订内容\t修订人\t审核人", "0\t首次发布\t李娜\t张华", "1\t增加网管岗位\t李娜\t张华", "", "本店岗位设置如下：", "序号\t岗位名称\t所属部门\t编制人数\t班次", "1\t店长\t运营部\t1\t白班", "2\t网管\t技术部\t3\t三班倒", "", "岗位名称：店长", "所属部门：运营部", "工作职责：", "1. 负责门店经营管理。", "", "岗位名称：网管", "所属部门：技术部", "工作职责：", "1. 负责网络及电脑维护。"].join("\n");
    const doc = parse(text);
    expect(doc.title).toBe("星途电竞馆岗位说明书");
    expect(roles(doc).map((r) => [r.name, r.department, texts(r.duties)])).toEqual([["店长", "运营部", [["1", "负责门店经营管理。", 15]]], ["网管", "技术部", [["1", "负责网络及电脑维护。", 20]]]]);
    expect(doc.ignored.filter((i) => i.reason === "table-cell").map((i) => i.line)).toEqual([4, 5, 9, 10]);
    expect(lostLines(doc, text)).toEqual([]);
  });
  it("still reads a form's rows of labels and values between tabs as the post's fields", () => {
    const doc = parse(["表1  店长岗位说明书", "岗位名称\t店长\t所属部门\t门店", "直接上级\t区域经理\t直接下级\t营业员", "岗位职责\t1.负责门店排班；", "2.组织每日晨会。"].join("\n"));
    expect(roles(doc).map((r) => [r.name, r.department, r.duties.length])).toEqual([["店长", "门店", 2]]);
  });
});

describe("a duties table with a column of how often (probe set DW)", () => {
  it("sets aside the 频次 column's cells, as 序号's", () => {
    const doc = parse(["岗位名称\t门店店长\t所属部门\t门店营运部", "二、岗位职责\t\t\t", "序号\t职责内容\t\t频次", "1\t组织制定门店月度销售计划。\t\t每月", "2\t每日巡店，检查商品陈列。\t\t每日"].join("\n"));
    expect(roles(doc).map((r) => [r.name, texts(r.duties)])).toEqual([["门店店长", [["1", "组织制定门店月度销售计划。", 4], ["2", "每日巡店，检查商品陈列。", 5]]]]);
    expect(doc.ignored.filter((i) => i.reason === "table-cell").map((i) => i.text)).toEqual(["每月", "每日"]);
  });
});
