import { describe, expect, it } from "vitest";
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Duty } from "../src/model/document.js";
import { parse } from "../src/parse/index.js";
import { applyEdits, planFixes, writeMarker } from "../src/query/fix.js";
import { validate } from "../src/query/validate.js";
import { loadScriptFolding } from "../src/text/fold.js";
import { fixture, runBin, runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp.js";

/** A copy of a fixture (or of some bytes) in a fresh temporary folder. */
function copy(name: string, bytes?: Uint8Array): string {
  const path = join(tempDir("duties-fix-"), name);
  if (bytes) writeFileSync(path, bytes);
  else copyFileSync(fixture(name), path);
  return path;
}

const lines = (bytes: Buffer) => bytes.toString("utf8").split("\n");

describe("--fix on a copy of the customer's sheet", () => {
  it("renumbers the three broken lists and changes no other byte", async () => {
    const path = copy("sales-duties.txt");
    const before = readFileSync(path);
    const r = await runCli(["validate", path, "--fix", "--format", "json"]);
    expect(r.stderr).toBe(`duties: fixed 12 markers in ${path}\n`);
    const after = readFileSync(path);

    const expected = new Map([
      [15, "11、"], [16, "12、"], [44, "2、"], [45, "3、"], [46, "4、"],
      [335, "11、"], [336, "12、"], [337, "13、"], [338, "14、"], [339, "15、"], [340, "16、"], [341, "17、"],
    ]);
    const old = lines(before);
    const now = lines(after);
    expect(now).toHaveLength(old.length);
    for (let i = 0; i < old.length; i++) {
      const marker = expected.get(i + 1);
      if (marker === undefined) {
        expect(now[i], `line ${i + 1}`).toBe(old[i]);
      } else {
        const oldMarker = /^\d+、/u.exec(old[i]!)![0];
        expect(now[i], `line ${i + 1}`).toBe(marker + old[i]!.slice(oldMarker.length));
      }
    }
    // Each new number has as many digits as the old one, so not even the length changed.
    expect(after.length).toBe(before.length);

    const numbering = JSON.parse(r.stdout)[0].diagnostics.filter((d: { rule: string }) => /^D00[1-3]\//u.test(d.rule));
    expect(numbering).toEqual([]);
    expect((await runCli(["validate", path, "--max-warnings", "0"])).code).toBe(0);
  });

  it("--fix-dry-run prints the fixed text, reports on stderr and leaves the file alone", async () => {
    const path = copy("sales-duties.txt");
    const before = readFileSync(path);
    const r = await runCli(["validate", path, "--fix-dry-run"]);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(lines(Buffer.from(r.stdout))[14]).toBe("11、組織、完成公司所屬項目的銷售");
    expect(Buffer.byteLength(r.stdout)).toBe(before.length);
    expect(r.stderr).toContain(`would fix 12 markers in ${path}`);
  });

  it("--fix-dry-run fixes stdin too, printing the text with the report on stderr", async () => {
    const r = await runCli(["validate", "-", "--fix-dry-run"], { stdin: "销售经理岗位职责\n1、制定销售计划；\n1、组织销售团队。\n" });
    expect(r.stdout).toBe("销售经理岗位职责\n1、制定销售计划；\n2、组织销售团队。\n");
    expect(r.stderr).toBe("duties: would fix 1 marker in <stdin>\n");
    expect(r.code).toBe(0);
  });

  it("writes atomically: no temporary file is left beside the sheet", async () => {
    const path = copy("sales-duties.txt");
    await runCli(["validate", path, "--fix"]);
    expect(readdirSync(join(path, ".."))).toEqual(["sales-duties.txt"]);
  });
});

describe("--fix evens out marker styles and renumbers", () => {
  const fixed = [
    "仓储部岗位职责汇编",
    "",
    "仓库主管岗位职责",
    "1、制定仓库管理制度并监督执行；",
    "2、负责货物的入库验收与出库复核；",
    "3、组织每月盘点，做到账实相符；",
    "4、审核仓库的各类单据。",
    "   5、安排叉车及搬运设备的维护。",
    "仓库管理员岗位职责",
    "（1）按单收货，核对数量与质量；",
    "（2）货物分区存放，标识清楚；",
    "（3）做好防火、防潮、防盗工作；",
    "（4）每日登记库存台账。",
    "理货员岗位职责",
    "1、按拣货单拣货并复核。2、负责货物的打包与贴标。",
    "3、整理货架，保持通道畅通。4、清点退货并登记。",
    "",
  ].join("\n");

  it("in the majority style, in indented lines and in items glued mid-line", async () => {
    const path = copy("validate-mixed.txt");
    const r = await runCli(["validate", path, "--fix"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(path, "utf8")).toBe(fixed);
  });

  it("keeps CRLF line ends and a BOM", async () => {
    const crlf = (s: string) => s.replace(/\n/gu, "\r\n");
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const path = copy("mixed-crlf.txt", Buffer.concat([bom, Buffer.from(crlf(readFileSync(fixture("validate-mixed.txt"), "utf8")))]));
    await runCli(["validate", path, "--fix"]);
    expect(readFileSync(path).equals(Buffer.concat([bom, Buffer.from(crlf(fixed))]))).toBe(true);
  });

  it("writes UTF-16 back as UTF-16", async () => {
    const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
    const path = copy("mixed-utf16.txt", utf16(readFileSync(fixture("validate-mixed.txt"), "utf8")));
    await runCli(["validate", path, "--fix"]);
    expect(readFileSync(path).equals(utf16(fixed))).toBe(true);
  });

  it("fixes only what rules that are on report", async () => {
    const dir = tempDir("duties-fix-config-");
    const path = join(dir, "sheet.txt");
    copyFileSync(fixture("validate-mixed.txt"), path);
    writeFileSync(join(dir, ".dutiesrc.json"), JSON.stringify({ rules: { "mixed-marker-style": "off", "mixed-width": "off" } }));
    await runCli(["validate", path, "--fix"], { cwd: dir });
    const text = readFileSync(path, "utf8");
    expect(text).toContain("2.负责货物"); // style left alone
    expect(text).toContain("(2)货物"); // width left alone
    expect(text).toContain("4、审核仓库"); // renumbered
  });
});

describe("--fix refuses rather than damage a file", () => {
  it("refuses a GBK file with one line and exit 2, leaving it unchanged", async () => {
    const bytes = Buffer.from(readFileSync(fixture("gbk-crlf.txt")));
    // Line 5 is "2、…": in GBK the digit is one ASCII byte, so "5" makes a numbering gap.
    let at = -1;
    for (let n = 0; n < 4; n++) at = bytes.indexOf(0x0a, at + 1);
    expect(bytes[at + 1]).toBe(0x32);
    bytes[at + 1] = 0x35;
    const path = copy("gbk.txt", bytes);
    const r = await runCli(["validate", path, "--fix"]);
    expect(r.code).toBe(2);
    const problems = r.stderr.trim().split("\n");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(`duties: ${path}: cannot fix: it is gb18030, and only UTF-8 and UTF-16 files can be rewritten byte for byte; the file is unchanged`);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(r.stdout).toContain("D001/numbering-gap"); // the report still comes
  });

  it("refuses a file with invalid bytes, whose text cannot be written back as it was", async () => {
    const bytes = Buffer.concat([Buffer.from("销售经理岗位职责\n1、制定销售计划；\n3、组织"), Buffer.from([0xff]), Buffer.from("销售团队。\n")]);
    const path = copy("broken.txt", bytes);
    const r = await runCli(["validate", path, "--fix"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot fix: its bytes do not read back the same as utf-8");
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("does not rewrite a file with nothing to fix", async () => {
    const path = copy("validate-clean.txt");
    const before = statSync(path);
    const r = await runCli(["validate", path, "--fix"]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(statSync(path).ino).toBe(before.ino); // a rename would have replaced the inode
  });

  it("never touches a file it could not read", async () => {
    const path = copy("binary.txt", Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0]));
    const r = await runCli(["validate", path, "--fix"]);
    expect(r.code).toBe(2);
    expect(readFileSync(path).equals(Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0]))).toBe(true);
  });
});

describe("the fix library", () => {
  const duty = (marker: string, number: string, style: string): Duty => ({
    kind: "duty", id: "", number, ordinal: 1, style, marker, text: "", line: 1, endLine: 1, column: 1, children: [],
  });

  it("writes markers with the catalogue, dressed like the model", () => {
    expect(writeMarker(duty("１、", "１", "arabic"), 12)).toBe("１２、");
    expect(writeMarker(duty("（一）", "一", "cn-paren"), 11)).toBe("（十一）");
    expect(writeMarker(duty("A.", "A", "latin"), 3)).toBe("C.");
    expect(writeMarker(duty("8.1.1", "8.1.1", "dotted"), 4)).toBe("8.1.4");
    expect(writeMarker(duty("①", "①", "circled"), 20)).toBe("⑳");
  });

  it("cannot write a number its style has no character for", () => {
    expect(writeMarker(duty("①", "①", "circled"), 51)).toBeNull(); // ㊿ is the last circled number
  });

  it("plans edits from the diagnostics and applies them to the text", async () => {
    await loadScriptFolding();
    const text = "销售经理岗位职责\n1、制定销售计划；\n1、组织销售团队；\n4、负责客户回访。\n";
    const doc = parse(text);
    const edits = planFixes(doc, text, validate(doc));
    expect(edits).toEqual([
      { line: 3, column: 1, oldMarker: "1、", newMarker: "2、" },
      { line: 4, column: 1, oldMarker: "4、", newMarker: "3、" },
    ]);
    expect(applyEdits(text, edits)).toBe("销售经理岗位职责\n1、制定销售计划；\n2、组织销售团队；\n3、负责客户回访。\n");
  });

  it("leaves a list alone when one of its markers cannot be written", async () => {
    await loadScriptFolding();
    // A repeated ㊿ renumbers to 51, which has no circled character.
    const text = "销售经理岗位职责\n㊾制定销售计划；\n㊿组织销售团队；\n㊿负责客户回访。\n";
    expect(validate(parse(text)).map((d) => d.rule)).toEqual(["D002/repeated-number"]);
    const doc = parse(text);
    expect(planFixes(doc, text, validate(doc))).toEqual([]);
  });
});

describe("--fix through the real bin", () => {
  it("fixes a copy of the customer's sheet, which then validates clean of numbering rules", () => {
    const path = copy("sales-duties.txt");
    expect(runBin(["validate", path, "--fix"]).code).toBe(0);
    const after = runBin(["validate", path, "--format", "json"]);
    expect(JSON.parse(after.stdout)[0].diagnostics.filter((d: { rule: string }) => /^D00[1-3]\//u.test(d.rule))).toEqual([]);
  });
});

describe("--fix and Documents read from JSON", () => {
  it("checks them, but cannot fix their numbering without the text", async () => {
    const parsed = await runCli(["parse", fixture("sales-duties.txt"), "--format", "json"]);
    const path = copy("sales.json", Buffer.from(parsed.stdout));
    const r = await runCli(["validate", path, "--fix"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`duties: ${path}: cannot fix: a Document read from JSON has no text to fix\n`);
    expect(r.stdout).toContain("D001/numbering-gap");
  });
});
