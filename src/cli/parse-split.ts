// `duties parse --format json` of a long sheet on two threads: this thread
// reads the sheet up to a part heading near its middle, a worker
// (parse-split-worker.ts) reads the rest, and the JSON is written in order:
// this thread's sections as soon as they are built, then the worker's, then
// the lines set aside and the diagnostics of both. The output is byte for byte
// the JSON of parse(); ../parse/split.ts says why the parts can be read apart.
//
// The two threads first lex their own parts and gather their facts (running
// headers, line widths, dotted heads: ../parse/facts.ts); the worker sends its
// facts here, this thread adds them up and sends the whole sheet's back, and
// both build their trees with them.
import { Buffer, isUtf8 } from "node:buffer";
import { Worker } from "node:worker_threads";
import type { Document } from "../model/document.js";
import { TreeBuilder } from "../parse/build.js";
import { mergeFacts, partialFacts, type PartialFacts, type SheetFacts } from "../parse/facts.js";
import { documentFromTree, parse, type ParseOptions } from "../parse/index.js";
import { lexLines, splitLines } from "../parse/lines.js";
import { lineNoise } from "../parse/noise.js";
import { readSheetLines } from "../parse/row-tables.js";
import { SPLIT_MIN_CHARS, splitPoint, splitPointInBytes } from "../parse/split.js";
import { validUtf8Text } from "../text/utf8.js";
import { sectionPieces } from "../render/json.js";

/** The worker's data: its part (text, or UTF-8 bytes to decode itself) and where it starts. */
export interface WorkerData {
  text?: string;
  bytes?: Uint8Array;
  firstNo: number;
}

/** What the worker sends first: the facts of its part and how many lines it has. */
export interface WorkerFacts {
  facts: PartialFacts;
  lines: number;
}

/** What the worker sends last, as UTF-8 JSON without the brackets (items joined by commas): its sections, ignored lines and diagnostics. */
export interface LaterPart {
  sections: Uint8Array[];
  ignored: Uint8Array[];
  diagnostics: Uint8Array[];
}

/** The worker's orders: its part, the whole sheet's facts, then how many sections come before its own (or to stop). */
export type WorkerOrder = { part: WorkerData } | { facts: SheetFacts } | { before: number } | { stop: true };

/**
 * Starts a worker for parseSplit()/parseSplitBytes(), before the input is even
 * read when it is known to be long, so that it is ready when its part is: a
 * worker takes tens of milliseconds to start. Terminate it if it is not used.
 */
export function startSplitWorker(): Worker {
  // Until it is given its part, it does not keep the process alive (should it never be given one).
  const worker = new Worker(new URL("./parse-split-worker.js", import.meta.url));
  worker.unref();
  // Listened for from the start: a worker that fails before anyone waits for it is remembered (see fromWorker), never an uncaught 'error' event.
  worker.on("error", (err) => ended.set(worker, err)).on("exit", (code) => ended.has(worker) || ended.set(worker, code));
  return worker;
}

/** Workers that have stopped: the error they failed with, or their exit code. */
const ended = new WeakMap<Worker, Error | number>();

export interface SplitDocument {
  /** The Document of the first part: the whole sheet's source and title, the first part's sections, ignored lines and diagnostics (and those added since, such as invalid bytes). */
  doc: Document;
  /** How many of `doc.diagnostics` are the first part's numbering diagnostics: the later part's go after them. */
  ownDiagnostics: number;
  /** The later part's JSON, to be written after the first part's. */
  later: Promise<LaterPart>;
  /** Stops the worker (when the output is abandoned). */
  cancel: () => void;
}

// Lines of the later part that this thread also reads, for the builder's look ahead at the end of its part (five lines at most, blank lines and noise aside).
const LOOK_AHEAD = 8;

/** A sheet cut at a part heading: the text before it, and what this thread and the worker need of the rest. */
interface Parts {
  /** The text before the part heading (decoded when asked, once the worker has started). */
  head: () => string;
  /** The part heading's line number. */
  no: number;
  /** The worker's part, as text or as UTF-8 bytes. */
  later: { text: string } | { bytes: Uint8Array };
  /** The later part's first lines, as many as it takes to hold `need` lines that `counts` (or all), the look-ahead of this thread. */
  ahead(counts: (line: string) => boolean, need: number): string;
  /** The later part's text after `ahead` (when this thread has to read it all). */
  after(ahead: string): string;
}

/**
 * Parses `text` on two threads when it is long enough and has a part heading
 * to split at; otherwise (or when the first part does not allow it) parses it
 * here as parse() does and returns its Document alone.
 */
export async function parseSplit(text: string, options: ParseOptions, minChars = SPLIT_MIN_CHARS, worker?: Worker): Promise<Document | SplitDocument> {
  const at = text.length >= minChars ? splitPoint(text) : null;
  if (!at) {
    void worker?.terminate();
    return parse(text, options);
  }
  return parseParts({
    head: () => text.slice(0, at.offset),
    no: at.no,
    later: { text: text.slice(at.offset) },
    ahead: (counts, need) => {
      let end = at.offset;
      for (let seen = 0; seen < need && end < text.length; ) {
        const next = nextLineStart(text, end);
        if (counts(text.slice(end, next))) seen++;
        end = next;
      }
      return text.slice(at.offset, end);
    },
    after: (ahead) => text.slice(at.offset + ahead.length),
  }, text, options, worker);
}

/**
 * parseSplit() for the bytes of a UTF-8 sheet (without its byte-order mark):
 * each thread decodes its own part. `head` is the first part's text (decoded
 * with decode(), which also says whether it is binary); null when the bytes
 * are not valid UTF-8 or have no part heading to split at, for the caller to
 * decode and parse them as usual.
 */
export async function parseSplitBytes(bytes: Uint8Array, decodeHead: (bytes: Uint8Array) => string, options: ParseOptions & { sha256: string }, minBytes = SPLIT_MIN_CHARS, worker?: Worker): Promise<Document | SplitDocument | null> {
  const at = bytes.length >= minBytes && isUtf8(bytes) ? splitPointInBytes(bytes) : null;
  // The first part holds the first 64 KB, from which decode() tells binary files.
  if (!at || at.offset < 1 << 16) return null;
  const later = bytes.subarray(at.offset);
  return parseParts({
    head: () => decodeHead(bytes.subarray(0, at.offset)),
    no: at.no,
    // A copy of its own, handed over to the worker rather than copied again.
    later: { bytes: new Uint8Array(later) },
    ahead: (counts, need) => {
      // Windows that grow fourfold: the look-ahead is short, unless the later part starts with pages of noise.
      for (let size = 1 << 14; ; size *= 4) {
        const cut = size >= later.length ? later.length : later.lastIndexOf(0x0a, size) + 1;
        const text = validUtf8Text(later.subarray(0, cut));
        if (cut === later.length || splitLines(text).filter(counts).length >= need) return text;
      }
    },
    after: (ahead) => validUtf8Text(later.subarray(Buffer.byteLength(ahead))),
  }, "", options, worker);
}

async function parseParts(parts: Parts, text: string, options: ParseOptions, started?: Worker): Promise<Document | SplitDocument> {
  const worker = started ?? startSplitWorker();
  // Whatever goes wrong here, the worker must not outlive it (it would keep the process waiting).
  try {
    const part: WorkerData = { ...parts.later, firstNo: parts.no };
    worker.ref();
    worker.postMessage({ part } satisfies WorkerOrder, "bytes" in parts.later ? [parts.later.bytes.buffer as ArrayBuffer] : []);
    return await readParts(parts, worker, text, options);
  } catch (err) {
    void worker.terminate();
    throw err;
  }
}

/** The next message of the worker; an error if it fails or stops first. */
function fromWorker<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stopped = (code: number) => reject(new Error(`the parse worker stopped (exit code ${code}) before it sent its part`));
    const end = ended.get(worker);
    if (end !== undefined) return typeof end === "number" ? stopped(end) : reject(end);
    worker.once("message", (m: T) => {
      worker.off("error", reject).off("exit", stopped);
      resolve(m);
    });
    worker.once("error", reject).once("exit", stopped);
  });
}

async function readParts(parts: Parts, worker: Worker, text: string, options: ParseOptions): Promise<Document | SplitDocument> {
  const order = (o: WorkerOrder) => worker.postMessage(o);
  const facts0 = fromWorker<WorkerFacts>(worker);
  facts0.catch(() => undefined);
  const lexed = lexLines(parts.head());
  const own = readSheetLines(lexed);
  const ownFacts = partialFacts(own);
  // The worker lexes its part meanwhile.
  const theirs = await facts0;
  // Listened for at once, so that the worker's failure is never an unhandled 'error' event;
  // handled where it is awaited, and until then a failure must not count as an unhandled rejection.
  const later = fromWorker<LaterPart>(worker);
  later.catch(() => undefined);
  const facts = mergeFacts([ownFacts, theirs.facts]);
  order({ facts });
  const lineCount = lexed.length + theirs.lines;

  const builder = new TreeBuilder(own, facts);
  const headers = new Set(facts.headers);
  const ahead = parts.ahead((line) => {
    const t = line.trim();
    return t !== "" && lineNoise(t) === null && !headers.has(t);
  }, LOOK_AHEAD);
  builder.add(readSheetLines(lexLines(ahead, parts.no)));
  if (!builder.readBefore(parts.no)) {
    // The title may still change after the part heading: read on here, and let the worker go.
    order({ stop: true });
    void worker.terminate();
    builder.add(readSheetLines(lexLines(parts.after(ahead), parts.no + splitLines(ahead).length)));
    return documentFromTree(builder.build(), [], text, options, lineCount);
  }
  const doc = documentFromTree(builder.treeBefore(parts.no), [], text, options, lineCount);
  order({ before: doc.sections.length });
  return { doc, ownDiagnostics: doc.diagnostics.length, later, cancel: () => void worker.terminate() };
}

/** Where the line after the one that starts at `start` starts (the text's length after the last line). */
function nextLineStart(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if (c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
  }
  return text.length;
}

/**
 * The compact JSON of a split Document, in pieces: the same text as
 * JSON.stringify(doc) would give for the whole Document. Strings are this
 * thread's pieces; byte arrays are the worker's, already UTF-8.
 */
export async function* splitDocumentJson(split: SplitDocument): AsyncGenerator<string | Uint8Array> {
  const { doc } = split;
  const { kind, schemaVersion, source, title, titleLine, sections } = doc;
  // The keys in the order documentFromTree writes them (a test compares the whole text with JSON.stringify).
  yield `${JSON.stringify({ kind, schemaVersion, source, title, titleLine }).slice(0, -1)},"sections":[`;
  yield* sectionPieces(sections);
  // This part's ignored lines and diagnostics are written after the worker's sections: made ready while it finishes them.
  const ignored = [...itemPieces(doc.ignored)];
  // The later part's numbering diagnostics go after the first part's, before any added since (invalid bytes).
  const own = doc.diagnostics.slice(0, split.ownDiagnostics);
  const added = doc.diagnostics.slice(split.ownDiagnostics);
  const diagnostics = [...itemPieces(own)];
  const later = await split.later;
  yield* joined(sections.length > 0, later.sections);
  yield '],"ignored":[';
  yield* ignored;
  yield* joined(doc.ignored.length > 0, later.ignored);
  yield '],"diagnostics":[';
  yield* diagnostics;
  yield* joined(own.length > 0, later.diagnostics);
  if (added.length) yield (own.length || later.diagnostics.length ? "," : "") + JSON.stringify(added).slice(1, -1);
  yield "]}";
}

/** The worker's items after `before` items (with the comma between them). */
function* joined(before: boolean, items: Uint8Array[]): Generator<string | Uint8Array> {
  if (items.length && before) yield ",";
  yield* items;
}

/** The items of a JSON array, without its brackets, in pieces of about a thousand. */
export function* itemPieces(list: readonly unknown[]): Generator<string> {
  for (let i = 0; i < list.length; i += 1000) yield (i ? "," : "") + JSON.stringify(list.slice(i, i + 1000)).slice(1, -1);
}
