// validate(): a Document's problems under a configuration. Each rule that is
// on reports its findings; they get the rule's key and configured severity
// and come back in document order. Pure: no I/O.
import { parseConfig, type Config } from "../model/config.js";
import type { Diagnostic, Document, Severity } from "../model/document.js";
import { findRule, RULES, ruleKey, type AnyRule } from "./rules/index.js";

/** One file's problems, as the report formats print them. */
export interface FileReport {
  /** The file relative to the current folder (absolute outside it), with forward slashes; null for stdin. */
  path: string | null;
  diagnostics: Diagnostic[];
}

/** A rule that is on, with the severity and settings a configuration gives it. */
export interface ActiveRule {
  rule: AnyRule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** The rules a configuration turns on, in id order; defaults for everything it does not name. */
export function activeRules(config: Config = {}): ActiveRule[] {
  const checked = parseConfig(config, "configuration");
  const settings = new Map(Object.entries(checked.rules ?? {}).map(([key, setting]) => [findRule(key)!.id, setting!]));
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = settings.get(rule.id);
    const { severity = rule.defaultSeverity, ...own } = typeof setting === "string" ? { severity: setting } : setting ?? {};
    if (severity === "off") continue;
    active.push({ rule, severity, options: rule.options ? rule.options.parse(own) : {} });
  }
  return active;
}

/**
 * The problems in a Document. The duplicate rules fold Traditional and
 * Simplified script: `await loadScriptFolding()` once before the first call.
 */
export function validate(doc: Document, config: Config = {}): Diagnostic[] {
  return runRules(doc, activeRules(config));
}

/** Runs rules already resolved (a command checking many files resolves them once). */
export function runRules(doc: Document, rules: ActiveRule[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { rule, severity, options } of rules) {
    for (const finding of rule.check(doc, { options })) out.push({ rule: ruleKey(rule), severity, ...finding });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
