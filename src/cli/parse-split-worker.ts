// The worker of parse-split.ts: lexes the later part of a sheet (from its part
// heading on) and sends its facts, builds its tree with the whole sheet's
// facts, and sends back its sections as UTF-8 JSON with its ignored lines and
// numbering diagnostics.
import { Buffer } from "node:buffer";
import { parentPort } from "node:worker_threads";
import { TreeBuilder } from "../parse/build.js";
import { partialFacts } from "../parse/facts.js";
import { assignSectionIds } from "../parse/index.js";
import { lexLines } from "../parse/lines.js";
import { numberingDiagnostics } from "../parse/numbering.js";
import { validUtf8Text } from "../text/utf8.js";
import { sectionPieces, utf8Chunks } from "../render/json.js";
import { itemPieces, type LaterPart, type WorkerFacts, type WorkerOrder } from "./parse-split.js";

const main = parentPort!;
const orders: WorkerOrder[] = [];
let waiting: ((o: WorkerOrder) => void) | null = null;
main.on("message", (o: WorkerOrder) => {
  if (waiting) {
    const w = waiting;
    waiting = null;
    w(o);
  } else orders.push(o);
});
const next = () => (orders.length ? Promise.resolve(orders.shift()!) : new Promise<WorkerOrder>((resolve) => (waiting = resolve)));

const ID = Buffer.from('"id":"s');

/**
 * JSON bytes with the section number of every id ("s3", "s3.r1.d2") moved on
 * by `before`. `"id":"s` can only be an id: in a JSON string a quote is
 * escaped. (A chunk holds whole pieces, so no id is cut between two chunks.)
 */
function renumbered(json: Uint8Array, before: number): Uint8Array {
  if (before === 0) return json;
  const bytes = Buffer.from(json.buffer, json.byteOffset, json.byteLength);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (let at = bytes.indexOf(ID); at >= 0; at = bytes.indexOf(ID, at)) {
    let end = at + ID.length;
    let n = 0;
    while (bytes[end]! >= 0x30 && bytes[end]! <= 0x39) n = n * 10 + bytes[end++]! - 0x30;
    parts.push(bytes.subarray(from, at + ID.length), Buffer.from(String(n + before)));
    from = at = end;
  }
  parts.push(bytes.subarray(from));
  const out = Buffer.concat(parts);
  // A buffer of its own, to be handed over (Buffer.concat may use the shared pool for small results).
  return out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? out : new Uint8Array(out);
}

await run();
main.close();

async function run(): Promise<void> {
  // Started before its part is known (see startSplitWorker): the part comes first, or an order to stop.
  const given = await next();
  if (!("part" in given)) return;
  const { text, bytes, firstNo } = given.part;
  // (The bytes are valid UTF-8: the first thread checked them all.)
  const lines = lexLines(text ?? validUtf8Text(bytes!), firstNo);
  const mine: WorkerFacts = { facts: partialFacts(lines), lines: lines.length };
  main.postMessage(mine);

  const first = await next();
  if (!("facts" in first)) return;
  const tree = new TreeBuilder(lines, first.facts, true).build();
  // All of the JSON is made while the first thread finishes its part. Its ids need to know how many
  // sections come before these, which the first thread knows only at its end: they are written as
  // if none did, and their section numbers moved on when it says (renumbered, below).
  assignSectionIds(tree.sections, 0);
  // Encoded here, so that the first thread only writes bytes (handed over, not copied).
  const encoded = (pieces: Iterable<string>) => [...utf8Chunks(pieces)];
  const sections = encoded(sectionPieces(tree.sections));
  const ignored = encoded(itemPieces(tree.ignored));
  const diagnostics = encoded(itemPieces(numberingDiagnostics(tree)));
  const second = await next();
  if (!("before" in second)) return;
  const part: LaterPart = { sections: sections.map((c) => renumbered(c, second.before)), ignored, diagnostics };
  main.postMessage(part, [...part.sections, ...part.ignored, ...part.diagnostics].map((c) => c.buffer as ArrayBuffer));
}
