// Search results for pipes and scripts, one line each: `path:line:role:number:text`
// for a match (context lines use - for :, and -- separates groups of context),
// `path:count` with -c, and `path` with -l.
import { Chalk } from "chalk";
import type { SearchLine } from "../query/search-context.js";
import { highlight, type FileOutcome, type SearchPrinter } from "./search-common.js";

export interface LinesOptions {
  color: boolean;
  /** Whether context was asked for (then -- separates groups). */
  context: boolean;
}

export function linesPrinter(options: LinesOptions): SearchPrinter {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  let first = true;
  const line = (path: string, l: SearchLine) => {
    const sep = l.kind === "match" ? ":" : "-";
    const text = l.kind === "match" ? highlight(l.text, l.submatches, (s) => c.bold.red(s)) : l.text;
    return [c.magenta(path), c.green(String(l.line)), l.role.name, l.duty?.number ?? "", text].join(sep);
  };
  return {
    file(outcome) {
      let out = "";
      for (const group of outcome.groups) {
        if (options.context && !first) out += "--\n";
        first = false;
        for (const l of group) out += line(outcome.display, l) + "\n";
      }
      return out;
    },
    end: () => "",
  };
}

/** -c: how many items matched in each input that has any. */
export function countPrinter(): SearchPrinter {
  return {
    file: (o) => (o.matchedItems ? `${o.display}:${o.matchedItems}\n` : ""),
    end: () => "",
  };
}

/** -l: the inputs that have a match. */
export function filesPrinter(): SearchPrinter {
  return {
    file: (o) => (o.matchedItems ? `${o.display}\n` : ""),
    end: () => "",
  };
}
