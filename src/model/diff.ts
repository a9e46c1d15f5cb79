// The report of `duties diff` as zod schemas: the one source of truth for its
// types and for the JSON Schema that `duties schema --diff` prints.
import { z } from "zod";
import { CHANGE_TYPES } from "./change-types.js";

export { CHANGE_TYPES };

export const changeTypeSchema = z.enum(CHANGE_TYPES);

export const changeTargetSchema = z.enum(["role", "duty"]);

export const changeFieldSchema = z
  .enum(["name", "summary", "department", "parent"])
  .nullable()
  .describe("What changed: a role's name (renamed), summary or department (modified); a duty's parent within its role (moved)");

export const segmentSchema = z.object({
  op: z.enum(["equal", "delete", "insert"]),
  text: z.string(),
});

export const changeSideSchema = z.object({
  number: z.string().nullable().describe("A duty's numeral as written; null for a role"),
  text: z.string().describe("A duty's text; a role's heading, summary or department"),
  line: z.number().int().min(1),
  parent: z.string().nullable().describe("The text of the duty (or the title of the block) this duty is nested under"),
});

export const changeSchema = z.object({
  type: changeTypeSchema,
  target: changeTargetSchema,
  field: changeFieldSchema,
  role: z
    .object({
      old: z.string().nullable(),
      new: z.string().nullable(),
      oldLine: z.number().int().min(1).nullable(),
      newLine: z.number().int().min(1).nullable(),
    })
    .describe("The role's name and heading line in each version (null where it does not exist); for a moved duty, the role it left and the one it joined"),
  old: changeSideSchema.nullable(),
  new: changeSideSchema.nullable(),
  similarity: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe("Duties: the share of characters in common after folding; renamed roles: the share of their duties that match"),
  segments: z.array(segmentSchema).optional().describe("Character-level diff of old.text to new.text, when the text changed"),
  file: z.string().optional().describe("The file the change is in, when folders are compared"),
});

const countsByType = z.object(Object.fromEntries(CHANGE_TYPES.map((t) => [t, z.number().int().min(0)])) as Record<(typeof CHANGE_TYPES)[number], z.ZodNumber>);

export const summarySchema = z.object({
  changes: z.number().int().min(0),
  roles: countsByType.describe("Changes whose target is a role, by type"),
  duties: countsByType.describe("Changes whose target is a duty, by type"),
  compared: z.object({
    roles: z.object({ old: z.number().int().min(0), new: z.number().int().min(0) }),
    duties: z.object({ old: z.number().int().min(0), new: z.number().int().min(0) }),
    files: z.number().int().min(0).optional(),
  }),
});

export const diffReportSchema = z.object({
  changes: z.array(changeSchema),
  summary: summarySchema,
});

export type { ChangeType } from "./change-types.js";
export type ChangeTarget = z.infer<typeof changeTargetSchema>;
export type ChangeField = z.infer<typeof changeFieldSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type ChangeSide = z.infer<typeof changeSideSchema>;
export type Change = z.infer<typeof changeSchema>;
export type DiffSummary = z.infer<typeof summarySchema>;
export type DiffReport = z.infer<typeof diffReportSchema>;

/** The JSON Schema of the diff report, generated from the zod schemas. */
export function diffJsonSchema(): unknown {
  return z.toJSONSchema(diffReportSchema, { target: "draft-2020-12" });
}
