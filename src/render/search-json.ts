// Search results as JSON Lines, as ripgrep's --json prints them: for each input
// with a match, a `begin`, its `match` (and `context`) messages and an `end`;
// then one `summary`. Offsets are UTF-16 code units into `data.text`.
import type { SearchLine } from "../query/search-context.js";
import type { FileOutcome, SearchPrinter, SearchTotals } from "./search-common.js";

const message = (type: string, data: unknown) => JSON.stringify({ type, data }) + "\n";

function lineData(path: string, l: SearchLine): Record<string, unknown> {
  return {
    path,
    line: l.line,
    field: l.field,
    section: l.section,
    role: { id: l.role.id, name: l.role.name },
    duty: l.duty && { id: l.duty.id, number: l.duty.number, text: l.duty.text },
    text: l.text,
    ...(l.kind === "match" ? { submatches: l.submatches } : {}),
  };
}

export function jsonPrinter(): SearchPrinter {
  return {
    file(outcome: FileOutcome) {
      if (!outcome.matchedItems) return "";
      let out = message("begin", { path: outcome.display });
      for (const group of outcome.groups) for (const l of group) out += message(l.kind, lineData(outcome.display, l));
      return out + message("end", { path: outcome.display, stats: { matchedItems: outcome.matchedItems, matches: outcome.matches } });
    },
    end(totals: SearchTotals) {
      const { elapsedMs, ...stats } = totals;
      return message("summary", { elapsed: { ms: Math.round(elapsedMs * 1000) / 1000, human: `${(elapsedMs / 1000).toFixed(6)}s` }, stats });
    },
  };
}
