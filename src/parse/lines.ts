// The lexer: splits text into numbered lines and reads each line's marker.
import { startsLikeDuty, unspaced } from "./headings.js";
import { matchMarker, type Marker } from "./markers.js";
import { isContentsEntry, isContentsHead, isLinksHead, isPageMarker, lineNoise, mayBeLinkTitle } from "./noise.js";
import { isSpace } from "../text/space.js";

export interface SourceLine {
  /** 1-based line number in the input. */
  no: number;
  /** The line trimmed of white space (ASCII and ideographic). */
  text: string;
  /** The marker at the start of the line, if the catalogue knows one. */
  marker: Marker | null;
  /** White space before `text` in the line as written (UTF-16 units), so columns count it. */
  indent?: number;
  /** Why the line is noise by its own text (lineNoise), worked out once by the lexer; absent when not worked out. */
  noise?: "page-noise" | "advertising" | "stray" | "chat" | null;
  /** Markdown: the heading level (1–6) of a heading line. */
  heading?: number;
  /** Markdown: the list nesting depth of a list item (0 for a top-level list). */
  depth?: number;
  /** Markdown: the line as written (`## 銷售經理`), kept in a role's `heading`; a table's row, for the role it opens. */
  source?: string;
  /** Markdown: text that continues the list item before it (a second paragraph, a lazy line). */
  continuation?: boolean;
  /** Markdown: the first line of a list item's second paragraph, after a blank line ("5. 期初教学检查" / "" / "   开学第一天…"). */
  bodyParagraph?: boolean;
  /** Markdown: the first line of a paragraph outside every list: it ends the lists before it and continues no earlier line. */
  startsParagraph?: boolean;
  /** Markdown: a short paragraph all in strong emphasis ("**清扫前准备**"), a label as a colon or brackets make one. */
  strongLabel?: boolean;
  /** Set aside with this reason by the tree builder: the header row of a role-per-row table, a cell of its 序号 column (./row-tables.ts). */
  aside?: string;
  /**
   * The first line after a role-per-row table and a blank line (./row-tables.ts), or after a chat message's header
   * ("李姐 09:03"): the role before it ends, unless the line goes on with that role's list.
   */
  afterBreak?: boolean;
  /** The first line after an article's "END" (a WeChat copy's last line before its footer): the sheet is over. */
  afterEnd?: boolean;
  /** A page footer cut off the end of the line ("…体系。　　第3页 共5页"), for the builder to set aside as page noise. */
  tail?: string;
}

/** Trims white space, the ideographic space and a stray BOM (String.prototype.trim covers all three). */
export function trimText(s: string): string {
  return s.trim();
}

/** Zero-width characters that web and chat copies leave at the ends of lines (String#trim keeps them). */
const isZeroWidth = (c: number) => (c >= 0x200b && c <= 0x200d) || c === 0x2060;
const isBlank = (c: number) => isZeroWidth(c) || isSpace(c);

/** A line trimmed of white space and of zero-width characters at its ends. */
function trimLine(raw: string): string {
  const t = raw.trim();
  if (!t || !(isZeroWidth(t.charCodeAt(0)) || isZeroWidth(t.charCodeAt(t.length - 1)))) return t;
  let start = 0;
  let end = t.length;
  while (start < end && isBlank(t.charCodeAt(start))) start++;
  while (end > start && isBlank(t.charCodeAt(end - 1))) end--;
  // A line of zero-width characters alone stays as it is: set aside as stray, not lost as blank.
  return start < end ? t.slice(start, end) : t;
}

/**
 * How many UTF-16 units of emoji open the line (pictographs U+1F300 to U+1FAFF, symbols U+2600 to U+27BF drawn as
 * emoji, with the variation selectors,
 * joiners and spaces between them, or a bar such as ▍); the emoji bullets of the marker catalogue (🔹 🔸 🔶 🔷 🔺 🔻 👉)
 * are markers, not this.
 */
function decoration(t: string): number {
  let i = 0;
  while (i < t.length) {
    const cp = t.codePointAt(i)!;
    if (cp >= 0x1f300 && cp <= 0x1faff && !(cp >= 0x1f536 && cp <= 0x1f53b) && cp !== 0x1f449) i += 2;
    // (Or a symbol drawn as an emoji, its variation selector after it: "⚠️温馨提示：", "☎️ 联系电话".)
    else if (cp >= 0x2600 && cp <= 0x27bf && t.charCodeAt(i + 1) === 0xfe0f) i += 2;
    // (A bar before a posting's heading: "▍信贷风控策略专家".)
    else if (i === 0 && cp >= 0x2588 && cp <= 0x258f) i++;
    else if (i > 0 && (cp === 0xfe0f || cp === 0x200d || isSpace(cp))) i++;
    else break;
  }
  return i;
}

/**
 * How many UTF-16 units of emoji dress the start of a line, a heading or a list item ("📌职位一：…", "⚠️温馨提示："),
 * when text follows them; 0 for none (a bar or a bullet of the marker catalogue is no emoji here).
 */
export function emojiDressing(t: string): number {
  const c = t.charCodeAt(0);
  if (!((c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf && t.charCodeAt(1) === 0xfe0f))) return 0;
  const dressed = decoration(t);
  return dressed < t.length ? dressed : 0;
}

// The last characters of a role heading's words that a wrap may leave on a line of their own: 責, 職責, 位職責.
const ROLE_WORD_TAIL = /^(?:[崗岗]?位)?(?:[職职])?[責责]$/u;
const ROLE_WORDS_END = /(?:[職职][責责])$/u;

/** The last line before `i` that holds text. */
function lastText(out: SourceLine[], i: number): SourceLine | null {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (out[k]!.text) return out[k]!;
  return null;
}

/** Whether a line's last character may end a page number: a digit, 页 or 頁, a dash. */
function endsLikePage(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x9875 || c === 0x9801 || c === 0x2d || c === 0x2014;
}

/**
 * How long the page footer glued onto the end of a line of text is ("…体系。
 * 第3页 共5页", "…手续。- 5 -"): after a gap of white space or a sentence's
 * end, within the last 24 characters; 0 when there is none.
 */
function pageTail(t: string): number {
  for (let i = t.length - 2; i > 0 && i >= t.length - 24; i--) {
    const c = t.charCodeAt(i - 1);
    const gap = isSpace(c) && isSpace(t.charCodeAt(i - 2));
    if (!gap && c !== 0x3002 && c !== 0xff1b && c !== 0x3b) continue;
    const tail = t.slice(i).trim();
    if (tail && isPageMarker(tail)) return t.length - i;
  }
  return 0;
}

/**
 * Whether what is left of a line before its page number, across a gap of spaces, is a running header: a company's
 * name or the sheet's title ("宏达汽车　　　　第 2 页"), no sentence, field or duty.
 */
function headsPage(t: string, kept: string): boolean {
  return kept.length >= 4 && kept.length <= 30 && isSpace(t.charCodeAt(kept.length)) && !HEADER_PUNCT.test(kept) && !startsLikeDuty(kept);
}

/** Punctuation of sentences and fields, which a running header has none of. */
const HEADER_PUNCT = /[。；;，,！!？?:：]/u;

/** Flags that mark a key duty before its number: ★1. ☆2. ※3. */
const isFlag = (c: number) => c === 0x2605 || c === 0x2606 || c === 0x203b;
/** Characters that draw a rule across a line: - = ═ ～ ~ * ＊ _ # — －. */
const isRuleChar = (c: number) => c === 0x2d || c === 0x3d || c === 0x2550 || c === 0xff5e || c === 0x7e || c === 0x2a || c === 0xff0a || c === 0x5f || c === 0x23 || c === 0x2014 || c === 0xff0d;

function isNumbered(t: string): boolean {
  return matchMarker(t)?.style.kind === "item";
}

/** Marks that dress a heading on both sides: ★ ☆ ◆ ◇ ■ □ ● ▲ △ ♦ ❖. */
const isDecoration = (c: number) => c === 0x2605 || c === 0x2606 || c === 0x25c6 || c === 0x25c7 || c === 0x25a0 || c === 0x25a1 || c === 0x25cf || c === 0x25b2 || c === 0x25b3 || c === 0x2666 || c === 0x2756;

/**
 * The text between two rules of `least` or more of one character ("==== 資訊助理 ====", or "★班主任★" with
 * `least` 1), when it holds a CJK character; else null.
 */
function ruled(t: string, least = 3): string | null {
  const c = t[0]!;
  let start = 0;
  while (start < t.length && t[start] === c) start++;
  let end = t.length;
  while (end > start && t[end - 1] === c) end--;
  if (start < least || t.length - end < least) return null;
  const inner = t.slice(start, end).trim();
  return /[\u4e00-\u9fff]/u.test(inner) ? inner : null;
}

/** The vertical lines of a table drawn with box-drawing characters (a Word table saved as text): │ ┃ ║. */
function isCellBorder(c: number): boolean {
  return c === 0x2502 || c === 0x2503 || c === 0x2551;
}

/**
 * A row of a table drawn with box-drawing characters, read as a table copied
 * as text is: its cells between tabs ("│工作職責│1.依規範…│" → "工作職責⇥1.依規範…"),
 * an empty first cell left out ("│        │並填寫紀錄表。│", the rest of a cell
 * wrapped inside the table, → "並填寫紀錄表。").
 */
function tableRow(t: string): string {
  const cells: string[] = [];
  let start = 1;
  for (let i = 1; i <= t.length; i++) {
    if (i === t.length || isCellBorder(t.charCodeAt(i))) {
      cells.push(t.slice(start, i).trim());
      start = i + 1;
    }
  }
  while (cells.length && cells[cells.length - 1] === "") cells.pop();
  while (cells.length && cells[0] === "") cells.shift();
  return cells.join("\t");
}

/** Splits on CRLF, CR or LF. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  // Splitting on a string is several times faster than on a pattern; most text has no CR.
  const lines = text.includes("\r") ? text.split(/\r\n|\r|\n/u) : text.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// A Markdown heading's opening run of #, then a space; and its optional closing run.
const ATX_HEADING = /^#{1,6}[ \t\u3000]+\S/u;

/** A Markdown heading's level: its opening run of #. */
function atxLevel(t: string): number {
  let level = 0;
  while (t.charCodeAt(level) === 0x23) level++;
  return level;
}

/** A Markdown heading's words, without its runs of #. */
function withoutAtx(t: string): string {
  const start = atxLevel(t);
  let end = t.length;
  while (end > start && t.charCodeAt(end - 1) === 0x23) end--;
  // (A closing run counts only after white space: "## C#" keeps its #.)
  if (end < t.length && !isSpace(t.charCodeAt(end - 1))) end = t.length;
  return t.slice(start, end).trim();
}

/**
 * Lexes every line: its number (from `firstNo` for a part of a text), trimmed
 * text and marker; one SourceLine a line (the tree builder takes them
 * through readRowTables, which reads a role-per-row table's rows as form lines).
 */
export function lexLines(text: string, firstNo = 1): SourceLine[] {
  const raws = splitLines(text);
  const out: SourceLine[] = new Array(raws.length);
  let rowsOrMarkup = false;
  // Under "目  录": entries with their page number after a tab or spaces ("一、前厅部⇥1"), up to the first line that is none.
  let contents = false;
  // Where contents heads stand (a few at most), for contentsRepeated.
  const heads: number[] = [];
  const quoted = text.charCodeAt(0) === 0x3e || text.includes("\n>") ? quotedText(raws) : null;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const from = quoted ? quoted[i]! : 0;
    let t = trimLine(from ? raw.slice(from) : raw);
    let atx: string | null = null;
    // The trimmed text starts with no white space, so its first place in the line is after the indent.
    let indent = from + (t.length === raw.length - from || !t ? 0 : raw.indexOf(t, from) - from);
    // (A border alone, "│" of an org chart or an empty row, stays as it is: a stray line, not a blank one.)
    if (isCellBorder(t.charCodeAt(0)) && tableRow(t)) {
      t = tableRow(t);
      indent = 0;
    } else if (isFlag(t.charCodeAt(0)) && isNumbered(t.slice(1))) {
      // "★1. 负责收银结算": a flag that marks a key duty before its number dresses the line, as an indent would.
      t = t.slice(1);
      indent += 1;
    } else if (t.length >= 3 && t.length <= 24 && isDecoration(t.charCodeAt(0)) && t.charCodeAt(0) === t.charCodeAt(t.length - 1)) {
      // "★班主任★", "◆◆ 店长 ◆◆": marks on both sides dress a heading, as rules do.
      const inner = ruled(t, 1);
      if (inner) {
        indent += t.indexOf(inner);
        t = inner;
      }
    } else if (t.charCodeAt(0) === 0x23 && ATX_HEADING.test(t)) {
      // "## Ⅰ. 行政管理岗位": a Markdown heading in a sheet saved as text reads as Markdown's headings do.
      atx = t;
      const inner = withoutAtx(t);
      indent += t.indexOf(inner);
      t = inner;
    } else if (t.length >= 8 && isRuleChar(t.charCodeAt(0)) && t.charCodeAt(0) === t.charCodeAt(t.length - 1)) {
      // "-------- 程式設計師 --------", "═══ 資訊助理 ═══": a heading between rules reads as the heading.
      const inner = ruled(t);
      if (inner) {
        indent += t.indexOf(inner);
        t = inner;
      }
    } else if (emojiDressing(t) > 0) {
      // Emoji that dress a line up ("📌职位一：门店店长", "💰 薪资福利") count as its indent, as white space does.
      const dressed = emojiDressing(t);
      t = t.slice(dressed);
      indent += dressed;
    }
    if (t.length <= 3 && ROLE_WORD_TAIL.test(t) && i > 0) {
      // "（三）環保工程師崗位職" / "責": a heading wrapped before its last characters is read whole on its first line.
      const prev = lastText(out, i);
      if (prev && !ROLE_WORDS_END.test(prev.text) && ROLE_WORDS_END.test(prev.text + t)) {
        prev.text += t;
        out[i] = { no: i + firstNo, text: t, marker: null, indent, noise: null, aside: "heading" };
        continue;
      }
    }
    let noise = t ? lineNoise(t) : null;
    if (t) {
      if (noise === null && contents && isContentsEntry(t)) noise = "page-noise";
      else {
        contents = noise === "page-noise" && isContentsHead(t);
        if (contents && heads.length < 8) heads.push(i);
      }
    }
    const tail = noise === null && t.length > 6 && endsLikePage(t.charCodeAt(t.length - 1)) ? pageTail(t) : 0;
    const kept = tail ? t.slice(0, t.length - tail).trimEnd() : t;
    // (What is left of a footer may be noise by itself: "杭州云栈信息技术有限公司　内部资料　注意保密" before "第 3 页".)
    let marker = t ? matchMarker(t) : null;
    // ("X 市 第 二 人 民 医 院": a heading letter-spaced by OCR, whose first letter is no Roman ten.)
    if (marker && marker.length <= 2 && isLatinLetter(t.charCodeAt(0)) && isSpace(t.charCodeAt(1)) && unspaced(t) !== t) marker = null;
    out[i] = { no: i + firstNo, text: kept, marker, indent, noise: tail ? lineNoise(kept) ?? (marker || !headsPage(t, kept) ? null : "page-noise") : noise };
    if (tail) out[i]!.tail = t.slice(t.length - tail).trim();
    if (atx) {
      out[i]!.heading = atxLevel(atx);
      out[i]!.source = atx;
      atx = null;
    }
    if (!rowsOrMarkup && t && mayStartRowsOrMarkup(t)) rowsOrMarkup = true;
  }
  if (heads.length) {
    const last = new Map<string, number>();
    for (let k = 0; k < out.length; k++) if (out[k]!.text) last.set(out[k]!.text, k);
    for (const h of heads) contentsRepeated(out, h, last);
  }
  if (!rowsOrMarkup) PLAIN.add(out);
  return linksAside(out);
}

/**
 * Marks as page noise the entries of a contents list without page numbers under its head at `head` ("目录" over
 * "1. 运维经理" / "2. 网络工程师", as a blog's contents has it): the lines right under it that stand again, each
 * as written, further down the sheet, where the headings they list are.
 */
function contentsRepeated(lines: SourceLine[], head: number, last: Map<string, number>): void {
  let end = head + 1;
  while (end < lines.length && !lines[end]!.text) end++;
  const first = end;
  for (; end < lines.length && end < first + 40; end++) {
    const l = lines[end]!;
    if (!l.text || l.noise || l.text.length > 30 || (last.get(l.text) ?? 0) <= end) break;
  }
  // (Two entries at least, all of them found again: one line alike is no list.)
  if (end - first < 2) return;
  for (let k = first; k < end; k++) lines[k] = { ...lines[k]!, marker: null, noise: "page-noise" };
}

/**
 * Marks a web page's list of links to other pages as advertising: its head ("相关文章：") and the titles
 * under it, up to a blank line or a line that is no title. A title over a numbered item is a heading after all
 * (the page goes on with a role), and ends the list.
 */
function linksAside(lines: SourceLine[]): SourceLine[] {
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    // (Cheap test first: the head ends with one of 章荐薦读讀文喜歡欢了过過 or a colon.)
    if (!head.text || head.noise || !endsLikeLinksHead(head.text.charCodeAt(head.text.length - 1)) || !isLinksHead(head.text)) continue;
    let end = i + 1;
    while (end < lines.length && lines[end]!.text && mayBeLinkTitle(titleOf(lines[end]!))) end++;
    if (end === i + 1) continue;
    if (end < lines.length && lines[end]!.marker?.style.kind === "item") end--;
    for (let k = i; k < end; k++) if (!lines[k]!.noise) lines[k]!.noise = "advertising";
    i = end - 1;
  }
  return lines;
}

const endsLikeLinksHead = (c: number) => c === 0xff1a || c === 0x3a || c === 0x3011 || c === 0x7ae0 || c === 0x8350 || c === 0x85a6 || c === 0x8bfb || c === 0x8b80 || c === 0x6587 || c === 0x559c || c === 0x6b61 || c === 0x6b22 || c === 0x4e86 || c === 0x8fc7 || c === 0x904e;

/** A line's text after its number. */
function titleOf(line: SourceLine): string {
  return line.marker && line.marker.style.kind === "item" ? line.text.slice(line.marker.length).trim() : line.text;
}

/**
 * The text of an e-mail's quoted lines ("> 1. 负责…", ">> 二、车间主任"): for
 * each line, where its text starts after the quote marks, or 0. A run of
 * quoted lines counts when it is at least three lines long and shows it is a
 * quotation: an empty quoted line (">") or a numbered item inside; a bare ">"
 * line keeps its mark (it is set aside as stray, not lost as blank). The
 * marks belong to the e-mail, not the sheet: a role's heading is read without
 * them, and columns count them.
 */
function quotedText(raws: string[]): Uint32Array | null {
  let starts: Uint32Array | null = null;
  for (let i = 0; i < raws.length; ) {
    if (quoteEnd(raws[i]!) < 0) {
      i++;
      continue;
    }
    let end = i;
    let proven = false;
    for (; end < raws.length; end++) {
      const raw = raws[end]!;
      const q = quoteEnd(raw);
      if (q < 0) break;
      const rest = raw.slice(q).trim();
      if (!rest || matchMarker(rest)?.style.kind === "item") proven = true;
    }
    if (end - i >= 3 && proven) {
      starts ??= new Uint32Array(raws.length);
      for (let k = i; k < end; k++) {
        const q = quoteEnd(raws[k]!);
        if (raws[k]!.slice(q).trim()) starts[k] = q;
      }
    }
    i = end;
  }
  return starts;
}

/** Where a line's quote marks end (after "> ", "> > ", ">>"), or -1 when it does not start with one. */
function quoteEnd(raw: string): number {
  let i = 0;
  while (i < raw.length && (raw.charCodeAt(i) === 0x20 || raw.charCodeAt(i) === 0x09)) i++;
  if (raw.charCodeAt(i) !== 0x3e) return -1;
  while (raw.charCodeAt(i) === 0x3e) {
    i++;
    if (raw.charCodeAt(i) === 0x20) i++;
  }
  return i;
}

/** Lexed lines of which none can be a table's header row or hold a web copy's markup (see readSheetLines). */
const PLAIN = new WeakSet<SourceLine[]>();

/** Whether these lexed lines are known to hold no table header and no markup, so that readSheetLines can pass them on as they are. */
export function knownPlain(lines: SourceLine[]): boolean {
  return PLAIN.has(lines);
}

/**
 * A cheap test of each line as the lexer reads it, wider than the readers' own: a table's header starts with a
 * column's label or a pipe; markup shows as < or & among a line's first characters or a > at its end.
 */
function mayStartRowsOrMarkup(t: string): boolean {
  const c = t.charCodeAt(0);
  const last = t.charCodeAt(t.length - 1);
  if (c === 0x7c || c === 0xff5c || last === 0x3e) return true;
  for (let i = 0; i < 6 && i < t.length; i++) {
    const d = t.charCodeAt(i);
    if (d === 0x3c || d === 0x26) return true;
  }
  // (Or a column's label alone on its line: a web page's table copied a cell a line, "岗位名称" / "岗位职责".)
  // (Or a revision record's header between tabs: "修订次数⇥修订内容⇥修订人⇥审核人", ./row-tables.ts.)
  if (HEADER_FIRST[c] !== 1) return REVISION_FIRST[c] === 1 && t.length <= 160 && t.includes("\t");
  // (Or cells apart by wide spaces, as a PDF's text copy lays a table out: "序号  职务  姓名  岗位职责".)
  return t.length <= 6 ? FIRST_LABEL.test(t) : t.length <= 160 && (t.includes("\t") || t.includes(",") || (t.length <= 100 && t.includes("  ")));
}

/** A table's first column's label alone on its line: the row's number, the department or the post. */
const FIRST_LABEL = /^(?:序号|序號|部门|部門|所属部门|所屬部門|单位|單位|岗位|崗位|岗位名称|崗位名稱|职位|職位|职位名称|職位名稱|职务|職務|职务名称|職務名稱|職稱|名称|名稱)$/u;

/**
 * How a role-per-row table's header row starts (./row-tables.ts): with the label of its first column (序号, 编号,
 * 部门, 岗位名称, 职位, 所属部门, 单位, 组别, 工作…, 主要…, 类别, No., ID) or a pipe (| or ｜).
 */
/** How a revision record's header row starts (修订次数, 版本, 变更内容…). */
export const REVISION_FIRST = new Uint8Array(0x10000);
for (const ch of "修变變更版改") REVISION_FIRST[ch.charCodeAt(0)] = 1;
export const HEADER_FIRST = new Uint8Array(0x10000);
for (const ch of "序编編岗崗职職部所单單工主类類层層级級科处處名姓组組NnIi|｜") HEADER_FIRST[ch.charCodeAt(0)] = 1;

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
