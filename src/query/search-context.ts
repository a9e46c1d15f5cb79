// Context for search results: the neighbouring duties of each matched duty in
// its role's list (document order, nested duties included), as -A/-B/-C ask.
import type { Document } from "../model/document.js";
import type { SearchMatch } from "./search.js";
import { hitOf, searchItems, type ItemRef, type SearchHit } from "./search-items.js";

export interface SearchContext extends SearchHit {
  kind: "context";
}

export type SearchLine = SearchMatch | SearchContext;

/** What identifies an item within a Document: its field and its duty's (or role's) id. */
const keyOf = (field: string, duty: ItemRef | null, role: { id: string }) => `${field} ${duty?.id ?? role.id}`;

/**
 * The matches with up to `before` and `after` neighbours each, in groups of
 * items that follow one another in one list (a printer separates groups with
 * `--`). Neighbours come from the matched duty's own list only: its role's
 * duties, or its block's items; names and summaries have none.
 */
export function addContext(doc: Document, matches: SearchMatch[], { before = 0, after = 0 }: { before?: number; after?: number }): SearchLine[][] {
  const byKey = new Map(matches.map((m) => [keyOf(m.field, m.duty, m.role), m]));
  const items = [...searchItems(doc, { in: "all" })];
  const kept = new Map<number, SearchLine>();
  items.forEach((item, i) => {
    const match = byKey.get(keyOf(item.field, item.duty, item.place.role));
    if (!match) return;
    kept.set(i, match);
    if (item.list === null) return;
    for (let j = Math.max(0, i - before); j <= i + after && j < items.length; j++) {
      if (items[j]!.list === item.list && !kept.has(j)) kept.set(j, { kind: "context", ...hitOf(items[j]!) });
    }
  });
  const groups: SearchLine[][] = [];
  let previous = -2;
  for (const i of [...kept.keys()].sort((a, b) => a - b)) {
    const line = kept.get(i)!;
    const joined = i === previous + 1 && items[i]!.list !== null && items[i]!.list === items[previous]!.list;
    if (joined) groups[groups.length - 1]!.push(line);
    else groups.push([line]);
    previous = i;
  }
  return groups;
}
