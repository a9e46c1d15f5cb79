// What a validation rule is: a stable id and name, the words that explain it,
// a default severity, optional settings, and the check that finds its problems.
import type { z } from "zod";
import type { Diagnostic, Document, Severity } from "../../model/document.js";

/** A rule's setting in a configuration: a severity, or off. */
export type RuleSeverity = Severity | "off";

/** A problem and where it is; validate() adds the rule and its configured severity. */
export type Finding = Omit<Diagnostic, "rule" | "severity" | "endLine" | "endColumn"> & { endLine: number; endColumn: number };

export interface Rule<Shape extends z.ZodRawShape = z.ZodRawShape> {
  /** Stable id, never reused: "D001". */
  id: string;
  /** Stable kebab-case name: "numbering-gap". */
  name: string;
  /** One line: what the rule reports. */
  description: string;
  /** A paragraph or two of Markdown: why it matters, what to do, when it stays quiet. */
  explanation: string;
  defaultSeverity: RuleSeverity;
  /** Whether `duties validate --fix` repairs what it reports. */
  fixable: boolean;
  /** The rule's settings, with their defaults (a configuration may override them). */
  options?: z.ZodObject<Shape>;
  check(doc: Document, context: { options: z.output<z.ZodObject<Shape>> }): Finding[];
}

/** Any rule, whatever its settings (for the registry). */
export type AnyRule = Rule<any>;

/** Types a rule's check by its settings; the identity at run time. */
export function defineRule<Shape extends z.ZodRawShape = Record<string, never>>(rule: Rule<Shape>): Rule<Shape> {
  return rule;
}

/** "D001/numbering-gap": how diagnostics name a rule. */
export function ruleKey(rule: { id: string; name: string }): string {
  return `${rule.id}/${rule.name}`;
}
