// Flat records, one per duty, for JSON Lines and CSV: the tree unrolled into
// rows that jq, DuckDB and spreadsheets can filter without walking children.
import type { BlockType, Document, Duty } from "../model/document.js";

export interface DutyRecord {
  /** The sheet the duty comes from: `source.path` of the Document (null for stdin). */
  file: string | null;
  section: string | null;
  department: string | null;
  /** The role's name (the position without 崗位職責). */
  role: string;
  /** Null for the role's duties; the block type for an item of 任职要求, 权限, 工作关系 … */
  block: BlockType | null;
  /** The numbers from the top-level duty down to this one, as written (null for an unnumbered one). */
  path: (string | null)[];
  number: string | null;
  ordinal: number | null;
  marker: string | null;
  /** 1 for a top-level duty, 2 for its children … */
  depth: number;
  text: string;
  line: number;
  /** The duty's id in the Document, to join a record back to the tree. */
  id: string;
}

/** The column order of the records, for CSV headers. */
export const RECORD_FIELDS: readonly (keyof DutyRecord)[] = [
  "file", "section", "department", "role", "block", "path", "number", "ordinal", "marker", "depth", "text", "line", "id",
];

/** Every duty of a Document as a flat record, in document order (parents before children). */
export function toRecords(doc: Document): DutyRecord[] {
  const records: DutyRecord[] = [];
  for (const section of doc.sections) {
    for (const role of section.roles) {
      const visit = (duties: Duty[], block: BlockType | null, parents: (string | null)[]) => {
        for (const duty of duties) {
          const path = [...parents, duty.number];
          // Every field written out: spreading a shared base object here is 30 times slower in V8.
          records.push({
            file: doc.source.path, section: section.title, department: role.department, role: role.name, block, path,
            number: duty.number, ordinal: duty.ordinal, marker: duty.marker, depth: path.length, text: duty.text, line: duty.line, id: duty.id,
          });
          visit(duty.children, block, path);
        }
      };
      visit(role.duties, null, []);
      for (const b of role.blocks) visit(b.items, b.type, []);
    }
  }
  return records;
}

/** JSON Lines: one record per line. */
export function renderJsonLines(records: readonly DutyRecord[]): string {
  return records.map((r) => JSON.stringify(r) + "\n").join("");
}
