// Worker threads for search, and when to start them. Parsing is what costs;
// a worker costs too (loading the parser and OpenCC, warming up its JIT: about
// as much as parsing a hundred sheets), so by default workers start only once
// the files that passed the prefilter so far promise enough more to parse,
// and only with more than two cores: on two, V8's own garbage collector and
// compiler threads already keep the second one busy, and a worker lost to one
// thread even with every sheet parsed (bench/search/RESULTS.md).
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { DutiesError } from "../errors.js";
import type { FileOutcome } from "../render/search-common.js";
import { needsMarkdown, type InputRef } from "./inputs.js";
import { needsDocumentJson, type SearchRequest } from "./search-input.js";
import type { WorkerReply, WorkerTask } from "./search-worker.js";

/** Files to parse, still to come, that make starting workers pay (measured on 2 cores: bench/search/RESULTS.md). */
const WORTH_STARTING = 300;
/** Files seen to pass the prefilter before their share of the walk is trusted. */
const SAMPLE = 30;
/** Tasks a worker holds at once: one it works on and one waiting, so that it never idles. */
const WORKER_QUEUE = 2;

export interface WorkerPlan {
  /** The pool to start before anything is read (-j n), or null. */
  now(): WorkerPool | null;
  /** The pool to start once `candidates` of the `read` inputs so far passed the prefilter, when the rest promise enough parsing; else null. */
  later(candidates: number, read: number): WorkerPool | null;
}

/** `threads` counts this thread too: 1 means no workers, n means n - 1 workers from the start, 0 chooses (see above). */
export function planWorkers(threads: number, inputs: InputRef[], request: SearchRequest): WorkerPlan {
  const cores = availableParallelism();
  const size = (threads === 0 ? (cores > 2 ? cores : 1) : threads) - 1;
  const script = new URL("./search-worker.js", import.meta.url);
  // Run from the TypeScript sources (the tests), there is no worker script to start.
  const start = size > 0 && existsSync(fileURLToPath(script)) ? () => new WorkerPool(script, size, { request, markdown: needsMarkdown(inputs, request.read), documents: needsDocumentJson(inputs) }) : null;
  return {
    now: () => (start && threads > 1 ? start() : null),
    later: (candidates, read) => (start && threads === 0 && workersPay(candidates, read, inputs.length) ? start() : null),
  };
}

/** Whether, `candidates` of the first `read` of `total` inputs having passed the prefilter, enough remain to parse for workers to pay. */
export function workersPay(candidates: number, read: number, total: number): boolean {
  return candidates >= SAMPLE && (candidates / read) * (total - read) >= WORTH_STARTING;
}

export class WorkerPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (o: FileOutcome) => void; reject: (e: Error) => void; slot: { busy: number } }>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(script: URL, size: number, workerData: unknown) {
    for (let i = 0; i < size; i++) {
      const slot = { worker: new Worker(script, { workerData }), busy: 0 };
      slot.worker.on("message", (reply: WorkerReply) => this.settle(reply));
      slot.worker.on("error", (err) => this.fail(err));
      this.workers.push(slot);
    }
  }

  /** Whether a worker has room for another task. */
  hasRoom(): boolean {
    return this.failure !== null || this.workers.some((w) => w.busy < WORKER_QUEUE);
  }

  /** Parses and searches one input on the least busy worker. */
  search(ref: InputRef, bytes: Uint8Array): Promise<FileOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    const task: WorkerTask = { id, ref, bytes };
    slot.worker.postMessage(task);
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject, slot }));
  }

  private settle(reply: WorkerReply): void {
    const waiter = this.waiting.get(reply.id)!;
    this.waiting.delete(reply.id);
    waiter.slot.busy--;
    if ("outcome" in reply) waiter.resolve(reply.outcome);
    else if (reply.error.bug) waiter.reject(new Error(reply.error.message));
    else waiter.reject(new DutiesError(reply.error.code, reply.error.message));
  }

  /** A worker that died (it could not even load) fails everything still waiting. */
  private fail(err: Error): void {
    this.failure = err;
    for (const waiter of this.waiting.values()) waiter.reject(err);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
