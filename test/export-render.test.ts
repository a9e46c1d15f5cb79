// The export renderers as a library: flat records, CSV, Markdown and safe output names.
import { readFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { decodeAndParse, prepareMarkdown } from "../src/cli/inputs.js";
import { insideFolder, OutputNames, safeStem } from "../src/cli/output-names.js";
import {
  parse, parseMarkdown, renderCsv, renderDocuments, renderJsonLines, renderMarkdown, toMdast, toRecords, type Document, type Duty, type DutyRecord,
} from "../src/index.js";
import { dutyLine } from "../src/render/markdown.js";
import { fixture } from "./helpers/cli.js";

const load = async (name: string): Promise<Document> => {
  await prepareMarkdown();
  return decodeAndParse(readFileSync(fixture(name)), `fixtures/${name}`, name).doc;
};

/** What the round trip keeps: each role's name and department, its duties' numbers, texts and nesting, its blocks. */
const shape = (doc: Document) =>
  doc.sections.flatMap((s) => s.roles.map((r) => ({
    name: r.name, department: r.department, duties: tree(r.duties), blocks: r.blocks.map((b) => ({ type: b.type, items: tree(b.items) })),
  })));
type Shape = { number: string | null; text: string; children: Shape[] };
const tree = (duties: Duty[]): Shape[] => duties.map((d) => ({ number: d.number, text: d.text, children: tree(d.children) }));

const countAll = (doc: Document) => {
  const count = (list: Duty[]): number => list.reduce((n, d) => n + 1 + count(d.children), 0);
  return doc.sections.flatMap((s) => s.roles).reduce((n, r) => n + count(r.duties) + r.blocks.reduce((m, b) => m + count(b.items), 0), 0);
};

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"];
const readCsv = (csv: string): Record<string, string>[] => parseCsv(csv, { bom: true, columns: true });

describe("toRecords", () => {
  it("gives one record per duty, nested ones and block items included, parents first", async () => {
    const doc = await load("sales-duties.txt");
    const records = toRecords(doc);
    expect(records).toHaveLength(countAll(doc));
    const deep = records.find((r) => r.number === "8.3.1.2.1")!;
    expect(deep).toMatchObject({
      file: "fixtures/sales-duties.txt", section: "第二篇:銷售部崗位職責", department: "銷售部", role: "銷售內勤",
      block: null, path: ["8.3.1", "8.3.1.2", "8.3.1.2.1"], ordinal: 1, marker: "8.3.1.2.1", depth: 3, line: 84,
    });
    expect(deep.text).toBe("按要求進行市場信息收集并提供信息報表,以書面形式報公司銷售部長;");
    const parent = records.findIndex((r) => r.number === "8.3.1.2");
    expect(parent).toBeLessThan(records.indexOf(deep));
    // An unnumbered paragraph under a numbered item: a null in its path.
    const paragraph = records.find((r) => r.text.startsWith("發貨前需確認"))!;
    expect(paragraph).toMatchObject({ number: null, path: ["8.3.3", null], depth: 2 });
  });

  it("marks the items of job-description blocks with the block's type", async () => {
    const records = toRecords(await load("recruitment-posting.txt"));
    const requirement = records.find((r) => r.text.startsWith("大专及以上学历"))!;
    expect(requirement).toMatchObject({ role: "销售主管", block: "requirements", depth: 1 });
    expect(records.filter((r) => r.block === null).length).toBeGreaterThan(0);
  });

  it("renders one JSON object per line", async () => {
    const records = toRecords(await load("big5.txt"));
    const lines = renderJsonLines(records).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((l) => JSON.parse(l) as DutyRecord)).toEqual(records);
  });
});

describe("renderCsv", () => {
  it("writes RFC 4180 CSV: BOM, header, CRLF, and every text intact for every fixture", async () => {
    for (const name of ["sales-duties.txt", "markdown-sheet.md", "job-description-form.txt", "big5.txt"]) {
      const records = toRecords(await load(name));
      const csv = renderCsv(records, { formulaEscape: false });
      expect(csv.startsWith("\ufefffile,section,department,role,block,path,number,ordinal,marker,depth,text,line,id\r\n")).toBe(true);
      expect(csv.replace(/\r\n/gu, "").includes("\n")).toBe(false);
      const rows = readCsv(csv);
      expect(rows.map((r) => r.text)).toEqual(records.map((r) => r.text));
      expect(rows.map((r) => r.role)).toEqual(records.map((r) => r.role));
    }
  });

  it("quotes commas, quotes and line breaks so that a reader gets them back", () => {
    const record: DutyRecord = {
      file: "a,b.txt", section: null, department: null, role: '他说"好"', block: null, path: ["一", null, "1"],
      number: "1", ordinal: 1, marker: "1、", depth: 3, text: "第一行\r\n第二行,还有\"引号\"", line: 7, id: "s1.r1.d.1",
    };
    const csv = renderCsv([record], { bom: false });
    expect(csv.startsWith("file,")).toBe(true);
    const [row] = readCsv(csv);
    expect(row).toMatchObject({ file: "a,b.txt", section: "", role: '他说"好"', path: "一//1", text: record.text, depth: "3", line: "7" });
  });

  it("neutralizes every cell a spreadsheet would run as a formula, unless told not to", async () => {
    const records = toRecords(await load("formula-cells.txt"));
    const triggered = records.filter((r) => TRIGGERS.includes(r.text[0]!));
    expect(triggered.map((r) => r.text[0])).toEqual(["=", "+", "-", "@", "＝", "＋", "－", "＠"]);
    const rows = readCsv(renderCsv(records));
    for (const row of rows) for (const cell of Object.values(row)) expect(TRIGGERS).not.toContain(cell[0]);
    expect(rows.map((r) => r.text)).toEqual(records.map((r) => (TRIGGERS.includes(r.text[0]!) ? `'${r.text}` : r.text)));
    const live = readCsv(renderCsv(records, { formulaEscape: false }));
    expect(live.map((r) => r.text)).toEqual(records.map((r) => r.text));
  });

  it("neutralizes a leading tab or carriage return in any column", () => {
    const record: DutyRecord = {
      file: null, section: "\t=1+1", department: "\r=1+1", role: "=cmd|' /C calc'!A0", block: null, path: [],
      number: null, ordinal: null, marker: "-", depth: 1, text: "@SUM(A1)", line: 1, id: "x",
    };
    const [row] = readCsv(renderCsv([record]));
    expect(row).toMatchObject({ section: "'\t=1+1", department: "'\r=1+1", role: "'=cmd|' /C calc'!A0", marker: "'-", text: "'@SUM(A1)" });
  });
});

describe("renderMarkdown", () => {
  it("builds headings for the title, sections and roles, and nested lists of duties with their numbers", async () => {
    const doc = await load("sales-duties.txt");
    const root = toMdast(doc);
    const headings = root.children.filter((n) => n.type === "heading");
    expect(headings.filter((h) => h.depth === 1)).toHaveLength(1);
    expect(headings.filter((h) => h.depth === 2)).toHaveLength(doc.sections.length);
    // Roles, and the department heading (八、銷售部) that groups four of them.
    expect(headings.filter((h) => h.depth === 3)).toHaveLength(doc.sections.reduce((n, s) => n + s.roles.length, 0) + 1);
    expect(root.children.filter((n) => n.type === "list").every((l) => l.type === "list" && !l.ordered)).toBe(true);
    const md = renderMarkdown(doc);
    expect(md.startsWith("# 銷售部崗位職責匯編\n\n## 第一篇:銷售部崗位職責匯編\n\n### 銷售部崗位職責一\n\n- 1、制定每月")).toBe(true);
    expect(md).toContain("\n### 銷售經理\n\n在總經理的領導下");
    // Numbers as written: 10 then 14 stays so, where a Markdown ordered list would renumber.
    expect(md).toContain("\n- 10、做好銷售服務工作,促進、維系公司與客戶間的關系;\n- 14、組織、完成公司所屬項目的銷售\n");
    expect(md).toContain("\n  - 3、銷售人員與公司的信息交流,隨時保持與市場銷售人員的電話溝通,銷售政策及公司文件的及時傳達。\n    - (1)按要求進行市場信息收集");
  });

  it("reads back to the same roles, departments, nesting, numbers and texts", async () => {
    for (const name of ["sales-duties.txt", "glued-unseparated.txt", "job-description-form.txt", "markdown-sheet.md"]) {
      const doc = await load(name);
      expect(shape(parseMarkdown(renderMarkdown(doc))), name).toEqual(shape(doc));
    }
  });

  it("escapes Markdown syntax inside texts, so that a Markdown reader gets the texts back", () => {
    const doc = parse([
      "客服专员岗位职责",
      "1、对*重点*客户每周回访，记录于[客户台账](内部系统)；",
      "2、<b>加急</b>工单须在 2 小时内处理；",
      "3、`编号`以 # 开头的工单转交主管；",
      "客服主管岗位职责",
      "# 不是标题的说明",
      "- 审核回访记录；",
      "- 汇总周报。",
    ].join("\n"));
    const md = renderMarkdown(doc);
    expect(md).toContain("对\\*重点\\*客户");
    expect(md).toContain("\\[客户台账]");
    expect(shape(parseMarkdown(md))).toEqual(shape(doc));
  });

  it("separates several documents with a thematic break", async () => {
    const md = renderMarkdown([await load("big5.txt"), await load("gbk-crlf.txt")]);
    expect(md.match(/^\*\*\*$/gmu)).toHaveLength(1);
  });

  it("writes a marker glued to its text unless it needs a space to be read again", () => {
    const duty = (marker: string, style: string, text: string): Duty => ({
      kind: "duty", id: "", number: null, ordinal: null, style, marker, text, line: 1, endLine: 1, column: 1, children: [],
    });
    expect(dutyLine(duty("一、", "cn", "负责"))).toBe("一、负责");
    expect(dutyLine(duty("8.1.1", "dotted", "遵守"))).toBe("8.1.1遵守");
    expect(dutyLine(duty("5", "arabic-space", "岗位职责"))).toBe("5 岗位职责");
    expect(dutyLine(duty("-", "bullet", "审核"))).toBe("审核");
    expect(dutyLine({ ...duty("", "", "没有编号"), marker: null, style: null })).toBe("没有编号");
  });
});

describe("renderDocuments", () => {
  it("makes the output of each export format, a later CSV piece without header or BOM", async () => {
    const docs = [await load("big5.txt"), await load("gbk-crlf.txt")];
    expect(JSON.parse(await renderDocuments("json", docs.slice(0, 1), { single: true })).kind).toBe("document");
    expect(JSON.parse(await renderDocuments("json", docs.slice(0, 1)))).toHaveLength(1);
    expect(await renderDocuments("jsonl", docs)).toBe(renderJsonLines(docs.flatMap(toRecords)));
    expect(await renderDocuments("md", docs)).toBe(renderMarkdown(docs));
    const first = await renderDocuments("csv", docs.slice(0, 1));
    const later = await renderDocuments("csv", docs.slice(1), { first: false });
    expect(first.startsWith("\ufefffile,")).toBe(true);
    expect(later.startsWith("fixtures/gbk-crlf.txt,")).toBe(true);
    expect(first + later).toBe(renderCsv(docs.flatMap(toRecords)));
  });
});

describe("output names for --out FOLDER", () => {
  const file = (path: string) => ({ kind: "file" as const, path, display: path });

  it("keeps the input's base name, with no way out of the folder", () => {
    expect(safeStem(file("../../etc/passwd.txt"))).toBe("passwd");
    expect(safeStem(file("docs/销售部岗位职责.txt"))).toBe("销售部岗位职责");
    expect(safeStem(file("..\\..\\evil.txt"))).toBe("_.._evil");
    expect(safeStem(file("dir/..txt"))).toBe("document");
    expect(safeStem(file(".hidden.md"))).toBe("hidden");
    expect(safeStem(file("a:b*c?<d>|e\"f.txt"))).toBe("a_b_c__d__e_f");
    expect(safeStem(file("line\nbreak.txt"))).toBe("line_break");
    expect(safeStem(file("CON.txt"))).toBe("_CON");
    expect(safeStem(file("trailing. .txt"))).toBe("trailing");
    expect(Buffer.byteLength(safeStem(file(`${"岗".repeat(90)}.txt`)))).toBeLessThanOrEqual(200);
    expect(safeStem({ kind: "stdin", display: "<stdin>" })).toBe("stdin");
  });

  it("numbers names that collide, ignoring case", () => {
    const names = new OutputNames("out", ".csv");
    expect(["a/x.txt", "b/x.txt", "X.md", "x-2.txt"].map((p) => names.pathFor(file(p)))).toEqual(
      ["out/x.csv", "out/x-2.csv", "out/X-3.csv", "out/x-2-2.csv"],
    );
  });

  it("refuses a name that is not a plain child of the folder", () => {
    for (const bad of ["..", ".", "", "../x.csv", "a/b.csv"]) expect(() => insideFolder("out", bad)).toThrow(/not a safe file name/u);
    expect(insideFolder("out", "x.csv")).toBe("out/x.csv");
  });
});
