// Role-per-row tables: a sheet kept in Excel and saved as CSV or as text
// (cells between tabs), or a table of pipes in a text file. A header row names
// the columns (岗位名称, 所属部门, 岗位职责, 任职要求 …); each row under it is a
// role. Each row is read as the lines of a job-description form would be
// ("岗位名称：出纳", "所属部门：财务部", "岗位职责：1、…；2、…"), so that the tree
// builder reads it as it reads such a form, glued items and all.
import { blockHeading, fieldKind, formField, isDepartmentName, labelsInPairs, tabCells } from "./headings.js";
import { HEADER_FIRST, REVISION_FIRST, knownPlain, type SourceLine } from "./lines.js";
import { matchMarker, type Marker } from "./markers.js";
import { readMarkup } from "./markup.js";
import { splitColumns } from "./columns.js";

/** Between cells: a tab, an ASCII comma, or a pipe (| or the full-width ｜ of a table typed in a CJK font). */
type Separator = "\t" | "," | "|" | "｜";

/** A table's header row: how its cells are separated, its columns, and whether each row is an item (not a role). */
interface Header {
  sep: Separator;
  columns: Column[];
  items?: boolean;
}

/** What a column holds, by its label: the form line its cell becomes ("label：cell"), or nothing (序号). */
interface Column {
  label: string;
  kind: "role" | "department" | "field" | "duties" | "block" | null;
}

// A header row is short and names a duties column; the cheap tests first.
const DUTIES_WORDS = ["职责", "職責", "工作内容", "工作內容", "工作项目", "工作項目", "职掌", "職掌"];

/**
 * What the tree builder reads of the lexed lines: a web copy's markup as the
 * text it shows (./markup.ts), then role-per-row tables as form lines.
 */
export function readSheetLines(lines: SourceLine[]): SourceLine[] {
  const read = splitColumns(lines);
  return knownPlain(lines) ? read : readRowTables(readMarkup(read));
}

/**
 * The lines with every role-per-row table read as form lines; the lines
 * themselves when there is none. The header row, and the cells of columns
 * that hold nothing of the tree (序号, 备注), stay as lines marked `aside`, for
 * the builder to set aside with that reason.
 */
export function readRowTables(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  let after = -1;
  for (let i = 0; i < lines.length; i++) {
    const header = tableHeader(lines[i]!.text);
    // A table laid out with spaces, as a PDF's text copy has it: its columns where the header's labels start.
    const aligned = header ? null : alignedHeader(lines[i]!);
    if (aligned) {
      const rows: SourceLine[] = [];
      const end = readAlignedRows(lines, i + 1, aligned, rows);
      if (end > i + 1) {
        out ??= lines.slice(0, i);
        out.push({ ...lines[i]!, marker: null, aside: "heading" });
        for (const r of rows) out.push(r);
        i = end - 1;
        continue;
      }
    }
    if (!header) {
      // A table that lists the posts without their duties ("序号⇥岗位名称⇥所属部门⇥编制人数⇥班次" over "1⇥店长⇥运营部⇥1⇥白班"):
      // an overview of the sheet, whose posts have sections of their own below; or the sheet's revision record. Its
      // rows are set aside.
      const width = lines[i]!.text.includes("\t") && (HEADER_FIRST[lines[i]!.text.charCodeAt(0)] === 1 || REVISION_FIRST[lines[i]!.text.charCodeAt(0)] === 1) ? overviewWidth(lines[i]!.text) : 0;
      let end = i + 1;
      while (width && end < lines.length && lines[end]!.text.includes("\t") && tabCells(lines[end]!.text).length === width) end++;
      if (end > i + 1) {
        out ??= lines.slice(0, i);
        out.push({ ...lines[i]!, marker: null, aside: "heading" });
        for (let k = i + 1; k < end; k++) out.push({ ...lines[k]!, marker: null, aside: "table-cell" });
        i = end - 1;
        continue;
      }
      // A table copied from a web page a cell a line: the header's labels one per line, then each row's cells.
      const labels = lines[i]!.text.length <= 6 && HEADER_FIRST[lines[i]!.text.charCodeAt(0)] === 1 ? headerLines(lines, i) : null;
      if (labels) {
        const rows: SourceLine[] = [];
        const end = readCellLines(lines, i + labels.length, labels, rows);
        if (end > i + labels.length) {
          out ??= lines.slice(0, i);
          for (let k = i; k < i + labels.length; k++) out.push({ ...lines[k]!, marker: null, aside: "heading" });
          for (const r of rows) out.push(r);
          i = end - 1;
          continue;
        }
      }
      out?.push(i === after ? { ...lines[i]!, afterBreak: true } : lines[i]!);
      continue;
    }
    out ??= lines.slice(0, i);
    out.push({ ...lines[i]!, marker: null, aside: "heading" });
    const end = readRows(lines, i + 1, header, out);
    // The first line after a blank line under the table is no part of its last cell (see SourceLine.afterBreak).
    if (!header.items && end > i + 1 && lines[end - 1]!.text === "") after = end;
    i = end - 1;
  }
  return out ?? lines;
}

// The labels of a revision record's columns.
const REVISION_LABEL = /^(?:修订|修訂|修改|变更|變更|更改|版本|版次|改版)/u;
// The labels of an overview's columns beside the post's and the unit's: short, and none what a post does.
const OVERVIEW_LABEL = /^[\u4e00-\u9fff]{2,4}$/u;
const DOES_WORDS = /任务|任務|内容|內容|工作|职|職|责|責|要求|标准|標準|说明|說明|描述|事项|事項/u;

/**
 * The number of columns of a header row that names the posts and what is counted of them, and nothing they do
 * ("序号⇥岗位名称⇥所属部门⇥编制人数⇥班次"), or a revision record's ("修订次数⇥修订内容⇥修订人⇥审核人"); 0 for any other line.
 */
function overviewWidth(text: string): number {
  const cells = tabCells(text);
  if (cells.length < 3 || cells.some((c) => c.length > 8)) return 0;
  if (cells.filter((c) => REVISION_LABEL.test(c)).length >= 2) return cells.length;
  // (Not a form's row of labels and values in turn: "岗位名称⇥店长⇥所属部门⇥门店".)
  if (labelsInPairs(text)) return 0;
  const columns = cells.map(column);
  if (!columns.some((c) => c.kind === "role") || !columns.some((c) => c.kind === "department" || COUNT_LABELS.test(c.label) || NUMBER_LABELS.test(c.label))) return 0;
  return columns.every((c) => c.kind === "role" || c.kind === "department" || unread(c.label) || (c.kind === null && OVERVIEW_LABEL.test(c.label) && !DOES_WORDS.test(c.label))) ? cells.length : 0;
}

/** The columns of a header row and how its cells are separated; null for any other line. */
function tableHeader(text: string): Header | null {
  // (Every line of every sheet comes here: a loop over its characters rules out nearly all of them for less
  // than the word searches would cost.)
  if (text.length > 160 || HEADER_FIRST[text.charCodeAt(0)] !== 1 || !shapedLikeHeader(text) || !DUTIES_WORDS.some((w) => text.includes(w))) return null;
  const sep: Separator | null = text.charCodeAt(0) === 0x7c ? "|" : text.charCodeAt(0) === 0xff5c ? "｜" : text.includes("\t") ? "\t" : text.includes(",") ? "," : null;
  if (!sep) return null;
  const cells = splitRow(text, sep)?.map((c) => c.trim());
  if (!cells || cells.length < 2) return null;
  const columns = cells.map(column);
  // Every cell a column's label ("岗位名称\t销售经理\t岗位职责\t负责…" is a row of a form, not a header).
  if (!columns.every((c) => c.kind || !c.label || unread(c.label))) return null;
  if (!columns.some((c) => c.kind === "duties")) return null;
  // ("职级⇥级别代码⇥主要职责": a table of grades, whose rows are the grades' roles.)
  if (!columns.some((c) => c.kind === "role")) {
    const grade = columns.findIndex((c) => GRADE_LABELS.test(c.label));
    // (Read as the post's field, "岗位名称：审计员", as the tree builder reads a form.)
    if (grade >= 0) columns[grade] = { label: "岗位名称", kind: "role" };
  }
  // A role per row, or (under the role's heading) an item per row: its number in a 序号 column, its text beside.
  if (columns.some((c) => c.kind === "role")) return { sep, columns };
  return columns.some((c) => c.kind === null && NUMBER_LABELS.test(c.label)) ? { sep, columns, items: true } : null;
}

/** Labels of a column of grades or ranks, which stands for the posts' column in a table that has none. */
const GRADE_LABELS = /^(?:职级|職級|职务|職務|职级名称|職級名稱|层级|層級|岗位层级|崗位層級|级别|級別)$/u;

/** Labels of a column of an emergency plan's or a scheme's groups, which stand for its posts. */
// A committee's table of who does what: "分工职责", "职责分工", "具体分工", "分管工作".
const DIVISION_LABELS = /^(?:分工|分工(?:职责|職責|情况|情況|内容|內容)|(?:职责|職責|工作|具体|具體|主要)分工|分管(?:工作|内容|內容|范围|範圍)|(?:负责|負責)(?:工作|内容|內容))$/u;
const GROUP_LABELS = /^(?:工作组|工作組|工作小组|工作小組|小组|小組|组名|組名|组别名称|組別名稱|小组名称|小組名稱|工作组名称|工作組名稱|应急小组|應急小組|专业组|專業組|专项工作组|專項工作組)$/u;

/** Labels of a column of a service hall's windows, which stand for its posts. */
const WINDOW_LABELS = /^(?:窗口名称|窗口名稱|窗口)$/u;
/** Labels of a column of the agencies stationed at a window. */
const STATIONED_LABELS = /^(?:进驻部门|進駐部門|进驻单位|進駐單位|进驻机构|進駐機構)$/u;

/** Labels of a column that numbers the rows. */
const NUMBER_LABELS = /^(?:序号|序號|No\.?|NO\.?)$/u;

/** Labels of columns that hold nothing of the tree: the row's number, remarks. */
const UNREAD_LABELS = /^(?:序号|序號|No\.?|NO\.?|备注|備註|说明|說明|频次|頻次|频率|頻率|工作频率|工作頻率|时间占比|時間占比|时间比例|時間比例|权重|權重|占比|级别代码|級別代碼|职级代码|職級代碼|代码|代碼|编号|編號|窗口号|窗口號|岗位代码|崗位代碼|职位代码|職位代碼|岗位编码|崗位編碼|职位编码|職位編碼)$/u;

/** Whether a column's label names what holds nothing of the tree: the row's number, remarks, a headcount, the agencies at a window. */
function unread(label: string): boolean {
  return UNREAD_LABELS.test(label) || COUNT_LABELS.test(label) || STATIONED_LABELS.test(label);
}


/** The longest cell a header row may have ("任职要求（学历、专业）"). */
const LABEL_MAX = 16;

/**
 * Whether the text is short cells between tabs, ASCII commas or pipes, as a header row is (a sentence has longer
 * runs). Spaces do not count: a table typed in a text file pads its header's cells to the width of its column.
 */
function shapedLikeHeader(text: string): boolean {
  let cells = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09 || c === 0x2c || c === 0x7c || c === 0xff5c) {
      cells++;
      run = 0;
    } else if (c !== 0x20 && c !== 0x3000 && ++run > LABEL_MAX) return false;
  }
  return cells > 0;
}

function column(label: string): Column {
  const bare = label.replace(/[:：]$/u, "");
  // (A service hall's table: "窗口号 | 窗口名称 | 岗位职责 | 进驻部门", a window a row, read as the post's field; the agencies
  // stationed at it are no department of the post.)
  if (WINDOW_LABELS.test(bare)) return { label: "岗位名称", kind: "role" };
  // (A headcount's column, "| 序号 | 岗位 | 人数 | 工作职责 |", is set aside as 序号 is.)
  if (STATIONED_LABELS.test(bare) || COUNT_LABELS.test(bare)) return { label: bare, kind: null };
  const field = fieldKind(bare);
  if (field === "role" || field === "department") return { label: bare, kind: field };
  // (A plan's table of its groups: "工作组⇥组长⇥成员⇥主要职责", a group a row, read as the post's field.)
  if (GROUP_LABELS.test(bare)) return { label: "岗位名称", kind: "role" };
  const block = blockHeading(bare);
  // (A column may be headed by the bare word, "| 岗位 | 职责 |", which in running text may title an article.)
  if (block?.kind === "duties" || bare === "职责" || bare === "職責") return { label: bare, kind: "duties" };
  // (Or by a committee's division of work, "序号⇥职务⇥姓名⇥分工职责": read as the post's duties.)
  if (DIVISION_LABELS.test(bare)) return { label: "岗位职责", kind: "duties" };
  if (block && block.kind !== "skip" && block.kind !== "form") return { label: bare, kind: "block" };
  return { label: bare, kind: field ? "field" : null };
}

/** Reads the rows from `start` into `out` until a line that is no row of the table; returns the index after the last row. */
function readRows(lines: SourceLine[], start: number, header: Header, out: SourceLine[]): number {
  const { sep, columns } = header;
  let department = "";
  let readRole = false;
  let i = start;
  while (i < lines.length) {
    const first = lines[i]!;
    if (!first.text) {
      out.push(first);
      i++;
      continue;
    }
    // A row of a CSV file may go on over several lines, inside a quoted cell.
    // A row whose first cell is empty (merged down from the row above: "⇥2.审核合同。") starts with the tab that the
    // lexer trimmed off as the line's indent.
    let text = sep === "\t" && readRole && first.indent && (first.marker || first.text.includes("\t")) ? "\t" + first.text : first.text;
    let end = i + 1;
    if (sep === ",") {
      while (!quotesClosed(text) && end < lines.length) text += "\n" + lines[end++]!.text;
    } else if (sep === "\t") {
      // Excel copies a cell with line breaks between quotes: read on to its closing quote (a page of lines at most;
      // a quote never closed is no such cell).
      let joined = text;
      let to = end;
      while (delimited(joined, "\t") === undefined && to < lines.length && to - i < 64) joined += "\n" + lines[to++]!.text;
      if (to > end && delimited(joined, "\t") !== undefined) {
        text = joined;
        end = to;
      } else if (to === end) {
        // Word copies a cell's line breaks as they are, unquoted ("1⇥业务部⇥部门经理⇥1.组织…" / "2.审核…" /
        // "3.负责…⇥贷审会委员"): the row's lines until their tabs make up the header's columns, exactly.
        const rowEnd = unquotedRowEnd(lines, end, text, columns.length - 1);
        for (let k = end; k < rowEnd; k++) text += "\n" + lines[k]!.text;
        end = Math.max(end, rowEnd);
      }
    }
    if ((sep === "|" || sep === "｜") && isRule(text)) {
      // The rule under a pipe table's header: no row.
      out.push({ ...first, marker: null, aside: "stray" });
      i = end;
      continue;
    }
    // The header repeated under a department's banner ("二、运输部" then "序号⇥岗位⇥岗位职责⇥任职要求"): aside again.
    if (end === i + 1 && tableHeader(text)?.sep === sep) {
      out.push({ ...first, marker: null, aside: "heading" });
      i = end;
      continue;
    }
    const raw = splitRow(text, sep);
    if (!raw || raw.length < 2) {
      // A department's row across the table ("一、综合管理部" over its posts' rows): its heading, and the table goes on.
      if (!header.items && isBanner(first)) {
        out.push(first);
        i = end;
        continue;
      }
      break;
    }
    if (raw.length > columns.length + 1) break;
    const cells = raw.map((c) => c.trim());
    // The line each cell's text starts on: a row may run over several lines inside its quoted cells.
    const startLine: number[] = [];
    for (let k = 0, at = first.no; k < raw.length; k++) {
      const cell = raw[k]!;
      const lead = cell.length - cell.trimStart().length;
      startLine.push(at + newlines(cell, 0, lead));
      at += newlines(cell, 0, cell.length);
    }
    if (header.items) {
      if (!itemRow(columns, cells, startLine, out)) break;
      i = end;
      continue;
    }
    const role = cells[columns.findIndex((c) => c.kind === "role")]?.trim();
    const d = columns.findIndex((c) => c.kind === "department");
    if (!role) {
      // A role's cell merged over several rows is empty in all but the first: the rows under it go on with its
      // duties, one item a row ("｜　　｜　　｜二、審核年度採購清單。｜"). A row with a department but no role is no such row.
      // (Nor is the sign-off row under the table: "制表：综合管理部⇥⇥审核：⇥批准：".)
      if (!readRole || (d >= 0 && cells[d]) || cells.every((c) => !c) || cells.some(signsOff)) break;
      const numbered = numberedItems(columns, cells, startLine);
      columns.forEach((c, k) => {
        if (!cells[k] || (numbered && numbered.number === k)) return;
        if (c.kind === "duties") {
          if (numbered) out.push(...numbered.lines);
          else cellItems(cells[k]!, startLine[k]!, out);
        } else asideCell(cells[k]!, startLine[k]!, out);
      });
      for (let k = columns.length; k < cells.length; k++) if (cells[k]) asideCell(cells[k]!, startLine[k]!, out);
      i = end;
      continue;
    }
    readRole = true;
    // Rows under it whose role cell is empty go on with its cells, a line of each a row (a Word table's cell of
    // several paragraphs, copied as text: "⇥⇥2、协调…⇥2、五年以上…"); read as the lines of its cells.
    if (sep === "\t" && end === i + 1) end = continuedCells(lines, end, columns, cells);
    // A department's cell merged over several rows is empty in all but the first.
    if (d >= 0 && cells[d]?.trim()) department = cells[d]!.trim();
    // The role's line first (a form opens the role with it), then the other cells in their order.
    const order = columns.map((_, k) => k).sort((a, b) => Number(columns[b]!.kind === "role") - Number(columns[a]!.kind === "role"));
    // (Each row an item, numbered in a 序号 column beside the role's: "生产部⇥生产经理⇥1⇥全面负责…".)
    const numbered = numberedItems(columns, cells, startLine);
    for (const k of order) {
      const c = columns[k]!;
      if (numbered?.number === k) continue;
      if (numbered && c.kind === "duties") {
        out.push({ no: numbered.lines[0]!.no, text: `${c.label}：`, marker: null, indent: 0, noise: null });
        out.push(...numbered.lines);
        continue;
      }
      if (!c.kind) {
        if (cells[k]) asideCell(cells[k]!, startLine[k]!, out);
        continue;
      }
      const cell = c.kind === "department" ? department : (cells[k] ?? "").trim();
      if (!cell && c.kind !== "duties") continue;
      // (A department carried down from a merged cell above is read on the row's first line.)
      cellLines(c, cell, (c.kind === "department" && !cells[k]) || startLine[k] === undefined ? first.no : startLine[k]!, out);
      // The role's heading is its row as written.
      if (c.kind === "role") out[out.length - 1]!.source = first.text;
    }
    // A cell past the last column (a row with one cell too many) holds nothing of the tree either.
    for (let k = columns.length; k < cells.length; k++) asideCell(cells[k]!, startLine[k]!, out);
    i = end;
  }
  return i;
}

/** A header laid out with spaces: its columns, and the display column (a CJK character two wide) each starts at. */
interface AlignedHeader {
  columns: Column[];
  starts: number[];
}

/** The width a character takes in a fixed-width layout: two for CJK and full-width forms, one for the rest. */
export function charWidth(c: number): number {
  return c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) ? 2 : 1;
}

/** A line's pieces between runs of two spaces or more (or an ideographic space), each with the display column it starts at. */
function alignedPieces(l: SourceLine): { text: string; at: number }[] {
  const pieces: { text: string; at: number }[] = [];
  const text = l.text;
  let width = l.indent ?? 0;
  let start = -1;
  let startAt = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const gap = c === -1 || c === 0x3000 || c === 0x09 || (c === 0x20 && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x3000 || text.charCodeAt(i - 1) === 0x20));
    if (gap) {
      if (start >= 0) pieces.push({ text: text.slice(start, i).trim(), at: startAt });
      start = -1;
    } else if (start < 0) {
      start = i;
      startAt = width;
    }
    if (c >= 0) width += c === 0x09 ? 4 : charWidth(c);
  }
  return pieces;
}

/**
 * The header of a table laid out with spaces (" 序号  职务  姓名  适任证书  岗位职责"): three labels or more, a
 * post's and its duties' among them, apart by two spaces or more; null for any other line.
 */
function alignedHeader(l: SourceLine): AlignedHeader | null {
  const text = l.text;
  if (text.length > 100 || HEADER_FIRST[text.charCodeAt(0)] !== 1 || !(text.includes("  ") || text.includes("\u3000")) || !DUTIES_WORDS.some((w) => text.includes(w))) return null;
  const pieces = alignedPieces(l);
  if (pieces.length < 3 || pieces.some((p) => p.text.length > 8 || /[，,。；;:：、]/u.test(p.text))) return null;
  const columns = pieces.map((p) => column(p.text));
  if (!columns.some((c) => c.kind === "role") || !columns.some((c) => c.kind === "duties")) return null;
  return { columns, starts: pieces.map((p) => p.at) };
}

/** Whether a line is a rule drawn across a table ("────", "-----", "====="). */
function isDrawnRule(text: string): boolean {
  if (text.length < 4) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2500 && c !== 0x2501 && c !== 0x2550 && c !== 0x2d && c !== 0x3d && c !== 0x5f && c !== 0x20) return false;
  }
  return true;
}

/**
 * Reads the rows of a table laid out with spaces from `start` into `out`, each as readRows() reads a row: a row
 * starts on a line with its post's cell, and the lines under it that start further right go on with the cells they
 * stand under (a duties cell wrapped at its column's width). Returns the index after the last row (`start` for none).
 */
function readAlignedRows(lines: SourceLine[], start: number, header: AlignedHeader, out: SourceLine[]): number {
  const { columns, starts } = header;
  const roleAt = columns.findIndex((c) => c.kind === "role");
  // The column a piece stands in: the last whose label starts at or before it (a cell may start a little left of it).
  const columnOf = (at: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= at + 1) k++;
    return k;
  };
  let i = start;
  let rows = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if (isDrawnRule(first.text)) {
      out.push({ ...first, marker: null, aside: "stray" });
      i++;
      continue;
    }
    const pieces = first.text ? alignedPieces(first) : [];
    // A row: its post's cell filled, and nothing right of the last column's start that is not in a column.
    if (pieces.length < 2 || !pieces.some((p) => columnOf(p.at) === roleAt) || columnOf(pieces[0]!.at) > roleAt) break;
    // Its lines: this one, and those under it that start right of the post's column.
    let end = i + 1;
    while (end < lines.length && lines[end]!.text && !isDrawnRule(lines[end]!.text) && (lines[end]!.indent ?? 0) > starts[roleAt]! + 1) end++;
    // Each column's text on each of the row's lines ("" where the line has none).
    const cells: string[][] = columns.map(() => []);
    for (let k = i; k < end; k++) {
      for (const c of cells) c.push("");
      for (const p of k === i ? pieces : alignedPieces(lines[k]!)) {
        const cell = cells[columnOf(p.at)]!;
        cell[cell.length - 1] = cell[cell.length - 1] ? `${cell[cell.length - 1]}  ${p.text}` : p.text;
      }
    }
    // The post's line first (a form opens the role with it), then the other cells in their order.
    out.push({ no: first.no, text: `${columns[roleAt]!.label}：${cells[roleAt]!.join("").trim()}`, marker: null, indent: 0, noise: null, source: first.text });
    columns.forEach((c, k) => {
      if (k === roleAt) return;
      if (!c.kind) asideCell(cells[k]!.join("\n"), first.no, out);
      else if (c.kind === "duties") wrappedItems(c, cells[k]!, first.no, out);
      else if (cells[k]!.some(Boolean)) cellLines(c, cells[k]!.join(""), first.no + cells[k]!.findIndex(Boolean), out);
    });
    rows++;
    i = end;
  }
  return rows > 0 ? i : start;
}

/**
 * The lines of a duties cell wrapped at its column's width: a line goes on with the one above it unless that one
 * ends a clause and this one starts with the next number ("…工作；" / "2.掌握…"; not "…04-08、" / "16-20航行值班。").
 */
function wrappedItems(c: Column, parts: string[], no: number, out: SourceLine[]): void {
  const at = parts.findIndex(Boolean);
  if (at < 0) return;
  out.push({ no: no + at, text: `${c.label}：`, marker: null, indent: 0, noise: null });
  let last = "";
  parts.forEach((text, k) => {
    if (!text) return;
    const marker = matchMarker(text);
    const starts = !last || (marker?.style.kind === "item" && /[。；;！!？?]$/u.test(last));
    out.push({ no: no + k, text, marker: starts ? marker ?? CELL_ITEM : null, indent: 0, noise: null, ...(starts ? {} : { continuation: true }) });
    last = text;
  });
}

/** Labels of a column that holds a headcount ("人数"), set aside as 序号 is. */
const COUNT_LABELS = /^(?:人数|人數|名额|名額|需求人数|需求人數|招聘人数|招聘人數|定员|定員|岗位人数|崗位人數)$/u;

/**
 * The columns of a header copied a cell a line ("岗位名称" / "岗位职责" / "任职要求", each alone on its line):
 * two to eight labels in a row, among them the post's and its duties'; null when the lines from `start` are no such header.
 */
function headerLines(lines: SourceLine[], start: number): Column[] | null {
  const columns: Column[] = [];
  for (let k = start; k < lines.length && k < start + 8; k++) {
    const text = lines[k]!.text;
    if (!text || text.length > 8 || lines[k]!.marker || /[\t|｜:：]/u.test(text)) break;
    const c = column(text);
    if (!c.kind && !unread(c.label)) break;
    columns.push(c);
  }
  return columns.length >= 2 && columns.some((c) => c.kind === "role") && columns.some((c) => c.kind === "duties") ? columns : null;
}

/**
 * Reads the rows of a table copied a cell a line from `start` into `out`, as readRows() reads rows between tabs:
 * a cell a line, a list's items the lines of its cell (while their numbers run on), a department's cell left
 * out under the row that holds it (merged). Returns the index after the last row read (`start` for none).
 */
function readCellLines(lines: SourceLine[], start: number, columns: Column[], out: SourceLine[]): number {
  let department = "";
  let i = start;
  for (;;) {
    let k = i;
    const blanks: SourceLine[] = [];
    while (k < lines.length && !lines[k]!.text) blanks.push(lines[k++]!);
    const row: (SourceLine[] | null)[] = [];
    let role: SourceLine | null = null;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      const l = lines[k];
      if (!l?.text) break;
      const item = l.marker?.style.kind === "item";
      if (col.kind === null) {
        // 序号: the row's number; a remark or a headcount: one short line, not the next row's number.
        const digits = /^[0-9０-９]{1,3}$/u.test(l.text);
        if (NUMBER_LABELS.test(col.label) ? !digits : digits || item || l.text.length > 30) {
          if (c === 0) break;
          row.push(null);
          continue;
        }
      } else if (col.kind === "department") {
        if (item || !isDepartmentName(l.text)) {
          row.push(null);
          continue;
        }
        department = l.text;
      } else if (col.kind === "role" || col.kind === "field") {
        if (item || l.text.length > 30 || /[。；;，,]/u.test(l.text)) break;
        if (col.kind === "role") role = l;
      }
      const cell = [l];
      k++;
      // A list's items are the lines of its cell while their numbers run on.
      if ((col.kind === "duties" || col.kind === "block") && item) {
        for (let last = l.marker!; lines[k]?.text && lines[k]!.marker?.style === last.style && lines[k]!.marker!.ordinal === last.ordinal! + 1; k++) {
          cell.push(lines[k]!);
          last = lines[k]!.marker!;
        }
      }
      row.push(cell);
    }
    if (!role || !row[columns.findIndex((c) => c.kind === "duties")]) return i;
    for (const b of blanks) out.push(b);
    // The role's line first, as a form opens the role with it; then the other cells in their order.
    cellLines(columns.find((c) => c.kind === "role")!, role.text, role.no, out);
    out[out.length - 1]!.source = role.text;
    columns.forEach((col, c) => {
      const cell = row[c];
      if (col.kind === "role") return;
      if (col.kind === "department") {
        if (department) cellLines(col, department, cell?.[0]!.no ?? role!.no, out);
        if (cell) out.push({ ...cell[0]!, marker: null, aside: "department" });
        return;
      }
      if (!cell) return;
      if (!col.kind) for (const l of cell) out.push({ ...l, marker: null, aside: "table-cell" });
      else cellLines(col, cell.map((l) => l.text).join("\n"), cell[0]!.no, out);
    });
    i = k;
  }
}

/**
 * Adds to a role's one-line row the lines after it that go on with its cells (their first cells empty, each
 * led by its tabs, which the lexer trimmed as indent): each cell gets a line a row, empty where the row's cell
 * is. Returns the index after the last such line.
 */
function continuedCells(lines: SourceLine[], from: number, columns: Column[], cells: string[]): number {
  const role = columns.findIndex((c) => c.kind === "role");
  const department = columns.findIndex((c) => c.kind === "department");
  let end = from;
  while (end < lines.length) {
    const l = lines[end]!;
    if (!l.text || !l.indent || l.indent >= columns.length) break;
    let text = "\t".repeat(l.indent) + l.text;
    let to = end + 1;
    // (A cell of several lines between quotes, as Excel copies one: "⇥⇥2⇥"控制…；" / "余料…"⇥板材利用率≥88%".)
    if (text.includes('"')) while (delimited(text, "\t") === undefined && to < lines.length && to - end < 8) text += "\n" + lines[to++]!.text;
    const more = (text.includes('"') && delimited(text, "\t")) || text.split("\t");
    if (more.length > columns.length || more[role]?.trim() || (department >= 0 && more[department]?.trim())) break;
    // Each cell a line for each line of the row, so that a cell's k-th line is the row's: the cells before a cell of
    // several lines are on its first, those after it on its last.
    const span = to - end;
    let before = true;
    for (let k = 0; k < columns.length; k++) {
      const cell = (more[k] ?? "").trim();
      const breaks = newlines(cell, 0, cell.length);
      const pad = "\n".repeat(span - 1 - breaks);
      cells[k] = `${cells[k] ?? ""}\n${before ? cell + pad : pad + cell}`;
      if (breaks > 0) before = false;
    }
    end = to;
  }
  return end;
}

/**
 * A cell as form lines: "label：" and the cell's first line, then its other
 * lines (a cell with line breaks); a duties cell's lines after its label
 * alone, each an item (an unnumbered duty in the duties column is a duty, not
 * the role's summary: a bullet of no width marks it).
 */
function cellLines(c: Column, cell: string, no: number, out: SourceLine[]): void {
  if (c.kind === "duties" || (c.kind === "block" && !matchMarker(cell) && clauses(cell).length > 1)) {
    out.push({ no, text: `${c.label}：`, marker: null, indent: 0, noise: null });
    cellItems(cell, no, out);
    return;
  }
  cellParts(cell, no).forEach(({ no, text }, k) => {
    if (!text && k > 0) return;
    out.push({ no, text: k === 0 ? `${c.label}：${text}` : text, marker: k === 0 ? null : matchMarker(text), indent: 0, noise: null });
  });
}

/** A cell's lines, trimmed, each with its line number; a break written `<br>` starts one on the same line. */
function cellParts(cell: string, no: number): { no: number; text: string }[] {
  const parts: { no: number; text: string }[] = [];
  cell.split("\n").forEach((line, k) => {
    for (const piece of line.split(BR)) parts.push({ no: no + k, text: piece.trim() });
  });
  return parts;
}

/** The lines of a duties cell, each an item (a break written `<br>` starts one on the same line). */
function cellItems(cell: string, no: number, out: SourceLine[]): void {
  let numbered = false;
  for (const { no: at, text } of cellParts(cell, no)) {
    if (!text) continue;
    const marker = matchMarker(text);
    // (An unnumbered line after numbered ones goes on with the item before: "…评价独立性和" / "职业道德要求的遵守情况；".)
    if (!marker && numbered) {
      out.push({ no: at, text, marker: null, indent: 0, noise: null });
      continue;
    }
    if (marker?.style.kind === "item") numbered = true;
    // An unnumbered cell of clauses between semicolons ("安排卸货；核对数量；当日上架") lists one item each.
    for (const clause of marker ? [text] : clauses(text)) out.push({ no: at, text: clause, marker: marker ?? CELL_ITEM, indent: 0, noise: null });
  }
}

/**
 * The clauses of a cell's text between semicolons, each with its semicolon; the text alone when it has one clause
 * or numbers its items after a semicolon ("…；2.…", read as glued items by the tree builder).
 */
function clauses(text: string): string[] {
  if (!text.includes("；") && !text.includes(";")) return [text];
  if (NUMBERED_AFTER_SEMICOLON.test(text)) return [text];
  const parts = text.split(/(?<=[；;])/u).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 && parts.every((p) => p.length >= 4) ? parts : [text];
}

const NUMBERED_AFTER_SEMICOLON = /[；;]\s*(?:[0-9０-９]{1,2}[.、．)）]|[(（][0-9一二三四五六七八九十]{1,2}[)）]|[①-⑳]|[一二三四五六七八九十][、.．])/u;

/** A line break written in HTML, as a web page's or a Markdown table's cell has it. */
const BR = /<br\s*\/?>/iu;

/**
 * A row of an item-per-row table ("| 3 | 处理员工提交的 IT 工单 |") as the item it is: the duties cell numbered
 * with the row's number; the other cells set aside. False for a row with no number or no text: the table ends.
 */
function itemRow(columns: Column[], cells: string[], startLine: number[], out: SourceLine[]): boolean {
  const n = columns.findIndex((c) => c.kind === null && NUMBER_LABELS.test(c.label));
  const t = columns.findIndex((c) => c.kind === "duties");
  const number = cells[n] ?? "";
  const text = (cells[t] ?? "").replace(BR, "");
  if (!/^[0-9０-９]{1,3}$/u.test(number) || !text) return false;
  out.push(numberedLine(number, text, startLine[t]!));
  cells.forEach((cell, k) => {
    if (k !== n && k !== t && cell) asideCell(cell, startLine[k]!, out);
  });
  return true;
}

/**
 * A row's duties numbered in a 序号 column after the post's, when its duties cell has a line for each of the
 * column's numbers and no number of its own: the lines written as items ("1、全面负责…", as itemRow writes
 * them), and the number's column; null for any other row. (The rows under a post's merged cell come here as
 * lines of its cells: see continuedCells.)
 */
function numberedItems(columns: Column[], cells: string[], startLine: number[]): { lines: SourceLine[]; number: number } | null {
  const n = columns.findIndex((c) => c.kind === null && NUMBER_LABELS.test(c.label));
  const t = columns.findIndex((c) => c.kind === "duties");
  // (After the role's column only: a 序号 before it numbers the posts, "序号⇥岗位⇥职责".)
  if (n < 0 || t < 0 || n < columns.findIndex((c) => c.kind === "role") || !cells[n] || !cells[t]) return null;
  const numbers = cells[n]!.split("\n").map((c) => c.trim());
  const texts = cells[t]!.split("\n").map((c) => c.trim());
  if (numbers.length !== texts.length || BR.test(cells[t]!)) return null;
  const lines: SourceLine[] = [];
  for (let k = 0; k < texts.length; k++) {
    const number = numbers[k]!;
    // (A line of a cell of several lines, with no number beside it: more of the item above.)
    if (!number && lines.length && texts[k]) {
      lines.push({ no: startLine[t]! + k, text: texts[k]!, marker: null, indent: 0, noise: null, continuation: true });
      continue;
    }
    if (!/^[0-9０-９]{1,3}$/u.test(number) || !texts[k] || matchMarker(texts[k]!)) return null;
    lines.push(numberedLine(number, texts[k]!, startLine[t]! + k));
  }
  return { lines, number: n };
}

/** A row's duty numbered in its 序号 cell, as an item written "3、…", so that the builder reads it as it reads such a line. */
function numberedLine(number: string, text: string, no: number): SourceLine {
  const line = `${number}、${text}`;
  return { no, text: line, marker: { ...matchMarker(line)!, marker: number }, indent: 0, noise: null };
}

/** The mark of an unnumbered line of a duties cell: a bullet as long as nothing. */
const CELL_ITEM: Marker = Object.freeze({
  style: matchMarker("• x")!.style, marker: "", number: null, ordinal: null, path: null, length: 0,
});

/** A line of a department's name alone, numbered or not, as a row across a table names the department of the rows under it. */
function isBanner(l: SourceLine): boolean {
  const m = l.marker;
  if (m && m.style.kind !== "item") return false;
  const name = m ? l.text.slice(m.length).trim() : l.text;
  return name.length <= 20 && isDepartmentName(name);
}

/** Whether a cell is a sign-off field ("制表：综合管理部", "审核："). */
function signsOff(cell: string): boolean {
  return cell.length <= 40 && (cell.includes("：") || cell.includes(":")) && formField(cell)?.kind === "signoff";
}

/** A cell that holds nothing of the tree, set aside line by line (so that no line of it is lost). */
function asideCell(cell: string, no: number, out: SourceLine[]): void {
  cell.split("\n").forEach((part, k) => {
    const text = part.trim();
    if (text) out.push({ no: no + k, text, marker: null, indent: 0, noise: null, aside: "table-cell" });
  });
}

/** How many line breaks `text` holds from `from` to `to`. */
function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** The cells of a row as written (untrimmed): between tabs, between pipes, or the fields of a CSV record (quotes undone). */
function splitRow(text: string, sep: Separator): string[] | null {
  if (sep === "\t") return (text.includes('"') && delimited(text, "\t")) || text.split("\t");
  if (sep === "|" || sep === "｜") {
    if (text[0] !== sep) return null;
    return text.slice(1, text.endsWith(sep) ? -1 : undefined).split(sep);
  }
  return delimited(text, ",") ?? null;
}

/**
 * Where a row that Word copied with its cells' line breaks ends: after the
 * line whose tabs, added to those of the lines from the row's first, make
 * `want`, and after the lines of its last cell that follow it when another
 * row comes after them ("…。⇥1.本科…；" / "2.5年以上…" / "3.具备…" / "7⇥…");
 * -1 when its first line has them all, or its lines never make them exactly
 * (a blank line, an indented line or a page of lines first).
 */
function unquotedRowEnd(lines: readonly SourceLine[], next: number, first: string, want: number): number {
  let tabs = tabCount(first);
  if (tabs === 0 || tabs >= want) return -1;
  let k = next;
  for (; tabs < want; k++) {
    const l = lines[k];
    if (!l?.text || l.indent || k - next >= 64) return -1;
    tabs += tabCount(l.text);
  }
  if (tabs !== want) return -1;
  let j = k;
  while (j < lines.length && j - k < 64 && lines[j]!.text && !lines[j]!.indent && tabCount(lines[j]!.text) === 0 && !isBanner(lines[j]!)) j++;
  return j > k && lines[j]?.text && tabCount(lines[j]!.text) > 0 ? j : k;
}

function tabCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\t"); i >= 0; i = text.indexOf("\t", i + 1)) n++;
  return n;
}

/** The rule under a pipe table's header: "|------|:---:|", pipes, dashes, colons and spaces only. */
function isRule(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x7c && c !== 0x2d && c !== 0x3a && c !== 0x20 && c !== 0x09) return false;
  }
  return text.includes("--");
}

/** Whether every quote of a CSV record is closed (an even number of them). */
function quotesClosed(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x22) n++;
  return n % 2 === 0;
}

/**
 * The fields of one record between separators, as CSV has them (RFC 4180) and
 * as Excel copies cells between tabs: a quoted field may hold separators, line
 * breaks and doubled quotes. Undefined when a quoted field is not closed
 * (the record goes on over the next line), null when it is no record.
 */
function delimited(text: string, sep: "," | "\t"): string[] | null | undefined {
  const code = sep.charCodeAt(0);
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === 0x22) {
      let value = "";
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return undefined;
        value += text.slice(i, q);
        if (text.charCodeAt(q + 1) === 0x22) {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(value);
      if (i === text.length) return fields;
      if (text.charCodeAt(i) !== code) return null;
      i++;
    } else {
      const comma = text.indexOf(sep, i);
      if (comma < 0) {
        fields.push(text.slice(i));
        return fields;
      }
      fields.push(text.slice(i, comma));
      i = comma + 1;
    }
  }
}
