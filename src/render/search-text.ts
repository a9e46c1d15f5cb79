// Search results for a terminal: grouped under each file, then under each
// place (section › role › parent item), one duty per line with its line and
// marker as written, the matches highlighted.
import { Chalk } from "chalk";
import type { SearchLine } from "../query/search-context.js";
import type { ItemRef } from "../query/search-items.js";
import { highlight, type SearchPrinter } from "./search-common.js";

export function textPrinter(options: { color: boolean; context: boolean }): SearchPrinter {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  let first = true;
  const label = (l: SearchLine) => (l.field === "duty" ? l.duty!.marker ?? "·" : l.field === "name" ? "[role]" : "[summary]");
  return {
    file(outcome) {
      if (!outcome.groups.length) return "";
      const out = [(first ? "" : "\n") + c.bold.magenta(outcome.display)];
      first = false;
      let place = "";
      outcome.groups.forEach((group, g) => {
        if (options.context && g > 0) out.push(c.dim("--"));
        for (const l of group) {
          const here = placeOf(l);
          if (here !== place || (options.context && l === group[0])) out.push(c.cyan(here));
          place = here;
          const sep = l.kind === "match" ? ":" : "-";
          const text = l.kind === "match" ? highlight(l.text, l.submatches, (s) => c.bold.red(s)) : c.dim(l.text);
          out.push(`  ${c.green(String(l.line))}${sep} ${c.yellow(label(l))} ${text}`);
        }
      });
      return out.join("\n") + "\n";
    },
    end: () => "",
  };
}

/** Section › department › role › block › parent items, as a reader finds the duty in the sheet. */
function placeOf(l: SearchLine): string {
  return [l.section.title, l.role.department, l.role.name || "(untitled role)", l.block?.title, ...l.parents.map(short)].filter(Boolean).join(" › ");
}

function short(d: ItemRef): string {
  const chars = [...`${d.marker ?? ""}${d.text}`];
  return chars.length > 20 ? chars.slice(0, 20).join("") + "…" : chars.join("");
}
