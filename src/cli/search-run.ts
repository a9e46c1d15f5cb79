// Searches inputs on this thread and yields each one's outcome in input
// order. Files are read synchronously: for many small files that is several
// times faster than fs/promises, and nothing else waits on this thread.
import { readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { DutiesError, fsError } from "../errors.js";
import type { FileOutcome } from "../render/search-common.js";
import { readBytes, type InputRef } from "./inputs.js";
import { mayMatch, searchBytes, skipped, type SearchPlan } from "./search-input.js";

export type InputOutcome = { ok: true; outcome: FileOutcome } | { ok: false; error: DutiesError };

export async function* searchInThread(inputs: InputRef[], plan: SearchPlan, stdin: Readable): AsyncGenerator<InputOutcome> {
  for (const ref of inputs) {
    yield await outcomeOf(async () => {
      const bytes = await readInput(ref, stdin);
      return mayMatch(ref, bytes, plan) ? searchBytes(ref, bytes, plan) : skipped(ref);
    });
  }
}

/** An input's bytes; throws DutiesError when it cannot be read. */
export async function readInput(ref: InputRef, stdin: Readable): Promise<Buffer> {
  if (ref.kind === "stdin") return readBytes(ref, stdin);
  try {
    return readFileSync(ref.path);
  } catch (err) {
    throw fsError(err, ref.path);
  }
}

/** Runs one input's search and turns a DutiesError into an outcome; an unknown --encoding stops the run. */
export async function outcomeOf(run: () => Promise<FileOutcome>): Promise<InputOutcome> {
  try {
    return { ok: true, outcome: await run() };
  } catch (err) {
    if (err instanceof DutiesError && err.code !== "encoding") return { ok: false, error: err };
    throw err;
  }
}
