// Parses a long Markdown text in pieces that parse alone as they would in
// place. micromark copies its whole event list each time a list or a quote
// ends, so one parse of a sheet with thousands of lists takes quadratic time.
import type { Nodes, Root, RootContent } from "mdast";

/**
 * Characters a piece grows to before it ends at the next heading. On 1 MB of
 * the bench corpus 2,000 took the least CPU time, 32,000 about 2.5 times as
 * much, and one parse of the whole megabyte 7 times (of 5 MB, nearly 50 times).
 */
export const PIECE_SIZE = 2_000;
// Link definitions hold for the whole document: a text with any is parsed whole.
// (No "[" inside: labels hold none, and tried from each "[" of a long run of them the pattern took time with the square.)
const DEFINITION = /\[[^[\]\n]*\]:/u;
const LINE_END = /\r\n|\r|\n/gu;
const BLANK = /^[ \t]*$/u;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
// Raw HTML that blank lines do not end (CommonMark's HTML blocks 1 to 5), and what ends it.
const RAW_HTML: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/iu, /<\/(?:script|pre|style|textarea)>/iu],
  [/^<!--/u, /-->/u],
  [/^<\?/u, /\?>/u],
  [/^<![A-Za-z]/u, />/u],
  [/^<!\[CDATA\[/u, /\]\]>/u],
];

/**
 * The mdast of each piece of `text`, positions shifted to the whole text. A
 * piece ends before a heading at column 1 after a blank line, which closes
 * every list, quote and paragraph before it and reads the same whatever came
 * before (a list item would not: after indented code micromark reads "3) …"
 * as a paragraph). Only a fence or raw HTML can stay open across it: then the
 * blocks before it are done, and the next piece starts with it and runs past
 * the line that closes it (so no line is parsed more than twice).
 */
export function* parsePieces(text: string, lines: readonly string[], parse: (text: string) => Root, size = PIECE_SIZE): Generator<Root> {
  if (text.length <= size || DEFINITION.test(text)) {
    yield parse(text);
    return;
  }
  const starts = lineStarts(text, lines.length);
  let from = 0;
  let to = nextBoundary(lines, starts, 1, size);
  while (from < lines.length) {
    const root = parse(text.slice(starts[from], starts[to]));
    const last = root.children[root.children.length - 1];
    const closer = last && to < lines.length ? openUntil(last, lines, from, to) : null;
    const next = closer === null ? to : from + last!.position!.start.line - 1;
    if (closer !== null) root.children.pop();
    shift(root, from, starts[from]!);
    yield root;
    from = next;
    to = nextBoundary(lines, starts, closer === null ? from + 1 : closer + 1, closer === null ? starts[from]! + size : 0);
  }
}

/** Offsets where each line starts, and the text's length after the last. */
function lineStarts(text: string, count: number): number[] {
  const starts = [0];
  LINE_END.lastIndex = 0;
  for (let m = LINE_END.exec(text); m && starts.length < count; m = LINE_END.exec(text)) starts.push(m.index + m[0].length);
  starts.push(text.length);
  return starts;
}

/** The first heading line from `index` on, starting at `offset` or later, that can start a piece; the line count if none. */
function nextBoundary(lines: readonly string[], starts: readonly number[], index: number, offset: number): number {
  for (let i = Math.max(index, 1); i < lines.length; i++) {
    const line = lines[i]!;
    if (line[0] === "#" && starts[i]! >= offset && ATX_HEADING.test(line) && BLANK.test(lines[i - 1]!)) return i;
  }
  return lines.length;
}

/**
 * When the piece's last block is a top-level fence or raw HTML still open at
 * the piece's end (line `to`), the index of the line that closes it, or of
 * the last line if none does; else null. Lists and quotes need no check: the
 * heading ends them and anything open in them.
 */
function openUntil(last: RootContent, lines: readonly string[], from: number, to: number): number | null {
  const first = from + last.position!.start.line - 1;
  const end = from + last.position!.end.line - 1;
  if (last.type === "code") {
    const fence = FENCE.exec(lines[first]!);
    if (!fence) return null; // indented code: ended by the line at column 1
    const closing = new RegExp(`^ {0,3}${fence[1]![0] === "`" ? "`" : "~"}{${fence[1]!.length},}[ \\t]*$`, "u");
    return end > first && end < to && closing.test(lines[end]!) ? null : findLine(lines, to, closing);
  }
  if (last.type === "html") {
    const raw = RAW_HTML.find(([start]) => start.test(last.value));
    return !raw || raw[1].test(last.value.slice(2)) ? null : findLine(lines, to, raw[1]);
  }
  return null;
}

function findLine(lines: readonly string[], from: number, test: RegExp): number {
  for (let i = from; i < lines.length; i++) if (test.test(lines[i]!)) return i;
  return lines.length - 1;
}

/** Moves the positions of a piece's nodes to where the piece starts in the whole text. */
function shift(root: Root, lines: number, offset: number): void {
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { start, end } = node.position!;
    start.line += lines;
    end.line += lines;
    start.offset! += offset;
    end.offset! += offset;
    if ("children" in node) for (const child of node.children) stack.push(child);
  }
}
