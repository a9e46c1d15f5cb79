// The items a search looks at, in document order: role names, summaries,
// duties (nested ones included) and job-description block items, each with
// the place it holds (section › role › parent items), within the scope asked.
import type { BlockType, Document, Duty } from "../model/document.js";
import { DutiesError } from "../errors.js";
import { foldText, type FoldOptions } from "../text/fold.js";
import { escapeRegExp } from "./search-pattern.js";

export type SearchField = "duty" | "name" | "summary";

/** A duty, in short. */
export interface ItemRef {
  id: string;
  number: string | null;
  marker: string | null;
  text: string;
  line: number;
}

/** An item and where it sits; what search results and their context lines have in common. */
export interface SearchHit {
  /** What was searched: a duty's text, a role's name or a role's summary. */
  field: SearchField;
  section: { id: string; title: string | null };
  role: { id: string; name: string; department: string | null; line: number };
  /** The job-description block holding the duty (searched with `in: "all"`), else null. */
  block: { type: BlockType; title: string } | null;
  /** The items above a nested duty, outermost first. */
  parents: ItemRef[];
  /** The duty; null for a role's name or summary. */
  duty: ItemRef | null;
  /** The text searched, as written. */
  text: string;
  /** The line where that text starts. */
  line: number;
}

export interface SearchScope {
  /** Which texts: duties (the default), role names and summaries, or all of these and block items. */
  in?: "duties" | "roles" | "all";
  /** Only roles whose name matches this glob (* ? […]), folded like the pattern. */
  role?: string;
  /** Only sections whose title matches this glob. */
  section?: string;
}

/** An item to search: its text, and what makes its SearchHit (built only for the items shown). */
export interface SearchItem {
  field: SearchField;
  text: string;
  line: number;
  duty: ItemRef | null;
  place: Place;
  /** The list the duty belongs to (its role's duties, or a block's items), for context; null for names and summaries. */
  list: string | null;
}

/** Where an item sits; shared by the items of one role or one parent. */
export type Place = Pick<SearchHit, "section" | "role" | "block" | "parents">;

export function hitOf(item: SearchItem): SearchHit {
  return { field: item.field, ...item.place, duty: item.duty, text: item.text, line: item.line };
}

/** Yields the items within `scope`; globs are folded with `folding` (and case-insensitive when `caseless`). */
export function* searchItems(doc: Document, scope: SearchScope, folding: { folding: FoldOptions; caseless: boolean } = { folding: {}, caseless: false }): Generator<SearchItem> {
  const where = scope.in ?? "duties";
  const roleOk = scope.role === undefined ? null : globTest(scope.role, folding);
  const sectionOk = scope.section === undefined ? null : globTest(scope.section, folding);
  for (const s of doc.sections) {
    if (sectionOk && !sectionOk(s.title ?? "")) continue;
    const section = { id: s.id, title: s.title };
    for (const r of s.roles) {
      if (roleOk && !roleOk(r.name)) continue;
      const place: Place = { section, role: { id: r.id, name: r.name, department: r.department, line: r.line }, block: null, parents: [] };
      if (where !== "duties") {
        yield { field: "name", text: r.name, line: r.line, duty: null, place, list: null };
        if (r.summary !== null) yield { field: "summary", text: r.summary, line: r.summaryLine ?? r.line, duty: null, place, list: null };
      }
      if (where !== "roles") yield* duties(r.duties, place, r.id);
      if (where === "all") {
        for (const [i, b] of r.blocks.entries()) yield* duties(b.items, { ...place, block: { type: b.type, title: b.title } }, `${r.id}.b${i + 1}`);
      }
    }
  }
}

function* duties(list: Duty[], place: Place, key: string): Generator<SearchItem> {
  for (const d of list) {
    const duty: ItemRef = { id: d.id, number: d.number, marker: d.marker, text: d.text, line: d.line };
    yield { field: "duty", text: d.text, line: d.line, duty, place, list: key };
    if (d.children.length) yield* duties(d.children, { ...place, parents: [...place.parents, duty] }, key);
  }
}

/** Folds text with `folding`, or leaves it alone when folding is off. */
export function folder(folding: FoldOptions): (s: string) => string {
  return folding.script || folding.width ? (s) => foldText(s, folding) : (s) => s;
}

/** A glob (* any run, ? one character, […] a class) as a test of a whole name; literals are folded like the name. */
function globTest(glob: string, { folding, caseless }: { folding: FoldOptions; caseless: boolean }): (name: string) => boolean {
  const foldAll = folder(folding);
  let source = "";
  let run = "";
  const flush = () => {
    source += escapeRegExp(foldAll(run));
    run = "";
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    const close = c === "[" ? glob.indexOf("]", i + 2) : -1;
    if (c !== "*" && c !== "?" && close < 0) {
      run += c;
      continue;
    }
    flush();
    if (c === "*") source += ".*";
    else if (c === "?") source += ".";
    else {
      const body = foldAll(glob.slice(i + 1, close)).replace(/\\/gu, "\\\\");
      source += body.startsWith("!") ? `[^${body.slice(1)}]` : `[${body}]`;
      i = close;
    }
  }
  flush();
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${source})$`, caseless ? "iu" : "u");
  } catch (err) {
    throw new DutiesError("usage", `invalid glob ${glob}: ${(err as Error).message.replace(/^.*: /u, "")}`);
  }
  return (name) => regex.test(foldAll(name));
}
