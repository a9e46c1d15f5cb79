// The Document tree as zod schemas: the one source of truth for the types, for
// reading a Document back (export of .json input) and for `duties schema`.
import { z } from "zod";
import { SCHEMA_VERSION } from "./version.js";

export { SCHEMA_VERSION };

export const severitySchema = z.enum(["error", "warning", "info"]);

export const diagnosticSchema = z.object({
  rule: z.string().describe("Rule id and name, e.g. D001/numbering-gap"),
  severity: severitySchema,
  message: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1).optional(),
  endColumn: z.number().int().min(1).optional(),
});

export interface Duty {
  kind: "duty";
  id: string;
  number: string | null;
  ordinal: number | null;
  style: string | null;
  marker: string | null;
  text: string;
  line: number;
  endLine: number;
  column: number;
  children: Duty[];
}

export const dutySchema: z.ZodType<Duty> = z.lazy(() =>
  z.object({
    kind: z.literal("duty"),
    id: z.string(),
    number: z.string().nullable().describe("The numeral as written, without brackets or separator"),
    ordinal: z.number().int().nullable().describe("The numeral's value"),
    style: z.string().nullable().describe("The marker style id from the catalogue"),
    marker: z.string().nullable().describe("The marker as written"),
    text: z.string(),
    line: z.number().int().min(1),
    endLine: z.number().int().min(1),
    column: z.number().int().min(1).describe("1-based column of the marker (of the text, for an unnumbered paragraph)"),
    children: z.array(dutySchema),
  }),
);

export const blockTypeSchema = z.enum(["requirements", "authority", "relations", "other"]);

export const blockSchema = z.object({
  kind: z.literal("block"),
  type: blockTypeSchema,
  title: z.string(),
  line: z.number().int().min(1),
  items: z.array(dutySchema),
});

export const fieldSchema = z.object({
  label: z.string(),
  value: z.string(),
  line: z.number().int().min(1),
  endLine: z.number().int().min(1).optional().describe("The value's last line, when it wraps onto the lines after the label's"),
});

export const roleSchema = z.object({
  kind: z.literal("role"),
  id: z.string(),
  name: z.string(),
  heading: z.string(),
  department: z.string().nullable(),
  line: z.number().int().min(1),
  summary: z.string().nullable(),
  summaryLine: z.number().int().min(1).nullable(),
  summaryEndLine: z.number().int().min(1).nullable(),
  fields: z.array(fieldSchema).describe("Form fields of a job description: 直接上级：…, 所属部门：…"),
  duties: z.array(dutySchema),
  blocks: z.array(blockSchema),
});

export const sectionSchema = z.object({
  kind: z.literal("section"),
  id: z.string(),
  title: z.string().nullable(),
  line: z.number().int().min(1).nullable(),
  roles: z.array(roleSchema),
});

export const ignoredSchema = z.object({
  line: z.number().int().min(1),
  text: z.string(),
  reason: z.string(),
});

export const documentSchema = z.object({
  kind: z.literal("document"),
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    path: z.string().nullable(),
    encoding: z.string(),
    sha256: z.string(),
    lines: z.number().int().min(0),
  }),
  title: z.string().nullable(),
  titleLine: z.number().int().min(1).nullable(),
  sections: z.array(sectionSchema),
  ignored: z.array(ignoredSchema),
  diagnostics: z.array(diagnosticSchema),
});

export type Severity = z.infer<typeof severitySchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type BlockType = z.infer<typeof blockTypeSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Field = z.infer<typeof fieldSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Ignored = z.infer<typeof ignoredSchema>;
export type Document = z.infer<typeof documentSchema>;

/** The JSON Schema of the Document, generated from the zod schemas. */
export function documentJsonSchema(): unknown {
  return z.toJSONSchema(documentSchema, { target: "draft-2020-12" });
}
