// Runs a search over inputs and yields their outcomes in input order. This
// thread reads and prefilters every file and parses the ones that may match,
// sharing them with worker threads once enough of them have turned up for
// threads to pay (see search-pool.ts).
import { closeSync, openSync, readSync } from "node:fs";
import type { Readable } from "node:stream";
import { setImmediate } from "node:timers/promises";
import { DutiesError, fsError } from "../errors.js";
import type { FileOutcome } from "../render/search-common.js";
import { readBytes, type InputRef } from "./inputs.js";
import { mayMatch, planSearch, searchBytes, skipped, type SearchRequest } from "./search-input.js";
import { planWorkers } from "./search-pool.js";

export type InputOutcome = { ok: true; outcome: FileOutcome } | { ok: false; error: DutiesError };

/** An input's outcome, or the promise of it while a worker searches the input. */
type Placed = InputOutcome | Promise<InputOutcome>;

/** Outcomes kept before they are printed: plenty, so that this thread seldom waits for a worker's. */
const AHEAD = 256;
/** Outcomes handed on together at most: most have nothing to print, and handing each on alone takes its own turns of the event loop. */
const BATCH = 64;

/**
 * Yields the outcomes in input order, in batches: a batch goes out as soon as
 * it holds a match or an error, and before this thread waits for a worker.
 * `threads` counts this thread too: 1 searches here only, n adds n - 1
 * workers, 0 chooses.
 */
export async function* searchInputs(inputs: InputRef[], request: SearchRequest, stdin: Readable, threads: number): AsyncGenerator<InputOutcome[]> {
  const workers = planWorkers(threads, inputs, request);
  let pool = workers.now();
  try {
    const plan = await planSearch(request);
    const reader = new FileReader();
    const queue: Placed[] = [];
    const batch: InputOutcome[] = [];
    /** Moves outcomes from the front of the queue into batches; waits for a worker's only once AHEAD are queued, or with `all` (without workers, nothing takes time to wait for). */
    async function* drain(all: boolean): AsyncGenerator<InputOutcome[]> {
      while (queue.length > 0) {
        let front = queue[0]!;
        if (front instanceof Promise) {
          if (!all && queue.length < AHEAD) return;
          if (batch.length) yield batch.splice(0);
          front = await front;
        }
        queue.shift();
        batch.push(front);
        if (batch.length >= BATCH || !front.ok || front.outcome.matchedItems > 0) yield batch.splice(0);
      }
    }
    let read = 0;
    let candidates = 0;
    for (const ref of inputs) {
      // Read and prefilter here, then search here or on a worker.
      let placed: Placed;
      try {
        let bytes = ref.kind === "stdin" ? await readBytes(ref, stdin) : reader.read(ref.path);
        read++;
        if (!mayMatch(ref, bytes, plan)) placed = found(skipped(ref));
        else {
          bytes = reader.keep(bytes);
          pool ??= workers.later(++candidates, read);
          // Let the workers' replies in first, so that the pool knows who has room.
          if (pool) await setImmediate();
          placed = pool?.hasRoom() ? pool.search(ref, bytes).then(found, failed) : found(searchBytes(ref, bytes, plan));
        }
      } catch (err) {
        placed = failed(err);
      }
      queue.push(placed);
      yield* drain(!pool);
    }
    yield* drain(true);
    if (batch.length) yield batch;
  } finally {
    await pool?.close();
  }
}

const found = (outcome: FileOutcome): InputOutcome => ({ ok: true, outcome });

/** An input that could not be read, decoded or parsed; anything but a DutiesError (a bug, or an unknown --encoding, which stops the run) throws when its turn comes. */
function failed(err: unknown): Placed {
  if (err instanceof DutiesError && err.code !== "encoding") return { ok: false, error: err };
  const thrown = Promise.reject(err);
  thrown.catch(() => undefined); // awaited in its turn; this only keeps an early exit from leaving it unhandled
  return thrown;
}

/**
 * Reads files synchronously (for many small files several times faster than
 * fs/promises) into one buffer, so that the many files the prefilter rules out
 * cost no memory of their own; a file to be parsed is copied out of it.
 */
class FileReader {
  private readonly shared = Buffer.allocUnsafe(256 * 1024);

  /** A file's bytes: a view of the shared buffer until the next read (see keep), or a buffer of their own when the file is larger. Throws DutiesError when it cannot be read. */
  read(path: string): Buffer {
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch (err) {
      throw fsError(err, path);
    }
    try {
      let buffer = this.shared;
      // Read to the end, not to a size from stat: one call fewer for small files, and right for pipes too.
      for (let length = 0; ; ) {
        if (length === buffer.length) {
          const grown = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(grown, 0, 0, length);
          buffer = grown;
        }
        const n = readSync(fd, buffer, length, buffer.length - length, null);
        if (n === 0) return buffer.subarray(0, length);
        length += n;
      }
    } catch (err) {
      throw fsError(err, path);
    } finally {
      closeSync(fd);
    }
  }

  /** Bytes that outlive the next read (and that a worker is sent no more of than they hold). */
  keep(bytes: Buffer): Buffer {
    return bytes.buffer === this.shared.buffer ? Buffer.from(bytes) : bytes;
  }
}
