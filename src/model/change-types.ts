// The kinds of change `duties diff` reports, apart from the zod schemas so that
// the CLI can list them (in --fail-on) without loading zod at every start.
export const CHANGE_TYPES = ["added", "removed", "modified", "moved", "renamed", "reordered"] as const;

export type ChangeType = (typeof CHANGE_TYPES)[number];
