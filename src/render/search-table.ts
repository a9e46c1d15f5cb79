// Search results as a cli-table3 summary: one row per role with a match, its
// matching items and matches, and a total.
import Table from "cli-table3";
import type { SearchPrinter } from "./search-common.js";

export function tablePrinter(options: { color: boolean }): SearchPrinter {
  const table = new Table({
    head: ["File", "Section", "Role", "Items", "Matches"],
    style: { head: options.color ? ["cyan"] : [], border: options.color ? ["grey"] : [] },
  });
  return {
    file(outcome) {
      const rows = new Map<string, (string | number)[]>();
      for (const group of outcome.groups) {
        for (const l of group) {
          if (l.kind !== "match") continue;
          const row = rows.get(l.role.id) ?? [outcome.display, l.section.title ?? "", l.role.name, 0, 0];
          row[3] = (row[3] as number) + 1;
          row[4] = (row[4] as number) + l.submatches.length;
          rows.set(l.role.id, row);
        }
      }
      for (const row of rows.values()) table.push(row); // (not push(...rows): 200,000 roles overflowed the stack)
      return "";
    },
    end(totals) {
      table.push([{ colSpan: 3, content: `${totals.searchesWithMatch} of ${totals.searches} files` }, totals.matchedItems, totals.matches]);
      return table.toString() + "\n";
    },
  };
}
