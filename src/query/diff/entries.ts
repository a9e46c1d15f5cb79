// A Document flattened for diffing: its roles in order, each with its duties
// (nested ones and the items of its blocks included) in one list with keys.
import type { Document, Duty, Role } from "../../model/document.js";
import type { Keys } from "./keys.js";

export interface RoleEntry {
  role: Role;
  /** Position among all the document's roles. */
  index: number;
  nameKey: string;
  headingKey: string;
  sectionKey: string;
  duties: DutyEntry[];
  /** The role it is paired with in the other version, once roles are paired. */
  counterpart: RoleEntry | null;
}

export interface DutyEntry {
  duty: Duty;
  key: string;
  role: RoleEntry;
  /** Position in the role's flat list (pre-order: duties, then each block's items). */
  position: number;
  /** The duty this one is nested under, or null at the top of the role or of a block. */
  parent: DutyEntry | null;
  /** The block (type and folded title) this item belongs to; null for a duty. */
  block: string | null;
  /** The parent duty's text or the block's title, for display. */
  parentText: string | null;
  /** The duty it is paired with in the other version, once duties are aligned. */
  counterpart: DutyEntry | null;
  /** How alike the pair's keys are: 1 when equal. */
  similarity: number;
}

export function roleEntries(doc: Document, keys: Keys): RoleEntry[] {
  keys.prepare(texts(doc));
  const entries: RoleEntry[] = [];
  for (const section of doc.sections) {
    const sectionKey = keys.key(section.title ?? "");
    for (const role of section.roles) {
      const entry: RoleEntry = {
        role,
        index: entries.length,
        nameKey: keys.key(role.name),
        headingKey: keys.key(role.heading),
        sectionKey,
        duties: [],
        counterpart: null,
      };
      const add = (duty: Duty, parent: DutyEntry | null, block: string | null, parentText: string | null) => {
        const d: DutyEntry = { duty, key: keys.key(duty.text), role: entry, position: entry.duties.length, parent, block, parentText, counterpart: null, similarity: 0 };
        entry.duties.push(d);
        for (const child of duty.children) add(child, d, block, duty.text);
      };
      for (const duty of role.duties) add(duty, null, null, null);
      for (const b of role.blocks) {
        const block = `${b.type}:${keys.key(b.title)}`;
        for (const item of b.items) add(item, null, block, b.title);
      }
      entries.push(entry);
    }
  }
  return entries;
}

/** Every text of a Document that gets a key (an array: a generator is slower here, before the JIT warms up). */
function texts(doc: Document): string[] {
  const out: string[] = [];
  const duties = (list: Duty[]) => {
    for (const d of list) {
      out.push(d.text);
      duties(d.children);
    }
  };
  for (const section of doc.sections) {
    if (section.title) out.push(section.title);
    for (const role of section.roles) {
      out.push(role.name, role.heading);
      duties(role.duties);
      for (const b of role.blocks) {
        out.push(b.title);
        duties(b.items);
      }
    }
  }
  return out;
}
