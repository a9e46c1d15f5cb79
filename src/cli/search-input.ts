// One input through search: rule it out by its bytes when the prefilter can,
// else decode, parse and search it. The same steps run on the main thread and
// in workers, from a request that can cross a thread boundary.
import type { Document } from "../model/document.js";
import { addContext } from "../query/search-context.js";
import { compileMatcher, prepareSearch, search, type Matcher, type MatcherOptions, type SearchOptions } from "../query/search.js";
import type { FileOutcome } from "../render/search-common.js";
import { decodeAndParse, isDocumentJson, needsMarkdown, readDocumentJson, type InputRef, type ReadOptions } from "./inputs.js";

/** Everything a search needs, as plain data. */
export interface SearchRequest {
  patterns: string[];
  matcher: MatcherOptions;
  scope: SearchOptions;
  context: { before: number; after: number };
  read: ReadOptions;
}

export interface SearchPlan extends SearchRequest {
  compiled: Matcher;
}

/** Loads the folding tables (only when folding) and compiles the patterns. */
export async function planSearch(request: SearchRequest): Promise<SearchPlan> {
  if (request.matcher.fold !== false) await prepareSearch();
  return { ...request, compiled: compileMatcher(request.patterns, request.matcher) };
}

/** Whether any input may be Documents printed by `duties parse`, so that the Document schema (zod) must be loaded. */
export function needsDocumentJson(inputs: InputRef[]): boolean {
  return inputs.some((ref) => ref.kind === "stdin" || isDocumentJson(ref));
}

/** False when the prefilter rules the input out by its bytes: it cannot match, so it need not be parsed. */
export function mayMatch(ref: InputRef, bytes: Uint8Array, plan: SearchPlan): boolean {
  const prefilter = plan.compiled.prefilter;
  return !prefilter || !readsAsPlainText(ref, bytes, plan.read) || prefilter.bytes(bytes, plan.read.encoding);
}

/** The outcome of an input the prefilter ruled out. */
export function skipped(ref: InputRef): FileOutcome {
  return { display: ref.display, groups: [], matchedItems: 0, matches: 0, skipped: true };
}

/** Decodes, parses and searches one input's bytes; throws DutiesError when they cannot be decoded or parsed. */
export function searchBytes(ref: InputRef, bytes: Uint8Array, plan: SearchPlan): FileOutcome {
  const doc = parseInput(ref, bytes, plan.read);
  const matches = search(doc, plan.compiled, plan.scope);
  const { before, after } = plan.context;
  const groups = before || after ? addContext(doc, matches, plan.context) : matches.map((m) => [m]);
  return { display: ref.display, groups, matchedItems: matches.length, matches: matches.reduce((n, m) => n + m.submatches.length, 0), skipped: false };
}

function parseInput(ref: InputRef, bytes: Uint8Array, read: ReadOptions): Document {
  if (isDocumentJson(ref, bytes)) return readDocumentJson(bytes, ref.display);
  return decodeAndParse(bytes, ref.kind === "file" ? ref.path : null, ref.display, read).doc;
}

/**
 * Whether the text of items stands in the bytes as it is, broken only by line
 * ends, so that the byte prefilter holds: not in Markdown (emphasis marks,
 * escapes and entities come between the characters), and not in a Document
 * read back from JSON.
 */
function readsAsPlainText(ref: InputRef, bytes: Uint8Array, read: ReadOptions): boolean {
  return !isDocumentJson(ref, bytes) && !needsMarkdown([ref], read);
}
