// `duties parse --format json` of a long sheet on two threads: this thread
// reads the sheet up to a part heading near its middle, a worker
// (parse-split-worker.ts) reads the rest, and the JSON is written in order:
// this thread's sections as soon as they are built, then the worker's, then
// the lines set aside and the diagnostics of both. The output is byte for byte
// the JSON of parse(); ../parse/split.ts says why the parts can be read apart.
import { Worker } from "node:worker_threads";
import type { Diagnostic, Document, Ignored } from "../model/document.js";
import { TreeBuilder, type SheetFacts } from "../parse/build.js";
import { documentFromTree, type ParseOptions } from "../parse/index.js";
import { lexLines } from "../parse/lines.js";
import { SPLIT_MIN_CHARS, splitPoint } from "../parse/split.js";
import { sectionPieces } from "../render/json.js";

/** What the worker sends back: its sections as UTF-8 JSON (comma-separated), and its part's ignored lines and diagnostics. */
export interface LaterPart {
  json: Uint8Array[];
  ignored: Ignored[];
  diagnostics: Diagnostic[];
}

/** The worker's orders: the whole sheet's facts, then how many sections come before its own (or to stop). */
export type WorkerOrder = { facts: SheetFacts } | { before: number } | { stop: true };

export interface SplitDocument {
  /** The Document with the sections of the first part; its `ignored` and `diagnostics` are completed when `later` settles. */
  doc: Document;
  /** The later part's sections as JSON, to be written after the first part's. */
  later: Promise<Uint8Array[]>;
  /** Stops the worker (when the output is abandoned). */
  cancel: () => void;
}

/**
 * Parses `text` on two threads when it is long enough and has a part heading
 * to split at; otherwise (or when the first part does not allow it) parses it
 * here as parse() does and returns its Document alone.
 */
export function parseSplit(text: string, options: ParseOptions, minChars = SPLIT_MIN_CHARS): Document | SplitDocument {
  const at = text.length >= minChars ? splitPoint(text) : null;
  const lines = lexLines(text);
  if (!at) return documentFromTree(new TreeBuilder(lines).build(), [], text, options, lines.length);
  const worker = new Worker(new URL("./parse-split-worker.js", import.meta.url), {
    workerData: { text: text.slice(at.offset), firstNo: at.no },
  });
  const builder = new TreeBuilder(lines);
  const order = (o: WorkerOrder) => worker.postMessage(o);
  order({ facts: builder.facts });
  if (!builder.readBefore(at.no)) {
    order({ stop: true });
    void worker.terminate();
    return documentFromTree(builder.build(), [], text, options, lines.length);
  }
  const doc = documentFromTree(builder.treeBefore(at.no), [], text, options, lines.length);
  order({ before: doc.sections.length });
  const ownDiagnostics = doc.diagnostics.length;
  const later = new Promise<Uint8Array[]>((resolve, reject) => {
    worker.once("message", (part: LaterPart) => {
      // Pushed one by one: spreading hundreds of thousands of values into one call overflows the stack.
      for (const i of part.ignored) doc.ignored.push(i);
      // The worker's diagnostics go after this part's, before any added since (invalid bytes).
      const added = doc.diagnostics.splice(ownDiagnostics);
      for (const d of part.diagnostics) doc.diagnostics.push(d);
      for (const d of added) doc.diagnostics.push(d);
      resolve(part.json);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the parse worker stopped (exit code ${code}) before it sent its part`)));
  });
  // Handled where it is awaited; until then a failed worker must not count as an unhandled rejection.
  later.catch(() => undefined);
  return { doc, later, cancel: () => void worker.terminate() };
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
  const later = await split.later;
  if (later.length && sections.length) yield ",";
  yield* later;
  yield `],"ignored":${JSON.stringify(doc.ignored)},"diagnostics":${JSON.stringify(doc.diagnostics)}}`;
}
