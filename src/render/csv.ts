// Duty records as RFC 4180 CSV for spreadsheets: CRLF line ends, quoting,
// a UTF-8 BOM (so that Excel reads Chinese text as UTF-8) and formula-safe cells.
import { stringify } from "csv-stringify/sync";
import { RECORD_FIELDS, type DutyRecord } from "./records.js";

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default true). */
  bom?: boolean;
  /** Write the header row (default true; off for the rows that follow a first chunk). */
  header?: boolean;
  /**
   * Prefix `'` to a cell that starts with = + - @, a tab, a carriage return or
   * the full-width ＝ ＋ － ＠, so that a spreadsheet shows it as text instead
   * of running it as a formula (OWASP's advice on CSV injection). Default true.
   */
  formulaEscape?: boolean;
}

/** The separator between the numbers of a record's path in a CSV cell ("一/3/1"). */
export const PATH_SEPARATOR = "/";

export function renderCsv(records: readonly DutyRecord[], options: CsvOptions = {}): string {
  return stringify(records.map(toRow), {
    header: options.header ?? true,
    columns: [...RECORD_FIELDS],
    bom: options.bom ?? true,
    record_delimiter: "\r\n",
    // csv-stringify knows the OWASP list, the full-width forms included, and leaves real numbers alone.
    escape_formulas: options.formulaEscape ?? true,
  });
}

/** A record's cells in column order, its path joined into one; numbers stay numbers. */
function toRow(record: DutyRecord): (string | number | null)[] {
  return RECORD_FIELDS.map((field) => (field === "path" ? record.path.map((n) => n ?? "").join(PATH_SEPARATOR) : record[field]));
}
