// A Document flattened for diffing: its roles in order, each with its duties
// (nested ones and the items of its blocks included) in one list.
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

export class DutyEntry {
  /** The duty it is paired with in the other version, once duties are aligned. */
  counterpart: DutyEntry | null = null;
  /** How alike the pair's keys are: 1 when equal. */
  similarity = 0;
  #key: string | null = null;

  constructor(
    readonly duty: Duty,
    readonly role: RoleEntry,
    /** Position in the role's flat list (pre-order: duties, then each block's items). */
    readonly position: number,
    /** The duty this one is nested under, or null at the top of the role or of a block. */
    readonly parent: DutyEntry | null,
    /** The block (type and folded title) this item belongs to; null for a duty. */
    readonly block: string | null,
    /** The parent duty's text or the block's title, for display. */
    readonly parentText: string | null,
    private readonly keys: Keys,
  ) {}

  /** The matching key, folded when first asked for: most duties pair by their text as written and never need one. */
  get key(): string {
    return (this.#key ??= this.keys.key(this.duty.text));
  }

  set key(key: string) {
    this.#key = key;
  }
}

export function roleEntries(doc: Document, keys: Keys): RoleEntry[] {
  keys.prepare(roleTexts(doc));
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
        const d = new DutyEntry(duty, entry, entry.duties.length, parent, block, parentText, keys);
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

/** The texts of a Document's sections, roles and blocks, which always get a key. */
function roleTexts(doc: Document): string[] {
  const out: string[] = [];
  for (const section of doc.sections) {
    if (section.title) out.push(section.title);
    for (const role of section.roles) {
      out.push(role.name, role.heading);
      for (const b of role.blocks) out.push(b.title); // (not push(...titles): 200,000 blocks overflowed the stack)
    }
  }
  return out;
}
