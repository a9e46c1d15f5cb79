// Markdown input: headings, nested lists, Chinese numbering in paragraphs and
// items, inline markup, what is set aside, line numbers, the gold fixture, the
// lossless property, and the CLI (--from markdown, .markdown, the real bin).
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentSchema, parse, parseMarkdown, renderMarkdown, type Document, type Duty } from "../src/index.js";
import { lostLines } from "../src/parse/coverage.js";
import { readMarkdown } from "../src/parse/markdown.js";
import { PIECE_SIZE } from "../src/parse/markdown-pieces.js";
import { fixture, ROOT, runBin, runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

interface Shape {
  number: string | null;
  text: string;
  line: number;
  children: Shape[];
}
const shape = (d: Duty | Shape): Shape => ({ number: d.number, text: d.text, line: d.line, children: d.children.map(shape) });
const roles = (doc: Document) => doc.sections.flatMap((s) => s.roles);
const duties = (doc: Document, role = 0) => roles(doc)[role]!.duties.map(shape);
/** Nested [number, text] pairs: enough to read a tree at a glance. */
const outline = (list: Duty[]): unknown[] => list.map((d) => (d.children.length ? [d.number, d.text, outline(d.children)] : [d.number, d.text]));
const reasons = (doc: Document) => doc.ignored.map((i) => `${i.line} ${i.reason}`);

describe("parseMarkdown: structure", () => {
  it("reads headings as the title, sections and roles, keeping the heading as written", () => {
    const doc = parseMarkdown("# 销售中心岗位职责\n\n## 第一章 销售部\n\n### 销售经理岗位职责\n\n1. 负责销售计划；\n\n### 出纳\n\n1. 负责现金收付；\n");
    expect(doc.title).toBe("销售中心岗位职责");
    expect(doc.sections.map((s) => [s.title, s.line])).toEqual([["第一章 销售部", 3]]);
    expect(roles(doc).map((r) => [r.name, r.heading, r.line])).toEqual([
      ["销售经理", "### 销售经理岗位职责", 5],
      ["出纳", "### 出纳", 9],
    ]);
  });

  it("nests ordered and bullet lists as they are indented", () => {
    const doc = parseMarkdown("## 销售经理岗位职责\n\n1. 开拓市场：\n   - 华东区域；\n     1. 上海；\n   - 华南区域。\n2. 管理团队。\n");
    expect(outline(roles(doc)[0]!.duties)).toEqual([
      ["1", "开拓市场：", [[null, "华东区域；", [["1", "上海；"]]], [null, "华南区域。"]]],
      ["2", "管理团队。"],
    ]);
  });

  it("keeps the list marker as written: 1) and * are markers too", () => {
    const doc = parseMarkdown("## 出纳岗位职责\n\n3) 负责现金；\n4) 负责票据。\n\n* 负责报表。\n");
    const list = roles(doc)[0]!.duties;
    expect(list.map((d) => [d.marker, d.number, d.ordinal, d.style])).toEqual([
      ["3)", "3", 3, "arabic-close"],
      ["4)", "4", 4, "arabic-close"],
      ["*", null, null, "bullet"],
    ]);
  });

  it("reads Chinese numbering written in a list item as the item's number", () => {
    const doc = parseMarkdown("## 销售代表岗位职责\n\n- 一、负责客户开发；\n- 二、负责回款：\n  1. （一）拜访客户；\n");
    expect(outline(roles(doc)[0]!.duties)).toEqual([
      ["一", "负责客户开发；"],
      ["二", "负责回款：", [["一", "拜访客户；"]]],
    ]);
  });

  it("keeps the lines of one paragraph apart: each numbered line is an item with its own line number", () => {
    const doc = parseMarkdown("## 销售代表岗位职责\n\n一、负责开发；\n二、负责维护：\n（一）大客户；\n（二）小客户。\n");
    expect(duties(doc)).toEqual([
      { number: "一", text: "负责开发；", line: 3, children: [] },
      { number: "二", text: "负责维护：", line: 4, children: [
        { number: "一", text: "大客户；", line: 5, children: [] },
        { number: "二", text: "小客户。", line: 6, children: [] },
      ] },
    ]);
  });

  it("nests a list under the numbered line above it (bold pseudo-headings)", () => {
    const doc = parseMarkdown("## 销售经理岗位职责\n\n**一、销售管理**\n\n1. 制定计划；\n2. 完成目标。\n\n**二、团队管理**\n\n1. 招聘培训。\n");
    expect(outline(roles(doc)[0]!.duties)).toEqual([
      ["一", "销售管理", [["1", "制定计划；"], ["2", "完成目标。"]]],
      ["二", "团队管理", [["1", "招聘培训。"]]],
    ]);
  });

  it("reads a deeper numbered heading under a role as a group of its duties", () => {
    const doc = parseMarkdown("## 销售经理\n\n### 一、销售管理\n\n1. 制定计划；\n2. 完成目标。\n\n### 二、团队管理\n\n- 招聘培训。\n\n## 销售代表\n\n1. 拜访客户。\n");
    expect(roles(doc).map((r) => r.name)).toEqual(["销售经理", "销售代表"]);
    expect(outline(roles(doc)[0]!.duties)).toEqual([
      ["一", "销售管理", [["1", "制定计划；"], ["2", "完成目标。"]]],
      ["二", "团队管理", [[null, "招聘培训。"]]],
    ]);
  });

  it("joins a lazy line and a second paragraph to their item, and nests numbered lines in its body", () => {
    const doc = parseMarkdown("## 出纳岗位职责\n\n1. 负责现金收付，\n并登记日记账；\n\n   每日核对库存现金。\n\n   （1）日清月结；\n   （2）账实相符。\n2. 负责票据。\n");
    const [first] = roles(doc)[0]!.duties;
    expect(first!.text).toBe("负责现金收付，并登记日记账；每日核对库存现金。");
    expect([first!.line, first!.endLine]).toEqual([3, 6]);
    expect(outline(first!.children)).toEqual([["1", "日清月结；"], ["2", "账实相符。"]]);
  });

  it("ends the lists at a paragraph outside them: it is no wrapped line of the last item", () => {
    const doc = parseMarkdown("## 出纳岗位职责\n\n1. 负责现金\n2. 负责票据\n\n完成领导交办的其他工作\n\n注：以上职责根据实际情况调整\n");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["1", "负责现金"], ["2", "负责票据"], [null, "完成领导交办的其他工作"]]);
    expect(reasons(doc)).toEqual(["8 closing"]);
  });

  it("puts a job-description block heading's list in the role's block", () => {
    const doc = parseMarkdown("## 售前工程师岗位职责\n\n- 编写方案。\n\n### 任职要求\n\n- 本科学历；\n");
    const role = roles(doc)[0]!;
    expect(role.duties.map((d) => d.text)).toEqual(["编写方案。"]);
    expect(role.blocks.map((b) => [b.type, b.title, b.line, b.items.map((i) => i.text)])).toEqual([["requirements", "### 任职要求", 5, ["本科学历；"]]]);
  });
});

describe("parseMarkdown: wiki and notes pages", () => {
  it("reads '### 📌 岗位：X' as the post, field bullets as fields, task boxes as markup; sets aside a contents list, 备注 and a signature", () => {
    const doc = parseMarkdown([
      "## 目录", "- [数据分析师](#数据分析师)", "", "### 📌 岗位：数据分析师", "", "- **汇报对象**：数据中台主管", "", "1. 负责指标体系；", "2. 输出分析报告。", "",
      "## 招聘专员", "- [x] 发布招聘信息；", "- [ ] 建立人才库。", "", "## 备注", "1. 表中职责为岗位基本职责；", "", "## 调度员", "1. 安排车辆；", "", "——物流中心 李经理", "",
    ].join("\n"));
    expect(roles(doc).map((r) => [r.name, r.heading, r.fields.map((f) => f.label), outline(r.duties)])).toEqual([
      ["数据分析师", "### 📌 岗位：数据分析师", ["汇报对象"], [["1", "负责指标体系；"], ["2", "输出分析报告。"]]],
      ["招聘专员", "## 招聘专员", [], [[null, "发布招聘信息；"], [null, "建立人才库。"]]],
      ["调度员", "## 调度员", [], [["1", "安排车辆；"]]],
    ]);
    expect(reasons(doc).filter((r) => !r.endsWith("heading"))).toEqual(["1 page-noise", "2 page-noise", "15 closing", "16 closing", "21 closing"]);
  });
});

describe("parseMarkdown: inline text", () => {
  it("reduces emphasis, links, images and inline code to their text", () => {
    const doc = parseMarkdown("## 销售经理岗位职责\n\n1. 制定**年度**与*季度*目标，按照[《管理办法》](http://example.com)执行；\n2. 在 `CRM` 中录入![客户](a.png)信息；\n");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["制定年度与季度目标，按照《管理办法》执行；", "在 CRM 中录入客户信息；"]);
  });

  it("unescapes Markdown escapes and keeps a heading's text without its markup", () => {
    const doc = parseMarkdown("## **销售经理**岗位职责\n\n1. 负责\\*重点\\*客户；\n");
    expect(roles(doc)[0]!.name).toBe("销售经理");
    expect(roles(doc)[0]!.heading).toBe("## **销售经理**岗位职责");
    expect(roles(doc)[0]!.duties[0]!.text).toBe("负责*重点*客户；");
  });

  it("splits at <br> as at a line break, on the same line number", () => {
    const doc = parseMarkdown("## 出纳岗位职责\n\n一、负责现金；<br>二、负责票据。\n");
    expect(duties(doc)).toEqual([
      { number: "一", text: "负责现金；", line: 3, children: [] },
      { number: "二", text: "负责票据。", line: 3, children: [] },
    ]);
  });
});

describe("parseMarkdown: what is set aside", () => {
  it("sets aside a pipe table line by line, numbered rows included", () => {
    const doc = parseMarkdown("## 销售经理岗位职责\n\n1. 负责销售。\n\n| 指标 | 权重 |\n| --- | :-: |\n| 1. 销售额 | 50% |\n");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["负责销售。"]);
    expect(reasons(doc)).toEqual(["5 table", "6 table", "7 table"]);
  });

  it("reads a pipe table of roles, one a row, as a text file's: department, duties split at <br>, requirements; emphasis dropped", () => {
    const text = [
      "# 行政人事中心岗位职责",
      "",
      "| 部门 | 岗位 | 主要职责 | 任职要求 |",
      "| :--- | :--- | :--- | :--- |",
      "| 人力资源部 | 招聘主管 | 1. 制定**招聘**方案；<br>2. 组织面试。 | 本科；<br>三年经验 |",
      "| | 前台 | - 接听总机电话<br>- 登记访客 | 形象良好 |",
      "",
      "## IT 支持岗位职责",
      "",
      "| 序号 | 职责内容 |",
      "| ---- | -------- |",
      "| 1 | 维护办公电脑 |",
      "| 2 | 管理 VPN 账号 |",
    ].join("\n");
    const doc = parseMarkdown(text);
    expect(roles(doc).map((r) => [r.department, r.name, r.line, outline(r.duties)])).toEqual([
      ["人力资源部", "招聘主管", 5, [["1", "制定招聘方案；"], ["2", "组织面试。"]]],
      ["人力资源部", "前台", 6, [[null, "接听总机电话"], [null, "登记访客"]]],
      [null, "IT 支持", 8, [["1", "维护办公电脑"], ["2", "管理 VPN 账号"]]],
    ]);
    expect(roles(doc)[0]!.blocks.map((b) => [b.type, b.items.map((i) => i.text)])).toEqual([["requirements", ["本科；", "三年经验"]]]);
    expect(lostLines(doc, text)).toEqual([]);
  });

  it("sets aside fenced code, even with numbered lines in it", () => {
    const doc = parseMarkdown("## 销售经理岗位职责\n\n1. 审阅日报，格式如下：\n\n   ```\n   1. 拜访数：\n   ```\n2. 审批费用。\n");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["1", "审阅日报，格式如下："], ["2", "审批费用。"]]);
    expect(reasons(doc)).toEqual(["5 code", "6 code", "7 code"]);
  });

  it("reads indented code holding Chinese as text: a plain-text sheet's indentation", () => {
    const doc = parseMarkdown("## 出纳岗位职责\n\n    1、负责现金收付；\n    2、负责票据保管。\n");
    expect(outline(roles(doc)[0]!.duties)).toEqual([["1", "负责现金收付；"], ["2", "负责票据保管。"]]);
    expect(reasons(parseMarkdown("## 出纳岗位职责\n\n    npm run build\n"))).toEqual(["3 code"]);
  });

  it("sets aside a note in a quote, but reads a quote that holds a list", () => {
    const doc = parseMarkdown("> 本文件由人力资源部维护。\n\n## 出纳岗位职责\n\n> 1. 负责现金；\n> 2. 负责票据。\n");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["负责现金；", "负责票据。"]);
    expect(reasons(doc)).toEqual(["1 quote"]);
  });

  it("sets aside HTML, rules, link definitions, front matter and lines of markup alone", () => {
    const text = "---\ntitle: 岗位职责\n---\n\n出纳岗位职责\n==========\n\n<!-- 草稿 -->\n\n***\n\n[办法]: http://example.com\n\n1. 负责现金；\n-\n";
    const doc = parseMarkdown(text);
    expect(roles(doc).map((r) => [r.name, r.heading])).toEqual([["出纳", "出纳岗位职责"]]);
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["负责现金；"]);
    expect(reasons(doc)).toEqual(["1 front-matter", "2 front-matter", "3 front-matter", "6 markup", "8 html", "10 rule", "12 definition", "15 markup"]);
    expect(lostLines(doc, text)).toEqual([]);
  });

  it("takes a rule at the top for a rule, not for front matter", () => {
    const doc = parseMarkdown("---\n\n## 出纳岗位职责\n\n1. 负责现金；\n\n---\n");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["负责现金；"]);
    expect(reasons(doc)).toEqual(["1 rule", "7 rule"]);
  });
});

describe("parseMarkdown: line numbers", () => {
  it("takes line numbers from the mdast positions, with CRLF line ends too", () => {
    const doc = parseMarkdown("# 销售中心\r\n\r\n## 出纳岗位职责\r\n\r\n\r\n- 负责现金\r\n  收付；\r\n\r\n- 负责票据。\r\n");
    expect(roles(doc)[0]!.line).toBe(3);
    expect(roles(doc)[0]!.duties.map((d) => [d.line, d.endLine])).toEqual([[6, 7], [9, 9]]);
    expect(doc.source.lines).toBe(9);
  });
});

describe("parseMarkdown: the gold fixture", () => {
  const text = readFileSync(fixture("markdown-sheet.md"), "utf8");
  const gold = JSON.parse(readFileSync(fixture("markdown-sheet.gold.json"), "utf8"));
  const doc = parseMarkdown(text, { path: "fixtures/markdown-sheet.md" });

  it("finds the gold's title, roles, duties, numbers, lines and parents", () => {
    expect(doc.title).toBe(gold.title);
    const goldRoles = gold.sections.flatMap((s: { roles: unknown[] }) => s.roles);
    const view = (r: { name: string; heading: string; line: number; duties: Shape[]; blocks?: { type: string; title: string; line: number; items: Shape[] }[] }) => ({
      name: r.name, heading: r.heading, line: r.line, duties: r.duties.map(shape),
      blocks: (r.blocks ?? []).map((b) => ({ type: b.type, title: b.title, line: b.line, items: b.items.map(shape) })),
    });
    expect(roles(doc).map(view)).toEqual(goldRoles.map(view));
  });

  it("sets aside the note, the code block and the table", () => {
    expect(reasons(doc)).toEqual(["3 quote", "5 introduction", "16 code", "17 code", "18 code", "19 code", "20 code", "26 table", "27 table", "28 table", "29 table", "30 table"]);
  });

  it("is a valid Document that loses no line", () => {
    expect(documentSchema.safeParse(doc).success).toBe(true);
    expect(lostLines(doc, text)).toEqual([]);
  });
});

// Generated Markdown sheets: whatever the mix of blocks, no non-blank line is lost.
const PIECES = ["负责销售计划；", "**一、**负责客户开发；", "二、定期拜访客户", "（1）审核合同。", "按照[办法](http://x)执行", "`代码`与![图](a.png)", "1、负责现金", "①日清月结", "a. 培训新员工", "完成领导交办的其他工作", "以上职责由人力资源部解释。", "任职要求：本科", "| 指标 | 权重 |"];
const HEADINGS = ["销售经理岗位职责", "出纳", "任职要求", "第一章 总则", "销售部", "一、日常管理", "工作关系"];
const piece = fc.constantFrom(...PIECES);
const indent = (text: string, by: number) => text.split("\n").map((l) => (l ? " ".repeat(by) + l : l)).join("\n");

const listBlock: fc.Memo<string> = fc.memo((n) =>
  fc.tuple(fc.constantFrom("- ", "* ", "1. ", "3) "), fc.array(fc.tuple(piece, fc.option(piece), fc.option(n > 1 ? listBlock(n - 1) : fc.constant("- 子项")), fc.boolean()), { minLength: 1, maxLength: 4 }))
    .map(([marker, items]) => items.map(([text, lazy, nested, spread]) =>
      `${marker}${text}${lazy ? `\n${lazy}` : ""}${nested ? `\n${indent(nested, marker.length)}` : ""}${spread ? "\n" : ""}`).join("\n")));

const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...HEADINGS)).map(([level, text]) => `${"#".repeat(level)} ${text}`),
  fc.constantFrom(...HEADINGS).map((text) => `${text}\n${"-".repeat(6)}`),
  fc.array(piece, { minLength: 1, maxLength: 4 }).map((lines) => lines.join("\n")),
  listBlock(3),
  fc.constant("| 指标 | 权重 |\n| --- | --- |\n| 1. 销售额 | 50% |"),
  fc.constant("```\n1. 拜访数：\n\n2. 新增数：\n```"),
  fc.constant("    1、负责现金；\n    2、负责票据。"),
  fc.array(piece, { minLength: 1, maxLength: 2 }).map((lines) => lines.map((l) => `> ${l}`).join("\n>\n")),
  fc.constantFrom("<div>\n说明\n</div>", "***", "<!-- 注 -->", "<!--\n注释\n\n## 不是标题\n-->", "<pre>\n\n# 不是标题\n</pre>", "~~~~\n\n- 不是职责\n~~~"),
);
const sheetText = fc.array(fc.tuple(block, fc.constantFrom("\n", "\n\n", "\n\n\n")), { minLength: 1, maxLength: 12 })
  .map((blocks) => blocks.map(([b, gap]) => b + gap).join(""));

describe("parseMarkdown: Markdown written by duties", () => {
  const sheets = readdirSync(fixture("")).filter((f) => f.endsWith(".txt") && readdirSync(fixture("")).includes(f.replace(/\.txt$/u, ".gold.json")));
  // Roles, their duties (number, text, nesting) and blocks: what the Markdown export carries.
  const content = (doc: Document) => roles(doc).map((r) => ({ name: r.name, duties: outline(r.duties), blocks: r.blocks.map((b) => [b.type, outline(b.items)]) }));

  it.each(sheets)("reads the Markdown export of %s back to the same roles and duties", (name) => {
    const doc = parse(readFileSync(fixture(name), "utf8"));
    const back = parseMarkdown(renderMarkdown(doc));
    expect(content(back)).toEqual(content(doc));
    expect(back.title).toBe(doc.title);
  });
});

describe("parseMarkdown: nothing is lost", () => {
  it("accounts for every non-blank line of generated Markdown sheets", () => {
    fc.assert(
      fc.property(sheetText, (text) => {
        const doc = parseMarkdown(text);
        expect(lostLines(doc, text)).toEqual([]);
        expect(documentSchema.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 300, seed: 20261127 },
    );
  });
});

describe("parseMarkdown: long sheets in pieces", () => {
  // micromark's time grows with the square of the number of lists: long texts are parsed in pieces.
  it("reads a text in pieces exactly as in one parse", () => {
    fc.assert(
      fc.property(sheetText, fc.boolean(), (text, unclosed) => {
        const whole = text + (unclosed ? "\n```\n\n## 代码\n" : "");
        expect(readMarkdown(whole, 40)).toEqual(readMarkdown(whole, Infinity));
      }),
      { numRuns: 200, seed: 20261127 },
    );
  });

  it("keeps a fence whole when a piece would end inside it", () => {
    const text = "## 出纳岗位职责\n\n1. 负责现金。\n\n```\n\n## 不是角色\n\n1. 不是职责\n```\n\n## 会计岗位职责\n\n1. 负责记账。\n";
    const { lines, setAside } = readMarkdown(text, 10);
    expect(lines.map((l) => l.text)).toEqual(["出纳岗位职责", "1. 负责现金。", "会计岗位职责", "1. 负责记账。"]);
    expect(setAside.map((l) => l.line)).toEqual([5, 7, 9, 10]);
  });

  it("parses a sheet longer than a piece to the same Document as one parse", () => {
    const section = readFileSync(fixture("markdown-sheet.md"), "utf8").replace(/^# .*\n/u, "");
    const text = Array.from({ length: 10 }, (_, i) => section.replaceAll("岗位职责", `${i}岗位职责`)).join("\n");
    expect(text.length).toBeGreaterThan(3 * PIECE_SIZE);
    const doc = parseMarkdown(text);
    expect(roles(doc)).toHaveLength(40);
    expect(readMarkdown(text)).toEqual(readMarkdown(text, Infinity));
    expect(lostLines(doc, text)).toEqual([]);
  });
});

describe("docs/markdown-input.md", () => {
  const docs = readFileSync(join(ROOT, "docs", "markdown-input.md"), "utf8");
  // Each "$ npx duties …" line of a console block, with the output under it; "< file" is stdin.
  const examples = [...docs.matchAll(/```console\n([\s\S]*?)```/gu)].flatMap((m) =>
    m[1]!.split(/^\$ npx duties /mu).slice(1).map((run) => {
      const [command, ...output] = run.split("\n");
      const [args, input] = command!.split(" < ");
      return { command: command!, args: args!.split(" "), input, output: output.join("\n") };
    }));

  it("has examples", () => expect(examples.length).toBeGreaterThanOrEqual(2));

  it.each(examples)("prints what it shows for: duties $command", async ({ args, input, output }) => {
    const r = await runCli(args, input ? { stdin: readFileSync(join(ROOT, input)) } : {});
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(output);
  });

  it("gives what it shows from a program", () => {
    const doc = parseMarkdown("## 出纳岗位职责\n\n1. 负责**现金**收付；\n   - 日清月结。\n", { path: "出纳.md" });
    expect(doc.sections[0]!.roles[0]!.duties[0]!.text).toBe("负责现金收付；");
    expect(doc.sections[0]!.roles[0]!.duties[0]!.children[0]!.text).toBe("日清月结。");
  });
});

describe("Markdown through the CLI", () => {
  const dir = tempDir("duties-md-");
  const sheet = "## 出纳岗位职责\n\n1. 负责**现金**收付；\n   - 日清月结。\n";

  it("reads a .txt file as Markdown with --from markdown, and as text without it", async () => {
    const path = join(dir, "sheet.txt");
    writeFileSync(path, sheet);
    const md = JSON.parse((await runCli(["parse", path, "--from", "markdown", "--format", "json"])).stdout) as Document;
    expect(outline(roles(md)[0]!.duties)).toEqual([["1", "负责现金收付；", [[null, "日清月结。"]]]]);
    const txt = JSON.parse((await runCli(["parse", path, "--format", "json"])).stdout) as Document;
    expect(roles(txt)[0]!.duties[0]!.text).toBe("负责**现金**收付；");
  });

  it("reads stdin as Markdown with --from markdown", async () => {
    const r = await runCli(["parse", "-", "--from", "markdown", "--format", "json"], { stdin: sheet });
    expect(r.code).toBe(0);
    expect(roles(JSON.parse(r.stdout))[0]!.heading).toBe("## 出纳岗位职责");
  });

  it("reads a .markdown file as Markdown", async () => {
    const path = join(dir, "sheet.markdown");
    copyFileSync(fixture("markdown-sheet.md"), path);
    const r = await runCli(["parse", path, "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Document;
    expect(roles(doc).map((r) => r.name)).toEqual(["销售经理", "销售代表", "售前技术支持", "销售助理"]);
    expect(doc.source.path).toBe(path);
  });

  it("parses the fixture through the real bin", () => {
    const r = runBin(["parse", "fixtures/markdown-sheet.md", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout) as Document;
    expect(roles(doc)[1]!.duties.map((d) => d.number)).toEqual(["一", "二", "三", "四"]);
    expect(doc.ignored.filter((i) => i.reason === "table")).toHaveLength(5);
  });
});

describe("parseMarkdown: note apps' writing", () => {
  it("reads bold labels closed after Chinese punctuation (\"**任职要求：**有健康证\"), as Chinese editors render them", () => {
    const doc = parseMarkdown("## 收银员\n\n1. **收银管理：**负责收银、开具发票；\n2. 管理收银备用金。\n\n**任职要求：**有健康证，能接受轮班。\n");
    const role = roles(doc)[0]!;
    expect(role.duties.map((d) => d.text)).toEqual(["收银管理：负责收银、开具发票；", "管理收银备用金。"]);
    expect(role.blocks.map((b) => [b.type, b.items.map((i) => i.text)])).toEqual([["requirements", ["有健康证，能接受轮班。"]]]);
  });

  it("reduces wiki links to what they show (\"[[活动日历]]\", \"[[素材库|素材]]\") and sets aside a page's edit notes under the last list", () => {
    const doc = parseMarkdown("## 内容运营\n\n- 宣发节奏见 [[活动日历]]。\n- 维护 [[素材库|素材]] 并定期整理。\n\n---\n\n*最后编辑：2024年4月2日*\n\n相关：[[运营周报]]\n");
    expect(roles(doc)[0]!.duties.map((d) => d.text)).toEqual(["宣发节奏见 活动日历。", "维护 素材 并定期整理。"]);
    expect(doc.ignored.map((i) => [i.line, i.reason])).toEqual([[6, "rule"], [8, "closing"], [10, "closing"]]);
  });

  it("nests bullets indented by two spaces under the ordered item before them, as writers mean them (CommonMark wants three)", () => {
    const doc = parseMarkdown("### 前端开发工程师\n\n1. 负责 H5 页面开发；\n2. 参与组件库建设：\n  - 新组件开发\n  - bug 修复\n3. 优化页面性能。\n");
    expect(roles(doc)[0]!.duties.map((d) => [d.number, d.text, d.children.map((c) => c.text)])).toEqual([
      ["1", "负责 H5 页面开发；", []], ["2", "参与组件库建设：", ["新组件开发", "bug 修复"]], ["3", "优化页面性能。", []]]);
    // Bullets at the margin after an ordered list are a list of their own.
    const flat = parseMarkdown("### 运维\n\n1. 值班；\n2. 巡检。\n\n- 备注一\n");
    expect(roles(flat)[0]!.duties.map((d) => d.children.length)).toEqual([0, 0, 0]);
  });
});
