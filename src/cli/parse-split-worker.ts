// The worker of parse-split.ts: lexes the later part of a sheet (from its part
// heading on) and sends its facts, builds its tree with the whole sheet's
// facts, and sends back its sections as UTF-8 JSON with its ignored lines and
// numbering diagnostics.
import { parentPort, receiveMessageOnPort } from "node:worker_threads";
import { TreeBuilder } from "../parse/build.js";
import { partialFacts } from "../parse/facts.js";
import { assignSectionIds } from "../parse/index.js";
import { lexLines } from "../parse/lines.js";
import { numberingDiagnostics } from "../parse/numbering.js";
import { readSheetLines } from "../parse/row-tables.js";
import { validUtf8Text } from "../text/utf8.js";
import { utf8Chunks } from "../render/json.js";
import { itemPieces, type LaterPart, type WorkerFacts, type WorkerOrder } from "./parse-split.js";
import { laterSectionChunks } from "./parse-split-ids.js";

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
/** The next order if one has come, without waiting: read between two pieces of work that runs without a break. */
const arrived = (): WorkerOrder | undefined => orders.shift() ?? (receiveMessageOnPort(main)?.message as WorkerOrder | undefined);

await run();
main.close();

async function run(): Promise<void> {
  // Started before its part is known (see startSplitWorker): the part comes first, or an order to stop.
  const given = await next();
  if (!("part" in given)) return;
  const { text, bytes, firstNo } = given.part;
  // (The bytes are valid UTF-8: the first thread checked them all.)
  const lexed = lexLines(text ?? validUtf8Text(bytes!), firstNo);
  const lines = readSheetLines(lexed);
  const mine: WorkerFacts = { facts: partialFacts(lines), lines: lexed.length };
  main.postMessage(mine);

  const first = await next();
  if (!("facts" in first)) return;
  const tree = new TreeBuilder(lines, first.facts, true).build();
  // All of the JSON is made while the first thread finishes its part (see laterSectionChunks).
  assignSectionIds(tree.sections, 0);
  // Encoded here, so that the first thread only writes bytes (handed over, not copied).
  const encoded = (pieces: Iterable<string>) => [...utf8Chunks(pieces)];
  // Ignored lines and diagnostics hold no ids: written first, to give the first thread time.
  const ignored = encoded(itemPieces(tree.ignored));
  const diagnostics = encoded(itemPieces(numberingDiagnostics(tree)));
  const sections = await laterSectionChunks(tree.sections, arrived, next);
  if (!sections) return;
  const part: LaterPart = { sections, ignored, diagnostics };
  main.postMessage(part, [...part.sections, ...part.ignored, ...part.diagnostics].map((c) => c.buffer as ArrayBuffer));
}
