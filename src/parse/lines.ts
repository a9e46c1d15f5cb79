// The lexer: splits text into numbered lines and reads each line's marker.
import { matchMarker, type Marker } from "./markers.js";

export interface SourceLine {
  /** 1-based line number in the input. */
  no: number;
  /** The line trimmed of white space (ASCII and ideographic). */
  text: string;
  /** The marker at the start of the line, if the catalogue knows one. */
  marker: Marker | null;
  /** White space before `text` in the line as written (UTF-16 units), so columns count it. */
  indent?: number;
  /** Markdown: the heading level (1–6) of a heading line. */
  heading?: number;
  /** Markdown: the list nesting depth of a list item (0 for a top-level list). */
  depth?: number;
  /** Markdown: the line as written (`## 銷售經理`), kept in a role's `heading`. */
  source?: string;
  /** Markdown: text that continues the list item before it (a second paragraph, a lazy line). */
  continuation?: boolean;
  /** Markdown: the first line of a paragraph outside every list: it ends the lists before it and continues no earlier line. */
  startsParagraph?: boolean;
}

/** Trims white space, the ideographic space and a stray BOM (String.prototype.trim covers all three). */
export function trimText(s: string): string {
  return s.trim();
}

/** Splits on CRLF, CR or LF. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/\r\n|\r|\n/u);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Lexes every line: its number, trimmed text and marker. */
export function lexLines(text: string): SourceLine[] {
  return splitLines(text).map((raw, i) => {
    const t = trimText(raw);
    const indent = t ? raw.length - raw.trimStart().length : 0;
    return { no: i + 1, text: t, marker: t ? matchMarker(t) : null, indent };
  });
}
