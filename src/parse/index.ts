// parse(): text in, Document out. A pure function: no I/O, no globals.
import { createHash } from "node:crypto";
import type { Document, Duty, Ignored, Section } from "../model/document.js";
import { SCHEMA_VERSION } from "../model/version.js";
import { buildTree, type BuiltTree } from "./build.js";
import { lexLines, splitLines, type SourceLine } from "./lines.js";
import { numberingDiagnostics } from "./numbering.js";
import { readSheetLines } from "./row-tables.js";

export interface ParseOptions {
  /** Where the text came from, for `source.path`; null for stdin or a string. */
  path?: string | null;
  /** The encoding the bytes were decoded from, for `source.encoding`. */
  encoding?: string;
  /** SHA-256 of the original bytes; computed from the text when absent. */
  sha256?: string;
}

/** Parses a duty sheet's text into a Document. */
export function parse(text: string, options: ParseOptions = {}): Document {
  const lines = lexLines(text);
  return documentFromLines(readSheetLines(lines), [], text, options, lines.length);
}

/**
 * Builds the Document from lexed lines: the plain-text lexer's, or the
 * Markdown reader's (with heading levels and list depths), plus the lines a
 * reader already set aside (a table, a code block) with their reasons.
 */
export function documentFromLines(lines: SourceLine[], setAside: Ignored[], text: string, options: ParseOptions = {}, lineCount?: number): Document {
  return documentFromTree(buildTree(lines), setAside, text, options, lineCount);
}

/** The Document of a built tree: source facts, ids and numbering diagnostics added. */
export function documentFromTree(tree: BuiltTree, setAside: Ignored[], text: string, options: ParseOptions = {}, lineCount?: number): Document {
  const ignored = setAside.length ? [...tree.ignored, ...setAside].sort((a, b) => a.line - b.line) : tree.ignored;
  const doc: Document = {
    kind: "document",
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: options.path ?? null,
      encoding: options.encoding ?? "utf-8",
      sha256: options.sha256 ?? createHash("sha256").update(text).digest("hex"),
      lines: lineCount ?? splitLines(text).length,
    },
    title: tree.title,
    titleLine: tree.titleLine,
    sections: tree.sections,
    ignored,
    diagnostics: [],
  };
  assignIds(doc);
  doc.diagnostics = numberingDiagnostics(doc);
  return doc;
}

/** Ids from positions: s1, s1.r2, s1.r2.d3.1 — the same for the same input. */
export function assignIds(doc: Document): void {
  assignSectionIds(doc.sections, 0);
}

/** Ids for sections that follow `before` others in their Document. */
export function assignSectionIds(sections: Section[], before: number): void {
  for (let si = 0; si < sections.length; si++) {
    const s = sections[si]!;
    s.id = `s${before + si + 1}`;
    for (let ri = 0; ri < s.roles.length; ri++) {
      const r = s.roles[ri]!;
      r.id = `${s.id}.r${ri + 1}`;
      dutyIds(r.duties, `${r.id}.d`);
      for (let bi = 0; bi < r.blocks.length; bi++) dutyIds(r.blocks[bi]!.items, `${r.id}.b${bi + 1}`);
    }
  }
}

function dutyIds(duties: Duty[], prefix: string): void {
  for (let i = 0; i < duties.length; i++) {
    const d = duties[i]!;
    d.id = `${prefix}.${i + 1}`;
    if (d.children.length) dutyIds(d.children, d.id);
  }
}
