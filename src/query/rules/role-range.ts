// Where a role's heading is: the diagnostics about a whole role point at it.
import type { Role } from "../../model/document.js";

export function headingRange(role: Role): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: role.line, column: 1, endLine: role.line, endColumn: 1 + Math.max(role.heading.length, 1) };
}

/** How a message names a role: its name, or its heading when it has none. */
export function roleLabel(role: Role): string {
  return role.name || role.heading || "(untitled role)";
}
