// The diff renderers: text (plain and coloured), Markdown and GitHub
// annotations, on the planted changes of the customer's sheet and on reports
// made to test escaping, limits and folders.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  combineReports, diffDocuments, loadScriptFolding, parse, renderDiffGithub, renderDiffMarkdown, renderDiffText, type DiffReport,
} from "../src/index.js";
import { fixture } from "./helpers/cli.js";
import { plantFiveChanges } from "./helpers/plant.js";

const sheet = (...lines: string[]) => lines.join("\n") + "\n";
const diff = (a: string, b: string) => diffDocuments(parse(a), parse(b));

let planted: DiffReport;
let none: DiffReport;
beforeAll(async () => {
  await loadScriptFolding();
  const text = readFileSync(fixture("sales-duties.txt"), "utf8");
  planted = diff(text, plantFiveChanges(text));
  none = diff(text, text);
});

describe("renderDiffText", () => {
  it("groups changes by role with marks, labels, numbers, places and the changed characters", () => {
    expect(renderDiffText(planted, { color: false, title: "old.txt → new.txt" }).split("\n")).toEqual([
      "old.txt → new.txt",
      "銷售經理  line 234",
      "  → moved        十三 組織召開區域經銷商會議。  line 248, from 二級區域銷售經理 line 303",
      "汽車銷售顧問  line 261",
      "  → renamed      銷售顧問 → 汽車銷售顧問  100% of duties alike",
      "銷售主管  line 342",
      "  ~ modified     4 銷售代表的考核及日常人員管理(包括[-支持-]激勵),銷售團隊建設,并提交人員[-使用與-]管理建議;  line 346, 93% alike",
      "秘書  line 352",
      "  + added        1 負責售樓處來訪客戶的登記、引導與接待安排;  line 353",
      "置業顧問  line 361",
      "  - removed      9 努力學習知識,擴大知識面,提高自己的社交能力,促進業務水平的提高;  was line 369",
      "5 changes: 1 added, 1 removed, 1 modified, 1 moved, 1 renamed (24 → 24 roles, 359 → 359 duties)",
      "",
    ]);
  });

  it("highlights changed characters in colour instead of brackets", () => {
    const out = renderDiffText(planted, { color: true });
    expect(out).toContain("\u001b[31m\u001b[7m支持\u001b[27m\u001b[39m");
    expect(out).not.toContain("[-");
  });

  it("says so when nothing changed", () => {
    expect(renderDiffText(none, { color: false })).toBe("no changes (24 → 24 roles, 359 → 359 duties)\n");
  });

  it("names the file of each group when folders were compared", () => {
    const report = combineReports([
      { file: "a.txt", report: planted },
      { file: "b.txt", report: none },
    ]);
    const out = renderDiffText(report, { color: false });
    expect(out).toContain("a.txt › 銷售經理  line 234\n");
    expect(out).toMatch(/\(48 → 48 roles, 718 → 718 duties, 2 files\)\n$/u);
  });
});

describe("renderDiffMarkdown", () => {
  it("opens with a table of counts, then lists each role's changes with <del> and <ins>", () => {
    const md = renderDiffMarkdown(planted, { title: "old.txt → new.txt" });
    expect(md).toContain(["| Change | Roles | Duties |", "| :-- | --: | --: |", "| added | 0 | 1 |", "| removed | 0 | 1 |", "| modified | 0 | 1 |",
      "| moved | 0 | 1 |", "| renamed | 1 | 0 |", "| reordered | 0 | 0 |", "| **total** | **1** | **4** |"].join("\n"));
    expect(md.startsWith("### Duty changes: old.txt → new.txt\n")).toBe(true);
    expect(md).toContain("#### 銷售主管 · line 342\n\n- \\~ **modified** 4 銷售代表的考核及日常人員管理(包括<del>支持</del>激勵)");
    expect(md).toContain("- \\+ **added** 1 負責售樓處來訪客戶的登記、引導與接待安排; — _line 353_");
    expect(md).toContain("- \\- **removed** 9 ");
  });

  it("escapes the text of duties so that it cannot turn into Markdown or HTML", () => {
    const report = diff(sheet("文员岗位职责", "1、整理文件。"), sheet("文员岗位职责", "1、整理文件。", "2、用*ERP*导出 | <b>报表</b> [链接](x)。"));
    const md = renderDiffMarkdown(report);
    expect(md).toContain("用\\*ERP\\*导出 \\| \\<b\\>报表\\</b\\> \\[链接\\](x)。");
  });

  it("cuts a report that would be too long, and says how many changes are left out", () => {
    const many = diff(sheet("文员岗位职责"), sheet("文员岗位职责", ...Array.from({ length: 40 }, (_, i) => `${i + 1}、第${i + 1}项新增的文员工作职责内容。`)));
    const cut = renderDiffMarkdown(many, { maxBytes: 1500 });
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1500);
    expect(cut).toMatch(/_\d+ more changes are not shown here/u);
  });

  it("says so when nothing changed", () => {
    expect(renderDiffMarkdown(none)).toBe("### Duty changes\n\nNo changes: 24 → 24 roles, 359 → 359 duties.\n");
  });
});

describe("renderDiffGithub", () => {
  it("puts one notice per change at the new file's line, and a summary notice", () => {
    const out = renderDiffGithub(planted, { pathOf: () => "roles/sales.txt" }).trimEnd().split("\n");
    expect(out).toHaveLength(6);
    expect(out[0]).toBe("::notice file=roles/sales.txt,line=248,title=moved duty::銷售經理: 十三 組織召開區域經銷商會議。 (line 248, from 二級區域銷售經理 line 303)");
    expect(out[1]).toBe("::notice file=roles/sales.txt,line=261,title=renamed role::汽車銷售顧問: 銷售顧問 → 汽車銷售顧問 (100%25 of duties alike)");
    // A removed duty has no line of its own in the new file: the notice goes to its role's heading.
    expect(out[4]).toMatch(/^::notice file=roles\/sales\.txt,line=361,title=removed duty::置業顧問: 9 努力學習知識/u);
    expect(out[5]).toBe("::notice title=duties diff::5 changes: 1 added, 1 removed, 1 modified, 1 moved, 1 renamed (24 → 24 roles, 359 → 359 duties)");
  });

  it("annotates at most a few changes of each kind and counts the rest", () => {
    const many = diff(sheet("文员岗位职责"), sheet("文员岗位职责", ...Array.from({ length: 8 }, (_, i) => `${i + 1}、第${i + 1}项新增职责。`)));
    const out = renderDiffGithub(many, { pathOf: () => "a.txt", perKind: 5, more: "see the job summary" }).trimEnd().split("\n");
    expect(out.filter((l) => l.includes("title=added duty"))).toHaveLength(5);
    expect(out.at(-1)).toBe("::notice title=duties diff::8 changes: 8 added (1 → 1 roles, 0 → 8 duties) Not annotated: 3 added; see the job summary.");
  });

  it("escapes properties and messages as workflow commands require, and leaves out a file it does not have", () => {
    const report = diff(sheet("文员岗位职责"), sheet("文员岗位职责", "1、完成率100%以上。"));
    const [notice] = renderDiffGithub(report, { pathOf: () => "a,b:c.txt" }).split("\n");
    expect(notice).toBe("::notice file=a%2Cb%3Ac.txt,line=2,title=added duty::文员: 1 完成率100%25以上。 (line 2)");
    expect(renderDiffGithub(report, { pathOf: () => null }).split("\n")[0]).toMatch(/^::notice title=added duty::/u);
  });
});
