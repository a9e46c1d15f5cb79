// Markdown input: reads a sheet through remark-parse and hands the tree builder
// one line per heading, list item and paragraph line (with heading levels and
// list depths), setting aside tables, code, HTML and notes with a reason.
import type { Blockquote, Code, Heading, Html, List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Document, Ignored } from "../model/document.js";
import { joinText } from "./build.js";
import { documentFromLines, type ParseOptions } from "./index.js";
import { emojiDressing, splitLines, trimText, type SourceLine } from "./lines.js";
import { isLinksHead } from "./noise.js";
import { parsePieces, PIECE_SIZE } from "./markdown-pieces.js";
import { readRowTables } from "./row-tables.js";
import { matchMarker, WEAK_STYLES, type Marker } from "./markers.js";

// CommonMark closes no emphasis between CJK punctuation and a CJK character ("**任职要求：**有健康证" keeps its
// asterisks); remark-cjk-friendly reads it as Chinese writers mean it, as Typora, Feishu and Yuque do.
const processor = unified().use(remarkParse).use(remarkCjkFriendly);
const parseTree = (text: string) => processor.parse(text);

/** Text on one source line. */
interface TextLine {
  no: number;
  text: string;
}

export interface MarkdownLines {
  lines: SourceLine[];
  setAside: Ignored[];
}

// A table of contents' heading; a task list's box.
const TOC_MARK = /^\[\[?_?(?:TOC|toc|目录|目錄)_?\]?\]$/u;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,16}\]\s*[:：]/u;
const CONTENTS = /^(?:目录|目錄|contents|table of contents)$/iu;
// A folded section's title: "<summary>第五条 仓管员职责（点击展开）</summary>".
const SUMMARY_TAG = /^<summary>([^<>]{1,80})<\/summary>$/iu;
const TASK_BOX = /^\[[ xX]\]\s+/u;
// remark-parse alone (no GFM) reads a pipe table as a paragraph: its delimiter row gives it away.
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/u;
const LIST_MARKER = /^(?:[-*+]|[0-9]{1,9}[.)])/u;
const FENCE = /^(?:`{3,}|~{3,})/u;
const HAN = /\p{Script=Han}/u;
const BR = /^<br\s*\/?>$/iu;
const FRONT_MATTER_END = /^(?:---|\.\.\.)\s*$/u;
const YAML_KEY = /^[A-Za-z_][\w-]*\s*:/u;

/** Parses a Markdown duty sheet into a Document. */
export function parseMarkdown(text: string, options: ParseOptions = {}): Document {
  const { lines, setAside } = readMarkdown(text);
  return documentFromLines(lines, setAside, text, options);
}

/** The lines the tree builder reads, from the mdast of `text`, and the lines set aside; `pieceSize` only for tests. */
export function readMarkdown(text: string, pieceSize = PIECE_SIZE): MarkdownLines {
  return new MarkdownReader(text).read(pieceSize);
}

class MarkdownReader {
  private readonly lines: SourceLine[] = [];
  private readonly setAside: Ignored[] = [];
  private readonly source: string[];
  /** Source lines that a SourceLine or a set-aside entry already accounts for (1-based). */
  private readonly seen: Uint8Array;

  constructor(private readonly text: string) {
    this.source = splitLines(text);
    this.seen = new Uint8Array(this.source.length + 2);
  }

  read(pieceSize: number): MarkdownLines {
    const frontMatterEnd = this.frontMatter();
    for (const root of parsePieces(this.text, this.source, parseTree, pieceSize)) {
      this.blocks(root.children.filter((node) => node.position!.start.line > frontMatterEnd), 0, false);
    }
    // Whatever holds only markup (a setext underline, a lone ">", a link's address on its own line) is still kept.
    for (let no = 1; no <= this.source.length; no++) if (!this.seen[no]) this.asideLine(no, "markup");
    return { lines: this.lines, setAside: this.setAside };
  }

  /** YAML front matter (`---`, `key: value` … `---` at the very top), set aside; returns its last line, or 0. */
  private frontMatter(): number {
    if (this.source[0]?.trimEnd() !== "---" || !YAML_KEY.test(this.source[1] ?? "")) return 0;
    const end = this.source.findIndex((l, i) => i > 0 && FRONT_MATTER_END.test(l));
    if (end < 0) return 0;
    for (let no = 1; no <= end + 1; no++) this.asideLine(no, "front-matter");
    return end + 1;
  }

  // ── blocks ───────────────────────────────────────────────────────────────

  /** `listDepth` is the depth a list found here gets; `inItem` says the blocks are the body of a list item. */
  private blocks(nodes: readonly RootContent[], listDepth: number, inItem: boolean): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      // "**往期推荐**" over "- [监理日志到底怎么写？](https://…)": a copied article's links to other pages, and their head.
      if (!inItem && node.type === "list" && linksOnly(node)) {
        const head = nodes[i - 1];
        if (head?.type === "paragraph" && isLinksHead(joinText(inlineLines(head.children).map((l) => l.text)))) this.aside(head, "advertising");
        this.aside(node, "advertising");
      } else if (!inItem && node.type === "list" && anchorsOnly(node)) this.aside(node, "page-noise");
      else if (node.type === "list" && nestsUnder(nodes[i - 1], node)) this.list(node, listDepth + 1);
      else if (!inItem && node.type === "paragraph" && nodes[i + 1]?.type === "list") {
        // (The paragraph's text, read once: the head of a list of links, or "**目录**" over a list of the headings below, a
        // table of contents, as under a heading "## 目录".)
        const head = joinText(inlineLines(node.children).map((l) => l.text));
        if (CONTENTS.test(head.trim())) {
          this.aside(node, "page-noise");
          this.contents = true;
        } else if (!(linksOnly(nodes[i + 1] as List) && isLinksHead(head))) this.block(node, listDepth, inItem);
      }
      else this.block(node, listDepth, inItem);
    }
  }

  private block(node: RootContent, listDepth: number, inItem: boolean): void {
    // The list right under a "目录" heading is a table of contents: its items link to the headings.
    const contents = this.contents;
    this.contents = false;
    if (contents && node.type === "list") return this.aside(node, "page-noise");
    switch (node.type) {
      case "heading": return this.heading(node);
      case "paragraph": return this.paragraph(node, inItem);
      case "list": return this.list(node, listDepth);
      case "code": return this.code(node, inItem);
      case "blockquote": return this.holdsDuties(node) ? this.blocks(node.children, listDepth, inItem) : this.aside(node, "quote");
      case "html": return this.html(node);
      case "thematicBreak": return this.aside(node, "rule");
      default: return this.aside(node, node.type);
    }
  }

  /**
   * HTML is set aside, but for a folded section's title, "<summary>第五条 仓管员职责（点击展开）</summary>" (Yuque and
   * GitHub write `<details>` so), which is read as a line of text: the heading of what the section holds.
   */
  private html(node: Html): void {
    const { start, end } = node.position!;
    for (let no = start.line; no <= end.line; no++) {
      const title = SUMMARY_TAG.exec(trimText(this.source[no - 1] ?? ""))?.[1]?.trim();
      if (title) this.emit({ no, text: title, marker: matchMarker(title), startsParagraph: true });
      else this.asideLine(no, "html");
    }
  }

  /** Whether the last heading read was "目录": the list after it is set aside. */
  private contents = false;

  private heading(node: Heading): void {
    const { start, end } = node.position!;
    const written = joinText(inlineLines(node.children).map((l) => l.text));
    // Emoji that dress a heading ("### 📌 崗位：數據分析師") are no part of its text, as in a plain-text sheet.
    const text = written.slice(emojiDressing(written));
    this.contents = CONTENTS.test(text);
    if (!text) return; // "##" alone: markup
    this.emit({ no: start.line, text, marker: matchMarker(text), heading: node.depth, source: trimText(this.source[start.line - 1]!) });
    // A setext heading's text may run over several lines before its underline.
    for (let no = start.line + 1; no < end.line; no++) this.asideLine(no, "heading");
  }

  /**
   * A paragraph's lines. A pipe table in it is read as a plain-text sheet's is (./row-tables.ts) when it holds
   * a role a row or an item a row; any other table is set aside from its header row on.
   */
  private paragraph(node: Paragraph, inItem: boolean): void {
    // ":::warning" … ":::": a Yuque callout, a note beside the sheet.
    const first = node.children[0];
    if (!inItem && first?.type === "text" && first.value.startsWith(":::")) return this.aside(node, "note");
    // "[2.3 测试工程师岗位职责 4](#测试工程师岗位职责)": an entry of a table of contents, a link to a heading below.
    if (!inItem && node.children.length === 1 && node.children[0]!.type === "link" && node.children[0].url.startsWith("#")) return this.aside(node, "page-noise");
    const lines = inlineLines(node.children);
    // "[TOC]", "[[_TOC_]]": a wiki's mark where it draws the table of contents.
    if (!inItem && lines.length === 1 && TOC_MARK.test(this.source[node.position!.start.line - 1]!.trim())) return this.aside(node, "page-noise");
    // "[^1]: PDF 盖章版路径：…": a footnote's text, which Markdown without its footnote extension reads as a paragraph.
    if (!inItem && FOOTNOTE_DEFINITION.test(lines[0]?.text ?? "")) return this.aside(node, "footnote");
    // "**清扫前准备**" alone over a list: a label of the list, as "清扫前准备：" would be.
    if (!inItem && node.children.length === 1 && node.children[0]!.type === "strong" && lines.length === 1 && lines[0]!.text.length <= 16) {
      const { no, text } = lines[0]!;
      return this.emit({ no, text, marker: matchMarker(text), startsParagraph: true, strongLabel: true });
    }
    const at = tableStart(lines);
    if (at < 0) return this.textLines(lines, inItem);
    this.textLines(lines.slice(0, at), inItem);
    if (inItem || !this.rowTable(lines.slice(at))) this.asideFrom(lines[at]!.no, node, "table");
  }

  /** A list item's paragraph's text lines; a pipe table in it is set aside from its header row on. */
  private paragraphLines(node: Paragraph): TextLine[] {
    const lines = inlineLines(node.children);
    const at = tableStart(lines);
    if (at < 0) return lines;
    this.asideFrom(lines[at]!.no, node, "table");
    return lines.slice(0, at);
  }

  /**
   * Reads a pipe table's rows as a plain-text sheet's role-per-row or item-per-row table; false (nothing read)
   * for any other table. A cell's `<br>` (a new text line on the same source line here) is kept as written.
   */
  private rowTable(lines: readonly TextLine[]): boolean {
    const rows: SourceLine[] = [];
    for (const { no, text } of lines) {
      const last = rows[rows.length - 1];
      if (last?.no === no) last.text += `<br>${text}`;
      else rows.push({ no, text, marker: null, indent: 0, noise: null });
    }
    const read = readRowTables(rows);
    if (read === rows) return false;
    for (const line of read) this.emit(line);
    return true;
  }

  /** Sets aside the source lines of a node from line `from` on. */
  private asideFrom(from: number, node: RootContent, reason: string): void {
    for (let no = from; no <= node.position!.end.line; no++) this.asideLine(no, reason);
  }

  /**
   * The lines of a paragraph. Outside lists each is a line as in a plain-text
   * sheet ("一、…\n二、…" without a blank line is one Markdown paragraph but
   * two items), and the first ends the lists before it. In a list item's body
   * a numbered line is an item of its own and any other line continues the item.
   */
  private textLines(lines: readonly TextLine[], inItem: boolean): void {
    lines.forEach(({ no, text }, i) => {
      const marker = matchMarker(text);
      if (inItem) this.emit(marker ? { no, text, marker } : { no, text, marker, continuation: true });
      else this.emit(i === 0 ? { no, text, marker, startsParagraph: true } : { no, text, marker });
    });
  }

  private list(node: List, depth: number): void {
    const proven = provenWeakNumbers(node);
    for (const item of node.children) this.listItem(item, depth, proven);
  }

  private listItem(item: ListItem, depth: number, proven: boolean): void {
    let body = item.children;
    const first = body[0];
    if (first?.type === "paragraph") {
      const [line, ...more] = this.paragraphLines(first);
      // A task list's box ("- [x] 发布招聘信息") is markup, as emphasis is.
      const head = line && TASK_BOX.test(line.text) ? { ...line, text: line.text.replace(TASK_BOX, "") } : line;
      if (head) this.emit({ ...this.itemText(item, head, proven), no: head.no, depth });
      this.textLines(more, true);
      body = body.slice(1);
      // (A paragraph of its own after the item's first: the body under a short title, as the tree builder decides.)
      const next = body[0];
      if (next?.type === "paragraph" && !more.length) {
        const [bodyFirst, ...bodyMore] = this.paragraphLines(next);
        if (bodyFirst && !matchMarker(bodyFirst.text)) {
          this.emit({ no: bodyFirst.no, text: bodyFirst.text, marker: null, continuation: true, bodyParagraph: true });
          this.textLines(bodyMore, true);
          body = body.slice(1);
        }
      }
    }
    this.blocks(body, depth + 1, true);
  }

  /**
   * An item's text and marker: numbering written in the text wins ("- 一、负责…"
   * is item 一); else the list's own marker as written, "1." or "-".
   */
  private itemText(item: ListItem, line: TextLine, proven: boolean): { text: string; marker: Marker | null } {
    // Emoji that dress an item ("- 📌 开播前：…") are no part of its text, as they are none of a heading's.
    const dressed = emojiDressing(line.text);
    const head = dressed > 0 ? { ...line, text: line.text.slice(dressed) } : line;
    const own = matchMarker(head.text);
    if (own && (proven || !WEAK_STYLES.has(own.style.id))) return { text: head.text, marker: own };
    const offset = item.position!.start.offset!;
    const written = LIST_MARKER.exec(this.text.slice(offset, offset + 10))?.[0] ?? "-";
    const text = `${written} ${head.text}`;
    return { text, marker: matchMarker(text) };
  }

  /** Fenced code is code. Indented code with Chinese in it is a plain-text sheet's indentation: its lines are text. */
  private code(node: Code, inItem: boolean): void {
    const start = node.position!.start;
    if (FENCE.test(this.text.slice(start.offset!, start.offset! + 3)) || !HAN.test(node.value)) return this.aside(node, "code");
    const lines = node.value.split("\n").map((raw, i) => ({ no: start.line + i, text: trimText(raw) }));
    this.textLines(lines.filter((l) => l.text), inItem);
  }

  /** A quote is a note, unless it holds duties: a heading, a list or a numbered line. */
  private holdsDuties(node: Blockquote): boolean {
    return node.children.some((child) =>
      child.type === "heading" || child.type === "list" ||
      (child.type === "paragraph" && inlineLines(child.children).some((l) => isNumbered(matchMarker(l.text)))));
  }

  // ── output ───────────────────────────────────────────────────────────────

  private emit(line: SourceLine): void {
    this.lines.push(line);
    this.seen[line.no] = 1;
  }

  /** Sets aside every non-blank source line of a node. */
  private aside(node: RootContent, reason: string): void {
    const { start, end } = node.position!;
    for (let no = start.line; no <= end.line; no++) this.asideLine(no, reason);
  }

  private asideLine(no: number, reason: string): void {
    if (this.seen[no]) return;
    this.seen[no] = 1;
    const text = trimText(this.source[no - 1] ?? "");
    if (text) this.setAside.push({ line: no, text, reason });
  }
}

/** Where a pipe table starts among a paragraph's lines (a row over a delimiter row), or -1. */
/** Whether every item of a list is one link to a web page and nothing else. */
function linksOnly(list: List): boolean {
  return list.children.every((item) => {
    const only = item.children.length === 1 ? item.children[0] : undefined;
    const link = only?.type === "paragraph" && only.children.length === 1 ? only.children[0] : undefined;
    return link?.type === "link" && /^https?:\/\//u.test(link.url);
  });
}

/** Whether every item of a list, and of the lists in its items, is one link to a heading of the page ("[研发经理](#研发经理)"). */
function anchorsOnly(list: List): boolean {
  return list.children.every((item) => {
    const [first, ...rest] = item.children;
    const link = first?.type === "paragraph" && first.children.length === 1 ? first.children[0] : undefined;
    return link?.type === "link" && link.url.startsWith("#") && rest.every((c) => c.type === "list" && anchorsOnly(c));
  });
}

function tableStart(lines: readonly TextLine[]): number {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.text.includes("|") && lines[i + 1]!.text.includes("|") && DELIMITER_ROW.test(lines[i + 1]!.text)) return i;
  }
  return -1;
}

function isNumbered(marker: Marker | null): boolean {
  return marker !== null && marker.style.kind !== "bullet" && !WEAK_STYLES.has(marker.style.id);
}

/**
 * The text of inline content, line by line: emphasis, links and images are
 * reduced to their text, HTML tags dropped, and each piece goes on the source
 * line it starts on. `<br>` starts a new line of text on the same source line.
 */
function inlineLines(nodes: readonly PhrasingContent[]): TextLine[] {
  const out: TextLine[] = [];
  let open: TextLine | null = null;
  const put = (no: number, piece: string) => {
    if (!open || open.no !== no) out.push((open = { no, text: "" }));
    open.text += piece;
  };
  const visit = (node: PhrasingContent): void => {
    switch (node.type) {
      case "text":
      case "inlineCode": {
        const { start, end } = node.position!;
        if (!node.value.includes("\n")) return put(start.line, node.value);
        // A character reference (&#10;) can add a break that the source does not have: stay within the node.
        return node.value.split("\n").forEach((piece, i) => put(Math.min(start.line + i, end.line), piece));
      }
      case "image":
      case "imageReference":
        return put(node.position!.start.line, node.alt ?? "");
      case "html":
        if (BR.test(node.value)) open = null;
        return;
      default:
        if ("children" in node) node.children.forEach(visit);
    }
  };
  nodes.forEach(visit);
  const lines: TextLine[] = [];
  for (const l of out) {
    const text = trimText(l.text.includes("[[") ? wikiLinkText(l.text) : l.text);
    if (text) lines.push({ no: l.no, text });
  }
  return lines;
}

/**
 * Text with Obsidian's and Logseq's wiki links reduced to what they show, as links are: "[[活动日历]]" → "活动日历",
 * "[[素材库|素材]]" → "素材". (Searched for with indexOf: a pattern would try every "[[" against the rest.)
 */
function wikiLinkText(text: string): string {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("[[", from); open >= 0; open = text.indexOf("[[", from)) {
    const close = text.indexOf("]]", open + 2);
    if (close < 0) break;
    const inner = text.slice(open + 2, close);
    if (!inner || inner.includes("[") || inner.includes("\n")) {
      out += text.slice(from, open + 2);
      from = open + 2;
      continue;
    }
    const bar = inner.indexOf("|");
    out += text.slice(from, open) + (bar >= 0 ? inner.slice(bar + 1) : inner);
    from = close + 2;
  }
  return out + text.slice(from);
}

/**
 * Whether a bullet list right after an ordered one, indented by two spaces or more, is meant under its last item
 * ("2. 参与组件库建设：" / "  - 新组件开发"): CommonMark wants the indent of the item's text (three columns here) and
 * reads the bullets as a list of their own, but writers and most renderers of Chinese sheets indent by two.
 */
function nestsUnder(before: RootContent | undefined, list: List): boolean {
  return before?.type === "list" && before.ordered === true && !list.ordered && list.position!.start.column >= before.position!.start.column + 2
    && list.position!.start.line <= before.position!.end.line + 2;
}

/**
 * Whether a list's items are numbered with no separator ("- 1根据…",
 * "- 2负责…"): such numbers count only when the items themselves run in
 * sequence, as in plain text.
 */
function provenWeakNumbers(node: List): boolean {
  const ordinals: number[] = [];
  for (const item of node.children) {
    const first = item.children[0];
    const line = first?.type === "paragraph" ? inlineLines(first.children)[0] : undefined;
    const marker = line ? matchMarker(line.text) : null;
    if (!marker || !WEAK_STYLES.has(marker.style.id)) return false;
    ordinals.push(marker.ordinal!);
  }
  return ordinals.length >= 2 && ordinals.every((o, i) => i === 0 || o === ordinals[i - 1]! + 1);
}
