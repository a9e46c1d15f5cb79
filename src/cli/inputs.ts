// Inputs: paths, folders, globs and `-` expanded to files, read as bytes,
// decoded and parsed. Unreadable inputs are reported and the rest go on.
import { createHash } from "node:crypto";
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Readable } from "node:stream";
import { DutiesError, fsError } from "../errors.js";
import { documentSchema, type Document } from "../model/document.js";
import { parse } from "../parse/index.js";
import { decode, DecodeError } from "../text/decode.js";

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
}

export interface LoadedDocument {
  ref: InputRef;
  doc: Document;
  /** The decoded text (null for a Document read back from JSON). */
  text: string | null;
  bytes: Buffer;
}

/** Decodes and parses one input; a `.json` input is read back as a Document. */
export async function loadDocument(ref: InputRef, stdin: Readable, options: ReadOptions = {}): Promise<LoadedDocument> {
  const bytes = await readBytes(ref, stdin);
  const path = ref.kind === "file" ? ref.path : null;
  if (path && extname(path).toLowerCase() === ".json") return { ref, doc: readDocumentJson(bytes, ref.display), text: null, bytes };
  return { ref, ...decodeAndParse(bytes, path, ref.display, options), bytes };
}

/** Bytes → Document: decoding, binary check, Markdown or plain text, replaced-byte diagnostics. */
export function decodeAndParse(bytes: Uint8Array, path: string | null, display: string, options: ReadOptions = {}): { doc: Document; text: string } {
  let decoded;
  try {
    decoded = decode(bytes, { encoding: options.encoding });
  } catch (err) {
    if (err instanceof DecodeError) throw new DutiesError("encoding", `--encoding: ${err.message}`);
    throw err;
  }
  if (decoded.binary) throw new DutiesError("binary", `${display}: binary file, not a text document (use --encoding to force one)`);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const markdown = options.from === "markdown" || (options.from !== "text" && !!path && /\.(md|markdown)$/iu.test(path));
  const doc = markdown ? parseMarkdownSync(decoded.text, path, decoded.encoding, sha256) : parse(decoded.text, { path, encoding: decoded.encoding, sha256 });
  for (const at of decoded.replaced) {
    doc.diagnostics.push({
      rule: "D012/invalid-bytes", severity: "warning",
      message: `Bytes that are not valid ${decoded.encoding} were replaced with U+FFFD`,
      line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1,
    });
  }
  return { doc, text: decoded.text };
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

/** A Document printed by `duties parse`, read back and checked against the schema. */
export function readDocumentJson(bytes: Uint8Array, display: string): Document {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch (err) {
    throw new DutiesError("input", `${display}: not valid JSON: ${(err as Error).message}`);
  }
  const result = documentSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DutiesError("input", `${display}: not a duties Document: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  }
  return result.data;
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
      yield { ok: true, loaded: await loadDocument(ref, stdin, options) };
    } catch (err) {
      if (err instanceof DutiesError) {
        if (err.code === "encoding") throw err; // the same for every input: stop at once
        yield { ok: false, error: err, ref };
      } else throw err;
    }
  }
}
