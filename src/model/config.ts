// The configuration of `duties validate` (.dutiesrc.json): a setting for each
// rule, as a zod schema built from the rule registry, so that the JSON Schema
// editors read names every rule, its default and its settings.
import { z } from "zod";
import { DutiesError } from "../errors.js";
import { findRule, RULES, ruleKey, type AnyRule, type RuleSeverity } from "../query/rules/index.js";

export const ruleSeveritySchema = z.enum(["off", "info", "warning", "error"]);

/** A rule's setting: a severity, or an object with a severity and the rule's own settings. */
export type RuleSetting = RuleSeverity | ({ severity?: RuleSeverity } & Record<string, unknown>);

export interface Config {
  $schema?: string;
  /** Settings by rule id ("D001"), name ("numbering-gap") or both ("D001/numbering-gap"). */
  rules?: Partial<Record<string, RuleSetting>>;
}

function settingSchema(rule: AnyRule) {
  const settings = z.object({ severity: ruleSeveritySchema.optional() }).extend(rule.options?.shape ?? {}).strict();
  return z.union([ruleSeveritySchema, settings]).optional()
    .describe(`${ruleKey(rule)}: ${rule.description} (default: ${rule.defaultSeverity})`);
}

const rulesSchema = z.object(Object.fromEntries(
  RULES.flatMap((rule) => [rule.id, rule.name, ruleKey(rule)].map((key) => [key, settingSchema(rule)])),
)).strict().superRefine((rules, ctx) => {
  const seen = new Map<string, string>();
  for (const key of Object.keys(rules)) {
    const id = findRule(key)!.id;
    const other = seen.get(id);
    if (other !== undefined) ctx.addIssue({ code: "custom", path: [key], message: `sets the same rule as "${other}"` });
    seen.set(id, key);
  }
});

export const configSchema: z.ZodType<Config> = z.object({
  $schema: z.string().optional().describe("The JSON Schema of this file, for editors"),
  rules: rulesSchema.optional().describe("A setting for each rule: \"off\", \"info\", \"warning\", \"error\", or { \"severity\", …settings }"),
}).strict().meta({ title: "duties validate configuration (.dutiesrc.json)" });

/** Checks a parsed JSON value as a configuration; a bad one is a one-line error naming the file and the key. */
export function parseConfig(value: unknown, file: string): Config {
  const result = configSchema.safeParse(value);
  if (result.success) return result.data;
  throw new DutiesError("config", `${file}: ${describeIssue(result.error.issues[0]!, [])}`);
}

/** The JSON Schema of the configuration, for `duties schema --config` and editors. */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(configSchema, { target: "draft-7", io: "input" });
}

function describeIssue(issue: z.core.$ZodIssue, prefix: PropertyKey[]): string {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys[0]!;
      const where = dotted([...path, key]);
      if (path.length === 0) return `${where}: unknown key (a configuration has "rules" and "$schema")`;
      if (path.length === 1 && path[0] === "rules") return `${where}: unknown rule (duties validate --list-rules lists them)`;
      return `${where}: unknown setting`;
    }
    case "invalid_union": {
      // A union reports every branch; the one that got furthest into the value says what is wrong.
      const [best] = issue.errors.map((errors) => errors[0]!).sort((a, b) => progress(b) - progress(a));
      if (best && progress(best) > 0) return describeIssue(best, path);
      return `${dotted(path)}: expected "off", "info", "warning", "error" or an object of settings`;
    }
    case "invalid_value":
      return `${dotted(path)}: expected ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return `${dotted(path)}: ${issue.message}`;
  }
}

/** How far into the value an issue got: deeper paths first, then a wrong value over a wrong type. */
function progress(issue: z.core.$ZodIssue): number {
  return issue.path.length * 2 + (issue.code === "invalid_type" ? 0 : 1);
}

function dotted(path: PropertyKey[]): string {
  return path.length ? path.map(String).join(".") : "(top level)";
}
