// The acceptance edit of the customer's sheet: five planted changes, made the
// way a person edits the text (lines inserted or deleted, the rest renumbered).

/** Renumbers "N、" lines from `start` on, while they last, by `delta`. */
function renumber(lines: string[], start: number, delta: number): void {
  for (let i = start; i < lines.length && /^\d+、/u.test(lines[i]!); i++) {
    lines[i] = lines[i]!.replace(/^(\d+)、/u, (_, n: string) => `${Number(n) + delta}、`);
  }
}

/**
 * fixtures/sales-duties.txt with one duty added at the top of 秘書 (the rest
 * renumbered), one reworded in 銷售主管, one removed from 置業顧問 (the rest
 * renumbered), one moved from 二級區域銷售經理 to the end of 銷售經理 in the
 * fourth part, and the role 銷售顧問 renamed 汽車銷售顧問.
 */
export function plantFiveChanges(text: string): string {
  const lines = text.split("\n");
  const at = (prefix: string) => {
    const i = lines.findIndex((l) => l.startsWith(prefix));
    if (i < 0) throw new Error(`no line starts with ${prefix}`);
    return i;
  };
  lines[at("銷售顧問")] = "汽車銷售顧問";
  lines[at("4、銷售代表的考核及日常")] = "4、銷售代表的考核及日常人員管理(包括激勵),銷售團隊建設,并提交人員管理建議;";
  lines.splice(at("13、組織召開區域經銷商會議。"), 1);
  lines.splice(at("十二、完成上級領導交給的其他工作。") + 1, 0, "十三、組織召開區域經銷商會議。");
  const removed = at("9、努力學習知識");
  lines.splice(removed, 1);
  renumber(lines, removed, -1);
  const heading = at("秘書崗位職責");
  renumber(lines, heading + 1, +1);
  lines.splice(heading + 1, 0, "1、負責售樓處來訪客戶的登記、引導與接待安排;");
  return lines.join("\n");
}
