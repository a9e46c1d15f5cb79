// The ids in the JSON of the later part of a split sheet (see parse-split.ts).
// A section's id is its number in the whole sheet ("s3"), and its roles' and
// duties' ids start with it ("s3.r1.d.2"), so the worker must know how many
// sections the first thread found before its own. The first thread knows once
// it has built its part, most often while the worker is already writing JSON.
import { Buffer } from "node:buffer";
import type { Section } from "../model/document.js";
import { assignSectionIds } from "../parse/index.js";
import { sectionPieces, utf8Chunks } from "../render/json.js";
import type { WorkerOrder } from "./parse-split.js";

/**
 * The UTF-8 JSON of the later part's sections (their ids assigned as if no
 * section came before), in chunks. Before each section `arrived` is asked
 * whether the first thread has said how many sections came before: until it
 * has, sections are written with the ids they have, and their section numbers
 * moved on afterwards (renumbered); from then on they are given their final
 * ids and written with them. `wait` waits for the word when every section is
 * written before it came. Null when the order is to stop instead.
 */
export async function laterSectionChunks(sections: Section[], arrived: () => WorkerOrder | undefined, wait: () => Promise<WorkerOrder>): Promise<Uint8Array[] | null> {
  let told: WorkerOrder | undefined;
  let at = 0;
  function* untilTold(): Generator<string> {
    for (; at < sections.length && (told ??= arrived()) === undefined; at++) yield* sectionPieces(sections, at, at + 1);
  }
  const early = [...utf8Chunks(untilTold())];
  told ??= await wait();
  if (!("before" in told)) return null;
  const before = told.before;
  assignSectionIds(sections.slice(at), before + at);
  return [...early.map((c) => renumbered(c, before)), ...utf8Chunks(sectionPieces(sections, at))];
}

const ID = Buffer.from('"id":"s');

/**
 * JSON bytes with the section number of every id ("s3", "s3.r1.d2") moved on
 * by `before`. `"id":"s` can only be an id: in a JSON string a quote is
 * escaped. (A chunk holds whole pieces, so no id is cut between two chunks.)
 * One pass finds the ids and their numbers, the next writes the result into
 * a buffer of the right size: a chunk holds thousands of ids, and a buffer
 * for each one's digits took longer than making the JSON.
 */
export function renumbered(json: Uint8Array, before: number): Uint8Array {
  if (before === 0) return json;
  const bytes = Buffer.from(json.buffer, json.byteOffset, json.byteLength);
  const starts: number[] = []; // where each id's number starts and ends in `bytes`, and the number it becomes
  const ends: number[] = [];
  const numbers: string[] = [];
  let length = bytes.length;
  for (let at = bytes.indexOf(ID); at >= 0; at = bytes.indexOf(ID, at)) {
    const start = at + ID.length;
    let end = start;
    let n = 0;
    while (bytes[end]! >= 0x30 && bytes[end]! <= 0x39) n = n * 10 + bytes[end++]! - 0x30;
    const moved = String(n + before);
    length += moved.length - (end - start);
    starts.push(start);
    ends.push(end);
    numbers.push(moved);
    at = end;
  }
  // A buffer of its own (not the shared pool), to be handed over.
  const out = Buffer.allocUnsafeSlow(length);
  let from = 0;
  let written = 0;
  for (let i = 0; i < ends.length; i++) {
    written += bytes.copy(out, written, from, starts[i]!);
    written += out.write(numbers[i]!, written, "latin1");
    from = ends[i]!;
  }
  bytes.copy(out, written, from);
  return out;
}
