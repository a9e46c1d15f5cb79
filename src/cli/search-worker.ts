// A search worker: plans the search it is given once, then decodes, parses
// and searches each input the main thread sends (already read and prefiltered).
import { parentPort, workerData } from "node:worker_threads";
import { DutiesError } from "../errors.js";
import type { FileOutcome } from "../render/search-common.js";
import type { InputRef } from "./inputs.js";
import { prepareDocumentJson, prepareMarkdown } from "./inputs.js";
import { planSearch, searchBytes, type SearchRequest } from "./search-input.js";

export interface WorkerTask {
  id: number;
  ref: InputRef;
  bytes: Uint8Array;
}

export type WorkerReply = { id: number; outcome: FileOutcome } | { id: number; error: { code: DutiesError["code"]; message: string; bug: boolean } };

const { request, markdown, documents } = workerData as { request: SearchRequest; markdown: boolean; documents: boolean };
const plan = await planSearch(request);
if (markdown) await prepareMarkdown();
if (documents) await prepareDocumentJson();

parentPort!.on("message", ({ id, ref, bytes }: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id, outcome: searchBytes(ref, bytes, plan) };
  } catch (err) {
    const bug = !(err instanceof DutiesError);
    reply = { id, error: { code: bug ? "internal" : err.code, message: (err as Error)?.message ?? String(err), bug } };
  }
  parentPort!.postMessage(reply);
});
