// The worker of parse-split.ts: reads the later part of a sheet, from its part
// heading on, with the whole sheet's facts, and sends back its sections as
// UTF-8 JSON with its ignored lines and numbering diagnostics.
import { parentPort, workerData } from "node:worker_threads";
import { TreeBuilder } from "../parse/build.js";
import { assignSectionIds } from "../parse/index.js";
import { lexLines } from "../parse/lines.js";
import { numberingDiagnostics } from "../parse/numbering.js";
import { sectionPieces } from "../render/json.js";
import type { LaterPart, WorkerOrder } from "./parse-split.js";

const port = parentPort!;
const { text, firstNo } = workerData as { text: string; firstNo: number };
const orders: WorkerOrder[] = [];
let waiting: ((o: WorkerOrder) => void) | null = null;
port.on("message", (o: WorkerOrder) => {
  if (waiting) {
    const w = waiting;
    waiting = null;
    w(o);
  } else orders.push(o);
});
const next = () => (orders.length ? Promise.resolve(orders.shift()!) : new Promise<WorkerOrder>((resolve) => (waiting = resolve)));

// Lexing needs no facts: it runs while the first thread lexes the whole sheet.
const lines = lexLines(text, firstNo);
const first = await next();
if ("facts" in first) {
  const tree = new TreeBuilder(lines, first.facts, true).build();
  const second = await next();
  if ("before" in second) {
    assignSectionIds(tree.sections, second.before);
    const diagnostics = numberingDiagnostics(tree);
    // Encoded here, in chunks of about a megabyte, so that the first thread only writes bytes.
    const encoder = new TextEncoder();
    const json: Uint8Array[] = [];
    let chunk = "";
    for (const piece of sectionPieces(tree.sections)) {
      chunk += piece;
      if (chunk.length >= 1 << 20) {
        json.push(encoder.encode(chunk));
        chunk = "";
      }
    }
    if (chunk) json.push(encoder.encode(chunk));
    const part: LaterPart = { json, ignored: tree.ignored, diagnostics };
    port.postMessage(part, json.map((c) => c.buffer as ArrayBuffer));
  }
}
port.close();
