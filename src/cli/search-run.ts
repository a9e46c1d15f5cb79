// Runs a search over inputs and yields each one's outcome in input order. This
// thread reads and prefilters every file and parses the ones that may match,
// sharing them with worker threads once enough of them have turned up for
// threads to pay (see search-pool.ts).
import { readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { setImmediate } from "node:timers/promises";
import { DutiesError, fsError } from "../errors.js";
import type { FileOutcome } from "../render/search-common.js";
import { readBytes, type InputRef } from "./inputs.js";
import { mayMatch, planSearch, searchBytes, skipped, type SearchRequest } from "./search-input.js";
import { planWorkers } from "./search-pool.js";

export type InputOutcome = { ok: true; outcome: FileOutcome } | { ok: false; error: DutiesError };

/** Outcomes kept before they are printed: plenty, so that this thread seldom waits for a worker's. */
const AHEAD = 256;

/** `threads` counts this thread too: 1 searches here only, n adds n - 1 workers, 0 chooses. */
export async function* searchInputs(inputs: InputRef[], request: SearchRequest, stdin: Readable, threads: number): AsyncGenerator<InputOutcome> {
  const workers = planWorkers(threads, inputs, request);
  let pool = workers.now();
  try {
    const plan = await planSearch(request);
    let read = 0;
    let candidates = 0;
    /** Reads and prefilters an input here, then searches it here or hands it to a worker (whose outcome comes later). */
    const place = async (ref: InputRef): Promise<{ outcome: Promise<InputOutcome> }> => {
      const outcome = (run: () => Promise<FileOutcome>) => ({ outcome: outcomeOf(run) });
      let bytes: Buffer;
      try {
        bytes = await readInput(ref, stdin);
      } catch (err) {
        return outcome(() => Promise.reject(err));
      }
      read++;
      if (!mayMatch(ref, bytes, plan)) return outcome(async () => skipped(ref));
      pool ??= workers.later(++candidates, read);
      if (pool) {
        // Let the workers' replies in first, so that the pool knows who has room.
        await setImmediate();
        if (pool.hasRoom()) return outcome(() => pool!.search(ref, bytes));
      }
      return outcome(async () => searchBytes(ref, bytes, plan));
    };
    const queue: Promise<InputOutcome>[] = [];
    for (const ref of inputs) {
      const { outcome } = await place(ref);
      outcome.catch(() => undefined); // awaited below; this only keeps an early exit from leaving it unhandled
      queue.push(outcome);
      if (queue.length >= AHEAD || !pool) yield await queue.shift()!;
    }
    for (const outcome of queue) yield await outcome;
  } finally {
    await pool?.close();
  }
}

/** An input's bytes; throws DutiesError when it cannot be read. Files are read synchronously: for many small files that is several times faster than fs/promises. */
async function readInput(ref: InputRef, stdin: Readable): Promise<Buffer> {
  if (ref.kind === "stdin") return readBytes(ref, stdin);
  try {
    return readFileSync(ref.path);
  } catch (err) {
    throw fsError(err, ref.path);
  }
}

/** Runs one input's search and turns a DutiesError into an outcome; an unknown --encoding stops the run. */
async function outcomeOf(run: () => Promise<FileOutcome>): Promise<InputOutcome> {
  try {
    return { ok: true, outcome: await run() };
  } catch (err) {
    if (err instanceof DutiesError && err.code !== "encoding") return { ok: false, error: err };
    throw err;
  }
}
