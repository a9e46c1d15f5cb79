// Inputs: paths, folders, globs and `-` expanded to files, read as bytes,
// decoded and parsed. Unreadable inputs are reported and the rest go on.
import { createHash } from "node:crypto";
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Readable } from "node:stream";
import { DutiesError, fsError } from "../errors.js";
import type { Document } from "../model/document.js";
import { parse } from "../parse/index.js";
import { decode, DecodeError, type Decoded } from "../text/decode.js";
import { utf8Text } from "../text/utf8.js";
import { SPLIT_MIN_CHARS } from "../parse/split.js";
import type { Worker } from "node:worker_threads";
import type { SplitDocument } from "./parse-split.js";

export const TEXT_EXTENSIONS = [".txt", ".md", ".markdown", ".text"];
const SKIP_DIRS = new Set(["node_modules", ".git", ".hg", ".svn"]);

export type InputRef = { kind: "stdin"; display: string } | { kind: "file"; path: string; display: string };

export interface ExpandResult {
  inputs: InputRef[];
  errors: DutiesError[];
}

/** Expands the command line's paths: `-` is stdin, folders are walked, globs are matched. */
export async function expandInputs(specs: string[], extensions: string[] = TEXT_EXTENSIONS): Promise<ExpandResult> {
  const inputs: InputRef[] = [];
  const errors: DutiesError[] = [];
  for (const spec of specs) {
    if (spec === "-") {
      inputs.push({ kind: "stdin", display: "<stdin>" });
      continue;
    }
    let info;
    try {
      info = await stat(spec);
    } catch (err) {
      if (/[*?[{]/u.test(spec)) {
        const matched = await expandGlob(spec);
        if (matched.length === 0) errors.push(new DutiesError("not-found", `${spec}: no file matches this pattern`));
        for (const path of matched) inputs.push({ kind: "file", path, display: path });
        continue;
      }
      errors.push(fsError(err, spec));
      continue;
    }
    if (info.isDirectory()) await walk(spec, extensions, inputs, errors);
    else inputs.push({ kind: "file", path: spec, display: spec });
  }
  return { inputs, errors };
}

async function expandGlob(pattern: string): Promise<string[]> {
  const { glob } = await import("tinyglobby");
  return (await glob(pattern, { onlyFiles: true, dot: false })).sort();
}

async function walk(dir: string, extensions: string[], inputs: InputRef[], errors: DutiesError[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(fsError(err, dir));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) await walk(path, extensions, inputs, errors);
    } else if (e.isFile() && extensions.includes(extname(e.name).toLowerCase())) {
      inputs.push({ kind: "file", path, display: path });
    }
  }
}

/** Reads all of a stream (stdin) as bytes. */
export async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export async function readBytes(ref: InputRef, stdin: Readable): Promise<Buffer> {
  if (ref.kind === "stdin") return readStream(stdin);
  try {
    return await readFile(ref.path);
  } catch (err) {
    throw fsError(err, ref.path);
  }
}

export interface ReadOptions {
  encoding?: string;
  /** "markdown" forces Markdown input; "text" forces plain text; else by extension. */
  from?: "auto" | "text" | "markdown";
  /** A long plain-text sheet may be parsed on two threads, its Document then completed by `LoadedDocument.split` (for JSON output only). */
  split?: boolean;
}

export interface LoadedDocument {
  ref: InputRef;
  doc: Document;
  /** The decoded text (null for a Document read back from JSON). */
  text: string | null;
  bytes: Buffer;
  /** When read on two threads (ReadOptions.split): the rest of the Document, to be written with splitDocumentJson. */
  split?: SplitDocument;
}

/** Whether an input is Documents printed by `duties parse`: a `.json` or `.jsonl` file, or JSON on stdin. */
export function isDocumentJson(ref: InputRef, bytes?: Uint8Array): boolean {
  if (ref.kind === "file") return /\.jsonl?$/iu.test(ref.path);
  if (!bytes) return false;
  // `{` (one Document or JSON Lines) or `[{` (an array of them); a sheet never starts so.
  const head = Buffer.from(bytes.subarray(0, 64)).toString("latin1").trimStart();
  return head.startsWith("{") || /^\[\s*\{/u.test(head);
}

/**
 * Decodes and parses one input. Documents printed by `duties parse` (a `.json`
 * or `.jsonl` file, or JSON piped in) are read back instead: one input may
 * then hold several Documents.
 */
export async function loadDocuments(ref: InputRef, stdin: Readable, options: ReadOptions = {}): Promise<LoadedDocument[]> {
  // A long sheet may be read on two threads: its worker starts now, so as to be ready when the bytes are.
  const worker = options.split && ref.kind === "file" && ((await stat(ref.path).catch(() => null))?.size ?? 0) >= SPLIT_MIN_CHARS
    ? (await import("./parse-split.js")).startSplitWorker()
    : undefined;
  try {
    return await loadDocumentsWith(ref, stdin, options, worker);
  } catch (err) {
    void worker?.terminate();
    throw err;
  }
}

async function loadDocumentsWith(ref: InputRef, stdin: Readable, options: ReadOptions, worker: Worker | undefined): Promise<LoadedDocument[]> {
  const bytes = await readBytes(ref, stdin);
  if (isDocumentJson(ref, bytes)) {
    await prepareDocumentJson();
    void worker?.terminate();
    return readDocumentsJson(bytes, ref.display).map((doc) => ({ ref, doc, text: null, bytes }));
  }
  const path = ref.kind === "file" ? ref.path : null;
  const parsed = options.split ? await decodeAndParseLong(bytes, path, ref.display, options, worker) : decodeAndParse(bytes, path, ref.display, options);
  return [{ ref, ...parsed, bytes }];
}

/** Bytes → Document: decoding, binary check, Markdown or plain text, replaced-byte diagnostics. */
export function decodeAndParse(bytes: Uint8Array, path: string | null, display: string, options: ReadOptions = {}): { doc: Document; text: string } {
  const decoded = decodeText(bytes, display, options.encoding);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const doc = isMarkdown(path, options) ? parseMarkdownSync(decoded.text, path, decoded.encoding, sha256) : parse(decoded.text, { path, encoding: decoded.encoding, sha256 });
  addReplaced(doc, decoded);
  return { doc, text: decoded.text };
}

/**
 * decodeAndParse() for one Document printed as compact JSON (ReadOptions.split):
 * a long plain-text sheet is read on two threads (./parse-split.ts), and each
 * decodes its own part when it is UTF-8. The Document is then completed by
 * `split`, and the text returned is the first part's.
 */
async function decodeAndParseLong(bytes: Uint8Array, path: string | null, display: string, options: ReadOptions, worker?: Worker): Promise<{ doc: Document; text: string; split?: SplitDocument }> {
  // (A text has no more characters than bytes: below the threshold in bytes, it is read as usual.)
  if (isMarkdown(path, options) || bytes.length < SPLIT_MIN_CHARS) {
    void worker?.terminate();
    return decodeAndParse(bytes, path, display, options);
  }
  const { parseSplit, parseSplitBytes } = await import("./parse-split.js");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (options.encoding === undefined) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    let head = "";
    const parsed = await parseSplitBytes(bytes.subarray(bom), (part) => (head = decodeText(part, display).text), { path, encoding: "utf-8", sha256 }, SPLIT_MIN_CHARS, worker);
    if (parsed) return "later" in parsed ? { doc: parsed.doc, text: head, split: parsed } : { doc: parsed, text: head };
  }
  const decoded = decodeText(bytes, display, options.encoding);
  const parsed = await parseSplit(decoded.text, { path, encoding: decoded.encoding, sha256 }, SPLIT_MIN_CHARS, worker);
  const split = "later" in parsed ? parsed : undefined;
  const doc = split ? split.doc : (parsed as Document);
  addReplaced(doc, decoded);
  return split ? { doc, text: decoded.text, split } : { doc, text: decoded.text };
}

function isMarkdown(path: string | null, options: ReadOptions): boolean {
  return options.from === "markdown" || (options.from !== "text" && !!path && /\.(md|markdown)$/iu.test(path));
}

/** Bytes the decoder replaced with U+FFFD, as diagnostics (after the numbering ones). */
function addReplaced(doc: Document, decoded: Decoded): void {
  for (const at of decoded.replaced) {
    doc.diagnostics.push({
      rule: "D012/invalid-bytes", severity: "warning",
      message: `Bytes that are not valid ${decoded.encoding} were replaced with U+FFFD`,
      line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1,
    });
  }
}

/** Decodes an input, or says in one line why it cannot: an unknown --encoding, or a binary file. */
function decodeText(bytes: Uint8Array, display: string, encoding?: string): Decoded {
  let decoded;
  try {
    decoded = decode(bytes, { encoding });
  } catch (err) {
    if (err instanceof DecodeError) throw new DutiesError("encoding", `--encoding: ${err.message}`);
    throw err;
  }
  if (decoded.binary) throw new DutiesError("binary", `${display}: binary file, not a text document (use --encoding to force one)`);
  return decoded;
}

let markdownModule: typeof import("../parse/markdown.js") | null = null;

/** Loads the Markdown parser (remark) only when a Markdown input is read. */
export async function prepareMarkdown(): Promise<void> {
  markdownModule ??= await import("../parse/markdown.js");
}

function parseMarkdownSync(text: string, path: string | null, encoding: string, sha256: string): Document {
  if (!markdownModule) throw new DutiesError("internal", "the Markdown parser was not loaded");
  return markdownModule.parseMarkdown(text, { path, encoding, sha256 });
}

/** Whether any input will need the Markdown parser. */
export function needsMarkdown(inputs: InputRef[], options: ReadOptions): boolean {
  if (options.from === "markdown") return true;
  if (options.from === "text") return false;
  return inputs.some((r) => r.kind === "file" && /\.(md|markdown)$/iu.test(r.path));
}

let documentSchema: typeof import("../model/document.js").documentSchema | null = null;

/** Loads the zod schema (zod itself) only when a Document is read back from JSON. */
export async function prepareDocumentJson(): Promise<void> {
  documentSchema ??= (await import("../model/document.js")).documentSchema;
}

/**
 * Documents printed by `duties parse`, read back and checked against the
 * schema: one Document, an array of them (`--format json` with several
 * files) or one per line (`--format jsonl`).
 */
export function readDocumentsJson(bytes: Uint8Array, display: string): Document[] {
  if (!documentSchema) throw new DutiesError("internal", "the Document schema was not loaded");
  const text = utf8Text(bytes).replace(/^\ufeff/u, "");
  let values: unknown[];
  try {
    const trimmed = text.trim();
    if (trimmed.startsWith("[")) values = JSON.parse(trimmed) as unknown[];
    // (No line end in the first run of white space: with one, a brace and a long run of line ends took time with the square.)
    else if (/\}[^\S\n]*\n\s*\{/u.test(trimmed)) values = trimmed.split(/\r?\n/u).filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
    else values = [JSON.parse(trimmed) as unknown];
  } catch (err) {
    throw new DutiesError("input", `${display}: not valid JSON: ${(err as Error).message}`);
  }
  return values.map((value, i) => {
    const result = documentSchema!.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const where = values.length > 1 ? `document ${i + 1}: ` : "";
    throw new DutiesError("input", `${display}: ${where}not a duties Document: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  });
}

/** One Document read back from JSON (for commands that compare or search one at a time). */
export function readDocumentJson(bytes: Uint8Array, display: string): Document {
  const docs = readDocumentsJson(bytes, display);
  if (docs.length !== 1) throw new DutiesError("input", `${display}: holds ${docs.length} Documents; give one`);
  return docs[0]!;
}

export type LoadResult = { ok: true; loaded: LoadedDocument } | { ok: false; error: DutiesError; ref: InputRef | null };

/**
 * Expands and loads every input in order. Unreadable inputs come back as
 * errors so that a command can report them and go on with the rest.
 */
export async function* loadInputs(specs: string[], stdin: Readable, options: ReadOptions & { extensions?: string[] } = {}): AsyncGenerator<LoadResult> {
  const { inputs, errors } = await expandInputs(specs, options.extensions);
  for (const error of errors) yield { ok: false, error, ref: null };
  if (needsMarkdown(inputs, options)) await prepareMarkdown();
  for (const ref of inputs) {
    try {
      for (const loaded of await loadDocuments(ref, stdin, options)) yield { ok: true, loaded };
    } catch (err) {
      if (err instanceof DutiesError) {
        if (err.code === "encoding") throw err; // the same for every input: stop at once
        yield { ok: false, error: err, ref };
      } else throw err;
    }
  }
}
