// What every search printer shares: a file's outcome, the run's totals and the
// printer interface (ripgrep's split: the searcher finds, a printer formats).
import type { SearchLine } from "../query/search-context.js";

/** One input's result: its lines in groups of neighbours (see addContext). */
export interface FileOutcome {
  /** The path as the user named it (or "<stdin>"). */
  display: string;
  groups: SearchLine[][];
  /** How many items matched, and how many matches they hold. */
  matchedItems: number;
  matches: number;
  /** Ruled out by the prefilter without being parsed. */
  skipped: boolean;
}

export interface SearchTotals {
  searches: number;
  searchesWithMatch: number;
  skippedByPrefilter: number;
  matchedItems: number;
  matches: number;
  elapsedMs: number;
}

export interface SearchPrinter {
  /** The text for one input (often empty when it has no match). */
  file(outcome: FileOutcome): string;
  /** The text after the last input. */
  end(totals: SearchTotals): string;
}

/** `text` with each submatch passed through `mark` (a colour, a bracket). */
export function highlight(text: string, submatches: { start: number; end: number }[], mark: (s: string) => string): string {
  let out = "";
  let at = 0;
  for (const s of submatches) {
    out += text.slice(at, s.start) + mark(text.slice(s.start, s.end));
    at = s.end;
  }
  return out + text.slice(at);
}
