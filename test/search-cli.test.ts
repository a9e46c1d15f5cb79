import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBin, runCli } from "./helpers/cli.js";
import { SEARCH_SHEET as SHEET } from "./helpers/search-sheet.js";
import { tempDir } from "./helpers/temp.js";

const SALES = "fixtures/sales-duties.txt";


const search = (args: string[], stdin = SHEET, options: Parameters<typeof runCli>[1] = {}) => runCli(["search", ...args], { stdin, ...options });
const lines = (s: string) => s.split("\n").filter(Boolean);

describe("duties search: what matches", () => {
  it("prints one line per match when piped: path:line:role:number:text", async () => {
    const r = await search(["客户", "-"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(lines(r.stdout)).toEqual([
      "<stdin>:3:銷售經理:1:制定年度銷售計劃，維護大客戶關係；",
      "<stdin>:4:銷售經理:2:督導客戶服務：",
      "<stdin>:5:銷售經理:1:處理客戶投訴；",
      "<stdin>:6:銷售經理:2:回訪重點客戶。",
      "<stdin>:10:客服专员:1:接听客户来电，记录客户需求；",
      "<stdin>:11:客服专员:2:整理客户档案。",
    ]);
  });

  it("finds the customer's 客戶 duties with 客户 and with 客戶 alike", async () => {
    const simplified = await runCli(["search", "-c", "客户", SALES]);
    const traditional = await runCli(["search", "-c", "客戶", SALES]);
    expect(simplified.stdout).toBe(`${SALES}:66\n`);
    expect(traditional.stdout).toBe(simplified.stdout);
  });

  it("--no-fold matches script and width exactly", async () => {
    expect((await search(["--no-fold", "客户", "-"])).stdout).toBe(
      "<stdin>:10:客服专员:1:接听客户来电，记录客户需求；\n<stdin>:11:客服专员:2:整理客户档案。\n",
    );
    expect((await search(["--no-fold", "KPI", "-"])).code).toBe(1);
    expect((await search(["KPI", "-"])).stdout).toBe("<stdin>:7:銷售經理:3:每月提交ＫＰＩ報表給Sales Director。\n");
  });

  it("-e is repeatable, and then the first argument is a path", async () => {
    const r = await runCli(["search", "-e", "投诉", "-e", "档案", "-"], { stdin: SHEET });
    expect(lines(r.stdout).map((l) => l.split(":")[1])).toEqual(["5", "11"]);
  });

  it("-F takes the pattern as a fixed string", async () => {
    expect((await search(["(賣點", SALES])).code).toBe(2);
    const r = await runCli(["search", "-F", "(賣點", SALES]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(賣點是可以創造的)");
  });

  it("-i, -S and -s set letter case, the last one winning", async () => {
    expect((await search(["sales director", "-"])).code).toBe(1);
    expect((await search(["-i", "sales director", "-"])).code).toBe(0);
    expect((await search(["-S", "sales director", "-"])).code).toBe(0);
    expect((await search(["-S", "Sales director", "-"])).code).toBe(1);
    expect((await search(["-i", "-s", "sales director", "-"])).code).toBe(1);
    expect((await search(["-s", "-i", "sales director", "-"])).code).toBe(0);
  });

  it("-w matches whole words as Intl.Segmenter splits them", async () => {
    expect((await search(["-w", "客户", "-"])).stdout).toContain("<stdin>:10:");
    expect((await search(["-w", "户", "-"])).code).toBe(1);
  });

  it("--in roles searches role names and summaries, --in all adds duties", async () => {
    expect(lines((await search(["--in", "roles", "销售", "-"])).stdout)).toEqual([
      "<stdin>:1:銷售經理::銷售經理",
      "<stdin>:2:銷售經理::負責區域銷售團隊的日常管理。",
    ]);
    expect(lines((await search(["--in", "all", "销售", "-"])).stdout)).toHaveLength(3);
  });

  it("--role and --section limit the search, folded like the pattern", async () => {
    expect(lines((await search(["--role", "客服*", "客户", "-"])).stdout).map((l) => l.split(":")[2])).toEqual(["客服专员", "客服专员"]);
    expect(lines((await search(["--role", "销售经理", "客户", "-"])).stdout)).toHaveLength(4);
    expect((await search(["--role", "总监", "客户", "-"])).code).toBe(1);
    const second = await runCli(["search", "-c", "--section", "第二篇*", "客户", SALES]);
    expect(second.stdout).toBe(`${SALES}:10\n`); // counted in the gold tree
  });

  it("-m stops after n matching items in each file", async () => {
    expect(lines((await search(["-m", "2", "客户", "-"])).stdout).map((l) => l.split(":")[1])).toEqual(["3", "4"]);
    const two = await runCli(["search", "-c", "-m", "3", "客户", SALES, "fixtures/taiwan-traditional.txt"]);
    expect(two.stdout).toBe(`${SALES}:3\nfixtures/taiwan-traditional.txt:3\n`);
  });
});

describe("duties search: context", () => {
  it("-C shows neighbouring duties of the same role, marked with -, groups apart with --", async () => {
    const r = await search(["-C", "1", "KPI|来电", "-"]);
    expect(r.stdout).toBe(
      [
        "<stdin>-6-銷售經理-2-回訪重點客戶。",
        "<stdin>:7:銷售經理:3:每月提交ＫＰＩ報表給Sales Director。",
        "<stdin>-8-銷售經理-4-完成上級交辦的其他工作。",
        "--",
        "<stdin>:10:客服专员:1:接听客户来电，记录客户需求；",
        "<stdin>-11-客服专员-2-整理客户档案。",
        "",
      ].join("\n"),
    );
  });

  it("-A and -B choose each side, and override -C", async () => {
    expect(lines((await search(["-A", "1", "KPI", "-"])).stdout).map((l) => l.split(/[:-]/u)[1])).toEqual(["7", "8"]);
    expect(lines((await search(["-B", "2", "KPI", "-"])).stdout).map((l) => l.split(/[:-]/u)[1])).toEqual(["5", "6", "7"]);
    expect(lines((await search(["-C", "2", "-A", "0", "KPI", "-"])).stdout).map((l) => l.split(/[:-]/u)[1])).toEqual(["5", "6", "7"]);
  });
});

describe("duties search: output formats", () => {
  it("groups matches under the file and their place on a terminal, highlighted with --color always", async () => {
    const plain = await search(["投诉|KPI", "-"], SHEET, { tty: true, env: { NO_COLOR: "1" } });
    expect(plain.stdout).toBe(
      ["<stdin>", "銷售經理 › 2、督導客戶服務：", "  5: （1） 處理客戶投訴；", "銷售經理", "  7: 3、 每月提交ＫＰＩ報表給Sales Director。", ""].join("\n"),
    );
    const coloured = await search(["投诉", "-", "--color", "always"], SHEET, { tty: true });
    expect(coloured.stdout).toContain("處理客戶\u001b[1m\u001b[31m投訴\u001b[39m\u001b[22m；");
    expect((await search(["投诉", "-"], SHEET, { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
  });

  it("-c prints path:count and -l the paths of files with a match", async () => {
    expect((await search(["-c", "客户", "-"])).stdout).toBe("<stdin>:6\n");
    const l = await runCli(["search", "-l", "维系既有客户", "fixtures/taiwan-traditional.txt", SALES, "fixtures/big5.txt"]);
    expect(l.stdout).toBe("fixtures/taiwan-traditional.txt\n");
  });

  it("--json prints begin, match, end and summary messages, offsets into data.text", async () => {
    const r = await search(["--json", "客户|KPI", "-"]);
    const messages = lines(r.stdout).map((l) => JSON.parse(l));
    expect(messages.map((m) => m.type)).toEqual(["begin", ...Array(7).fill("match"), "end", "summary"]);
    expect(messages[0]).toEqual({ type: "begin", data: { path: "<stdin>" } });
    const kpi = messages.find((m) => m.type === "match" && m.data.line === 7);
    expect(kpi.data).toEqual({
      path: "<stdin>",
      line: 7,
      field: "duty",
      section: { id: "s1", title: null },
      role: { id: "s1.r1", name: "銷售經理" },
      duty: { id: "s1.r1.d.3", number: "3", text: "每月提交ＫＰＩ報表給Sales Director。" },
      text: "每月提交ＫＰＩ報表給Sales Director。",
      submatches: [{ start: 4, end: 7, match: "ＫＰＩ" }],
    });
    for (const m of messages.filter((m) => m.type === "match")) {
      for (const s of m.data.submatches) expect(m.data.text.slice(s.start, s.end)).toBe(s.match);
    }
    expect(messages.at(-2)).toEqual({ type: "end", data: { path: "<stdin>", stats: { matchedItems: 7, matches: 8 } } });
    expect(messages.at(-1).data.stats).toEqual({ searches: 1, searchesWithMatch: 1, skippedByPrefilter: 0, matchedItems: 7, matches: 8 });
  });

  it("--json with context adds context messages", async () => {
    const r = await search(["--json", "-A", "1", "KPI", "-"]);
    expect(lines(r.stdout).map((l) => JSON.parse(l).type)).toEqual(["begin", "match", "context", "end", "summary"]);
  });

  it("--table prints roles against their matches", async () => {
    const r = await search(["--table", "客户", "-"]);
    expect(r.code).toBe(0);
    const rows = lines(r.stdout).filter((l) => l.startsWith("│"));
    expect(rows.map((row) => row.split("│").map((c) => c.trim()).filter(Boolean))).toEqual([
      ["File", "Section", "Role", "Items", "Matches"],
      ["<stdin>", "銷售經理", "4", "4"],
      ["<stdin>", "客服专员", "2", "3"],
      ["1 of 1 files", "6", "7"],
    ]);
  });

  it("refuses --json together with -c, -l or --table", async () => {
    const r = await search(["--json", "-c", "客户", "-"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});

describe("duties search: inputs and exit codes", () => {
  it("exits 1 when nothing matches", async () => {
    const r = await search(["量子加密", "-"]);
    expect(r).toEqual({ code: 1, stdout: "", stderr: "" });
  });

  it("exits 2 with a one-line message that says where a pattern is wrong", async () => {
    const r = await search(["负责(客户|销售", "-"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("duties: regex parse error: missing ) for the ( at column 3 in 负责(客户|销售\n");
  });

  it("walks folders for .txt, .md and .markdown files", async () => {
    const dir = tempDir("duties-search-");
    mkdirSync(join(dir, "deep"));
    for (const name of ["a.txt", "deep/b.md", "c.markdown", "d.text", "e.csv"]) writeFileSync(join(dir, name), SHEET);
    const r = await runCli(["search", "-l", "投诉", dir]);
    expect(lines(r.stdout).map((p) => p.slice(dir.length + 1))).toEqual(["a.txt", "c.markdown", "deep/b.md"]);
  });

  it("reports an unreadable input on stderr, searches the rest, and exits 2 at the end", async () => {
    const dir = tempDir("duties-search-");
    writeFileSync(join(dir, "good.txt"), SHEET);
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x9c, 0x00, 0x00]));
    symlinkSync(join(dir, "nowhere.txt"), join(dir, "dangling.txt"));
    const r = await runCli(["search", "-c", "投诉", join(dir, "dangling.txt"), dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`${join(dir, "good.txt")}:1\n`);
    expect(lines(r.stderr)).toEqual([
      `duties: ${join(dir, "dangling.txt")}: no such file or folder`,
      `duties: ${join(dir, "binary.txt")}: binary file, not a text document (use --encoding to force one)`,
    ]);
  });

  it("reads a file larger than its read buffer whole, and the files after it as they are", async () => {
    const dir = tempDir("duties-search-");
    const roles = Array.from({ length: 4_000 }, (_, i) => `${i + 1}、行政专员岗位职责\n1、负责部门日常管理工作。\n2、做好会议记录。\n`).join("");
    writeFileSync(join(dir, "a.txt"), `${roles}4001、研发主管岗位职责\n1、负责量子加密通信设备的巡检。\n`);
    writeFileSync(join(dir, "b.txt"), "一、经理\n1、负责量子加密通信设备。\n");
    writeFileSync(join(dir, "c.txt"), "一、主管\n1、负责量子加密。\n");
    expect(readFileSync(join(dir, "a.txt")).length).toBeGreaterThan(256 * 1024);
    const r = await runCli(["search", "-l", "量子加密通信设备", dir]);
    expect(lines(r.stdout).map((l) => l.slice(dir.length + 1))).toEqual(["a.txt", "b.txt"]);
  });

  it("exits 2 for an unknown --encoding even when no file would be parsed", async () => {
    const r = await runCli(["search", "量子加密", SALES, "--encoding", "klingon"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain("klingon");
  });

  it("reads Big5 and UTF-16 files, and a phrase broken by a wrapped line", async () => {
    const r = await runCli(["search", "十日前提交总经理|宾客投訴", "fixtures/big5.txt", "fixtures/utf16le-bom.txt"]);
    expect(lines(r.stdout).map((l) => l.split(":").slice(0, 2).join(":"))).toEqual(["fixtures/big5.txt:6", "fixtures/utf16le-bom.txt:6", "fixtures/utf16le-bom.txt:15"]);
  });

  it("searches the current folder when no path is given", () => {
    const r = runBin(["search", "-l", "十日前提交总经理"], { cwd: join(process.cwd(), "fixtures") });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("big5.txt\n");
  });
});

describe("duties search: reading options", () => {
  it("--encoding forces an encoding, --from markdown reads stdin as Markdown", async () => {
    expect((await runCli(["search", "-c", "资金调度", "fixtures/big5.txt", "--encoding", "big5"])).stdout).toBe("fixtures/big5.txt:1\n");
    const md = readFileSync("fixtures/markdown-sheet.md");
    const asFile = await runCli(["search", "-c", "客户", "fixtures/markdown-sheet.md"]);
    expect(asFile.stdout).toBe("fixtures/markdown-sheet.md:8\n");
    expect((await runCli(["search", "-c", "--from", "markdown", "客户", "-"], { stdin: md })).stdout).toBe("<stdin>:8\n");
  });

  it("reads a Document that duties parse printed, named as a .json file", async () => {
    const dir = tempDir("duties-search-");
    writeFileSync(join(dir, "big5.json"), (await runCli(["parse", "fixtures/big5.txt", "--format", "json"])).stdout);
    expect((await runCli(["search", "-c", "资金调度", join(dir, "big5.json")])).stdout).toBe(`${join(dir, "big5.json")}:1\n`);
  });

  it("--color never leaves a terminal's output plain; --color always colours a pipe", async () => {
    expect((await search(["投诉", "-", "--color", "never"], SHEET, { tty: true })).stdout).not.toContain("\u001b[");
    expect((await search(["投诉", "-", "--color", "always"])).stdout).toContain("\u001b[1m\u001b[31m投訴");
  });

  it("-j 1 searches on this thread with the same results", async () => {
    expect((await runCli(["search", "-j", "1", "客户", SALES])).stdout).toBe((await runCli(["search", "客户", SALES])).stdout);
  });

  it("exits 2 with a usage message when no pattern is given or a number is not one", async () => {
    const none = await runCli(["search"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no pattern");
    const bad = await search(["-m", "many", "客户", "-"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("expected a whole number");
  });
});

describe("duties search through the real bin", () => {
  it("prints the same lines as in-process", async () => {
    const bin = runBin(["search", "客户", SALES]);
    expect(bin.code).toBe(0);
    expect(bin.stdout).toBe((await runCli(["search", "客户", SALES])).stdout);
  });

  it("reads a Document that duties parse printed on a worker thread too", async () => {
    const dir = tempDir("duties-search-");
    writeFileSync(join(dir, "big5.json"), (await runCli(["parse", "fixtures/big5.txt", "--format", "json"])).stdout);
    const pool = runBin(["search", "-c", "-j", "2", "资金调度", join(dir, "big5.json"), "fixtures/big5.txt"]);
    expect(pool).toEqual({ code: 0, stdout: `${join(dir, "big5.json")}:1\nfixtures/big5.txt:1\n`, stderr: "" });
  });

  it.each([
    ["started by -j 2", 30, ["--json", "-j", "2"]],
    // -c keeps the output of 400 files within what spawnSync collects.
    ["of three threads", 400, ["-c", "-j", "3"]],
  ])("gives the same results on a pool of worker threads %s", (_how, files, args) => {
    const dir = tempDir("duties-search-");
    const sheets = ["fixtures/sales-duties.txt", "fixtures/taiwan-traditional.txt", "fixtures/big5.txt", "fixtures/pdf-copy.txt", "fixtures/markdown-sheet.md"];
    for (let i = 0; i < (files as number); i++) {
      const from = sheets[i % sheets.length]!;
      writeFileSync(join(dir, `sheet-${String(i).padStart(3, "0")}${from.slice(from.lastIndexOf("."))}`), readFileSync(from));
    }
    const format = (args as string[]).slice(0, 1);
    const one = runBin(["search", ...format, "-j", "1", "客户|技术", dir]);
    const pool = runBin(["search", ...(args as string[]), "客户|技术", dir]);
    const withoutSummary = (s: string) => lines(s).filter((l) => !l.includes('"summary"'));
    expect(pool.code).toBe(0);
    expect(withoutSummary(pool.stdout)).toEqual(withoutSummary(one.stdout));
    expect(withoutSummary(pool.stdout).length).toBeGreaterThan(files === 30 ? 100 : 300);
  });
});
