// Where a search runs: on this thread, or, for long walks, on this thread and
// a pool of worker threads. This thread reads and prefilters every file (that
// is cheap) and shares the parsing of the files that may match with the
// workers; outcomes come back in input order.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
import { setImmediate } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { DutiesError } from "../errors.js";
import type { FileOutcome } from "../render/search-common.js";
import { needsMarkdown, type InputRef } from "./inputs.js";
import { mayMatch, planSearch, searchBytes, skipped, type SearchRequest } from "./search-input.js";
import { outcomeOf, readInput, searchInThread, type InputOutcome } from "./search-run.js";
import type { WorkerReply, WorkerTask } from "./search-worker.js";

/** Below this many inputs, starting workers costs more than it saves. */
const POOL_THRESHOLD = 200;
/** Outcomes kept before they are printed: plenty, so that this thread seldom waits for a worker's. */
const AHEAD = 256;
/** Tasks a worker holds at once: one it works on and one waiting, so that it never idles. */
const WORKER_QUEUE = 2;

/**
 * `threads` counts this thread too: 1 searches here only, n adds n - 1
 * workers, 0 chooses (all cores for walks of more than 200 files).
 */
export async function* searchInputs(inputs: InputRef[], request: SearchRequest, stdin: Readable, threads: number): AsyncGenerator<InputOutcome> {
  const size = threads === 0 ? (inputs.length > POOL_THRESHOLD ? availableParallelism() : 1) : threads;
  const script = new URL("./search-worker.js", import.meta.url);
  // Run from the TypeScript sources (the tests), there is no worker script to start.
  if (size <= 1 || !existsSync(fileURLToPath(script))) {
    yield* searchInThread(inputs, await planSearch(request), stdin);
    return;
  }
  // Workers start first, so that they load while this thread plans the search too.
  const pool = new WorkerPool(script, size - 1, { request, markdown: needsMarkdown(inputs, request.read) });
  try {
    const plan = await planSearch(request);
    /** Reads and prefilters an input here, then searches it here or hands it to a worker (whose outcome comes later). */
    const place = async (ref: InputRef): Promise<{ outcome: Promise<InputOutcome> }> => {
      const outcome = (run: () => Promise<FileOutcome>) => ({ outcome: outcomeOf(run) });
      let bytes: Buffer;
      try {
        bytes = await readInput(ref, stdin);
      } catch (err) {
        return outcome(() => Promise.reject(err));
      }
      if (!mayMatch(ref, bytes, plan)) return outcome(async () => skipped(ref));
      // Let the workers' replies in first, so that the pool knows who has room.
      await setImmediate();
      return pool.hasRoom() ? outcome(() => pool.search(ref, bytes)) : outcome(async () => searchBytes(ref, bytes, plan));
    };
    const queue: Promise<InputOutcome>[] = [];
    for (const ref of inputs) {
      const { outcome } = await place(ref);
      outcome.catch(() => undefined); // awaited below; this only keeps an early exit from leaving it unhandled
      queue.push(outcome);
      if (queue.length >= AHEAD) yield await queue.shift()!;
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
