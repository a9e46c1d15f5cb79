// `duties export` through the CLI: every format read back with a real reader,
// .json and stdin inputs, and safe writing to a file or a folder.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { Document, Duty } from "../src/index.js";
import { fixture, runBin, runCli } from "./helpers/cli.js";
import { tempDir as makeTempDir } from "./helpers/temp.js";

const FIXTURES = readdirSync(fixture("")).filter((f) => /\.(txt|md)$/u.test(f)).sort();
const tempDir = () => makeTempDir("duties-export-");
const readCsv = (csv: string): Record<string, string>[] => parseCsv(csv, { bom: true, columns: true });

const shape = (doc: Document) =>
  doc.sections.flatMap((s) => s.roles.map((r) => ({
    name: r.name, department: r.department, duties: tree(r.duties), blocks: r.blocks.map((b) => ({ type: b.type, items: tree(b.items) })),
  })));
type Shape = { number: string | null; text: string; children: Shape[] };
const tree = (duties: Duty[]): Shape[] => duties.map((d) => ({ number: d.number, text: d.text, children: tree(d.children) }));
const countDuties = (doc: Document) => {
  const count = (list: Duty[]): number => list.reduce((n, d) => n + 1 + count(d.children), 0);
  return doc.sections.flatMap((s) => s.roles).reduce((n, r) => n + count(r.duties) + r.blocks.reduce((m, b) => m + count(b.items), 0), 0);
};

async function parsed(args: string[]): Promise<Document> {
  const r = await runCli(["parse", ...args, "--format", "json"]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as Document;
}

describe("duties export --format json", () => {
  it("prints the Document exactly as `duties parse` does, valid against `duties schema`", async () => {
    const schema = JSON.parse((await runCli(["schema"])).stdout);
    const validate = new Ajv2020({ strict: true }).compile(schema);
    const one = await runCli(["export", fixture("sales-duties.txt"), "--format", "json"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe((await runCli(["parse", fixture("sales-duties.txt"), "--format", "json"])).stdout);
    expect(validate(JSON.parse(one.stdout)), JSON.stringify(validate.errors)).toBe(true);

    const several = await runCli(["export", fixture("big5.txt"), fixture("markdown-sheet.md")]);
    const docs = JSON.parse(several.stdout) as Document[];
    expect(docs.map((d) => d.source.path)).toEqual([fixture("big5.txt"), fixture("markdown-sheet.md")]);
    for (const doc of docs) expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it("reads a Document back from .json without parsing text again", async () => {
    const dir = tempDir();
    const json = join(dir, "sales.json");
    writeFileSync(json, (await runCli(["parse", fixture("sales-duties.txt"), "--format", "json"])).stdout);
    const fromJson = await runCli(["export", json, "--format", "csv"]);
    expect(fromJson.code).toBe(0);
    expect(fromJson.stdout).toBe((await runCli(["export", fixture("sales-duties.txt"), "--format", "csv"])).stdout);
  });

  it("reports a .json that is not a Document, exports the rest and exits 2", async () => {
    const dir = tempDir();
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ kind: "document", schemaVersion: 1, sections: "none" }));
    const r = await runCli(["export", bad, fixture("big5.txt"), "--format", "jsonl"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("bad.json: not a duties Document");
    expect(r.stdout.trim().split("\n").length).toBe(countDuties(await parsed([fixture("big5.txt")])));
  });
});

describe("duties export --format jsonl", () => {
  it("prints one flat record per duty", async () => {
    const doc = await parsed([fixture("sales-duties.txt")]);
    const r = await runCli(["export", fixture("sales-duties.txt"), "--format", "jsonl"]);
    const records = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(records).toHaveLength(countDuties(doc));
    expect(Object.keys(records[0])).toEqual(["file", "section", "department", "role", "block", "path", "number", "ordinal", "marker", "depth", "text", "line", "id"]);
    const supervisor = records.filter((x) => x.role === "銷售主管" && x.section === "第四篇:銷售部崗位職責");
    expect(supervisor.map((x) => x.number)).toEqual(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]);
    expect(records.find((x) => x.number === "8.3.2.1.1")).toMatchObject({ role: "銷售內勤", department: "銷售部", path: ["8.3.2", "8.3.2.1", "8.3.2.1.1"], depth: 3 });
  });

  it("reads stdin for -", async () => {
    const r = await runCli(["export", "-", "--format", "jsonl"], { stdin: "客服专员岗位职责\n1、接听客户来电；\n2、记录客户投诉。\n" });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l))).toMatchObject([
      { file: null, role: "客服专员", path: ["1"], text: "接听客户来电；", line: 2 },
      { file: null, role: "客服专员", path: ["2"], text: "记录客户投诉。", line: 3 },
    ]);
  });
});

describe("duties export --format csv", () => {
  it("writes one row per duty with a BOM and CRLF, every text intact", async () => {
    const docs = await Promise.all(["sales-duties.txt", "taiwan-traditional.txt"].map((f) => parsed([fixture(f)])));
    const r = await runCli(["export", fixture("sales-duties.txt"), fixture("taiwan-traditional.txt"), "--format", "csv", "--no-formula-escape"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("\ufefffile,section,")).toBe(true);
    expect(r.stdout.match(/\ufeff/gu)).toHaveLength(1);
    expect(r.stdout.split("\r\n").length).toBe(countDuties(docs[0]!) + countDuties(docs[1]!) + 2);
    const rows = readCsv(r.stdout);
    const texts = (list: Duty[]): string[] => list.flatMap((d) => [d.text, ...texts(d.children)]);
    const all = docs.flatMap((d) => d.sections.flatMap((s) => s.roles.flatMap((role) => [...texts(role.duties), ...role.blocks.flatMap((b) => texts(b.items))])));
    expect(rows.map((row) => row.text)).toEqual(all);
  });

  it("leaves no duty of the formula sheet as a live formula", async () => {
    const r = await runCli(["export", fixture("formula-cells.txt"), "--format", "csv"]);
    const rows = readCsv(r.stdout);
    expect(rows).toHaveLength(11);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/u);
    expect(rows.slice(0, 8).map((row) => row.text.slice(0, 2))).toEqual(["'=", "'+", "'-", "'@", "'＝", "'＋", "'－", "'＠"]);
    const live = readCsv((await runCli(["export", fixture("formula-cells.txt"), "--format", "csv", "--no-formula-escape", "--no-bom"])).stdout);
    expect(live[0]!.text.startsWith("=HYPERLINK(")).toBe(true);
  });

  it("prints the header alone when no input has a duty", async () => {
    const r = await runCli(["export", "-", "--format", "csv", "--no-bom"], { stdin: "" });
    expect(r.stdout).toBe("file,section,department,role,block,path,number,ordinal,marker,depth,text,line,id\r\n");
  });
});

describe("duties export --format md", () => {
  it("reads back through `duties parse` to the same roles, nesting and texts, for every fixture", async () => {
    const out = tempDir();
    const r = await runCli(["export", fixture(""), "--format", "md", "--out", out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(FIXTURES.map((f) => f.replace(/\.(txt|md)$/u, ".md")).sort());
    for (const name of FIXTURES) {
      const md = join(out, name.replace(/\.(txt|md)$/u, ".md"));
      const original = shape(await parsed([fixture(name)]));
      expect(original.length, name).toBeGreaterThan(0);
      expect(shape(await parsed([md])), `${name} read as Markdown`).toEqual(original);
    }
  });
});

describe("duties export --out", () => {
  it("writes a file atomically, taking the format from its extension, and prints nothing", async () => {
    const dir = tempDir();
    const out = join(dir, "duties.csv");
    const r = await runCli(["export", fixture("big5.txt"), "--out", out]);
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(readdirSync(dir)).toEqual(["duties.csv"]);
    expect(readFileSync(out, "utf8")).toBe((await runCli(["export", fixture("big5.txt"), "--format", "csv"])).stdout);
  });

  it("refuses to overwrite an input file", async () => {
    const dir = tempDir();
    const input = join(dir, "sheet.md");
    writeFileSync(input, "销售经理岗位职责\n1、负责销售。\n");
    const r = await runCli(["export", input, "--format", "md", "--out", input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("refusing to overwrite an input file");
    expect(readFileSync(input, "utf8")).toBe("销售经理岗位职责\n1、负责销售。\n");
  });

  it("writes one file per input into a folder, named after the input, numbered on collisions", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "a", "x.txt"), "销售经理岗位职责\n1、负责销售。\n");
    writeFileSync(join(dir, "b", "x.txt"), "客服专员岗位职责\n1、接听来电。\n");
    const out = join(dir, "out") + "/";
    const r = await runCli(["export", join(dir, "a"), join(dir, "b"), "-", "--format", "jsonl", "--out", out], { stdin: "司机岗位职责\n1、安全驾驶。\n" });
    expect(r).toMatchObject({ code: 0, stdout: "" });
    expect(readdirSync(out).sort()).toEqual(["stdin.jsonl", "x-2.jsonl", "x.jsonl"]);
    expect(JSON.parse(readFileSync(join(out, "x-2.jsonl"), "utf8")).role).toBe("客服专员");
    expect(JSON.parse(readFileSync(join(out, "stdin.jsonl"), "utf8")).role).toBe("司机");
  });

  it("keeps every output inside the folder, whatever the input's name or the document's text", async () => {
    const dir = tempDir();
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    const sheet = "销售经理岗位职责\n1、负责销售。\n";
    const hostile = ["..\\..\\evil.txt", ".hidden.txt", "..txt", "CON.txt", "a:b*c?.txt", "line\nbreak.txt", `${"岗".repeat(80)}.txt`];
    for (const name of hostile) writeFileSync(join(inputs, name), sheet);
    // A Document whose own path points outside: its name comes from the .json file, never from its text.
    const doc = JSON.parse((await runCli(["parse", "-", "--format", "json"], { stdin: sheet })).stdout) as Document;
    doc.source.path = "../../../escaped.txt";
    writeFileSync(join(dir, "doc.json"), JSON.stringify(doc));
    const out = join(dir, "out");
    mkdirSync(out);
    const r = await runCli(["export", inputs, join(dir, "doc.json"), "--format", "md", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const written = readdirSync(out);
    expect(written).toHaveLength(hostile.length + 1);
    expect(written).toContain("doc.md");
    for (const name of written) {
      expect(name).not.toMatch(/[/\\:*?\n]|^\./u);
      expect(readFileSync(join(out, name), "utf8")).toContain("销售经理岗位职责");
    }
    expect(readdirSync(dir).sort()).toEqual(["doc.json", "in", "out"]);
  });

  it("refuses, before writing anything, when an output would overwrite an input", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "销售经理岗位职责\n1、负责销售。\n");
    writeFileSync(join(dir, "b.md"), "客服专员岗位职责\n1、接听来电。\n");
    const r = await runCli(["export", dir, "--format", "md", "--out", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("refusing to overwrite an input file");
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "b.md"]);
  });

  it("exits 2 for a missing input and still exports the others", async () => {
    const dir = tempDir();
    const r = await runCli(["export", "no/such.txt", fixture("big5.txt"), "--out", join(dir, "x.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no/such.txt");
    expect(JSON.parse(readFileSync(join(dir, "x.json"), "utf8"))).toHaveLength(1);
  });

  it("leaves an earlier output as it was when no input could be read", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "x.csv"), "earlier");
    const r = await runCli(["export", "no/such.txt", "--out", join(dir, "x.csv")]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "x.csv"), "utf8")).toBe("earlier");
  });
});

describe("duties parse --format md|csv", () => {
  it("prints the same Markdown and CSV as export", async () => {
    for (const format of ["md", "csv"]) {
      const viaParse = await runCli(["parse", fixture("sales-duties.txt"), "--format", format]);
      expect(viaParse.code).toBe(0);
      expect(viaParse.stdout).toBe((await runCli(["export", fixture("sales-duties.txt"), "--format", format])).stdout);
    }
  });
});

describe("duties export through the real bin", () => {
  it("writes CSV that csv-parse reads back", () => {
    const r = runBin(["export", "fixtures/sales-duties.txt", "--format", "csv"]);
    expect(r.code).toBe(0);
    const rows = readCsv(r.stdout);
    expect(rows[0]).toMatchObject({ file: "fixtures/sales-duties.txt", role: "銷售部", number: "1", text: "制定每月、季度、年度銷售計劃,進行目標分解,并執行實施;" });
    expect(new Set(rows.map((row) => basename(row.file!)))).toEqual(new Set(["sales-duties.txt"]));
  });
});
