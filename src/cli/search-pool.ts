// Where a search runs: on this thread, or, for long walks, on a pool of worker
// threads. The main thread still reads and prefilters every file (cheap) and
// sends only the files that may match to the workers, which parse and search
// them; outcomes come back in input order.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { DutiesError } from "../errors.js";
import type { FileOutcome } from "../render/search-common.js";
import { needsMarkdown, type InputRef } from "./inputs.js";
import { mayMatch, skipped, type SearchPlan, type SearchRequest } from "./search-input.js";
import { outcomeOf, readInput, searchInThread, type InputOutcome } from "./search-run.js";
import type { WorkerReply, WorkerTask } from "./search-worker.js";

/** Below this many inputs, starting workers costs more than it saves. */
const POOL_THRESHOLD = 200;
/** Inputs in flight at once: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT = 64;

/** `threads`: 0 chooses (a pool for long walks when there is more than one core), 1 means this thread, n a pool of n. */
export async function* searchInputs(inputs: InputRef[], plan: SearchPlan, request: SearchRequest, stdin: Readable, threads: number): AsyncGenerator<InputOutcome> {
  const size = threads === 0 ? (inputs.length > POOL_THRESHOLD ? availableParallelism() : 1) : threads;
  const script = new URL("./search-worker.js", import.meta.url);
  // Run from the TypeScript sources (the tests), there is no worker script to start.
  if (size <= 1 || !existsSync(fileURLToPath(script))) {
    yield* searchInThread(inputs, plan, stdin);
    return;
  }
  const pool = new WorkerPool(script, size, { request, markdown: needsMarkdown(inputs, request.read) });
  try {
    const queue: Promise<InputOutcome>[] = [];
    for (const ref of inputs) {
      const outcome = outcomeOf(async () => {
        const bytes = await readInput(ref, stdin);
        return mayMatch(ref, bytes, plan) ? pool.search(ref, bytes) : skipped(ref);
      });
      outcome.catch(() => undefined); // awaited below; this only keeps an early exit from leaving it unhandled
      queue.push(outcome);
      if (queue.length >= IN_FLIGHT) yield await queue.shift()!;
    }
    for (const outcome of queue) yield await outcome;
  } finally {
    await pool.close();
  }
}

class WorkerPool {
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
