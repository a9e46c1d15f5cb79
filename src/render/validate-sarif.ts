// The validate report as SARIF 2.1.0, with what GitHub code scanning reads:
// the tool and its rules, and results with a rule id, a message, a file URI
// relative to the checkout (%SRCROOT%; a file: URI for files outside it) and a region.
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { Severity } from "../model/document.js";
import { RULES, ruleKey, type RuleSeverity } from "../query/rules/index.js";
import type { FileReport } from "../query/validate.js";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const LEVEL: Record<RuleSeverity, string> = { error: "error", warning: "warning", info: "note", off: "none" };

export interface SarifOptions {
  /** The tool's version. */
  version: string;
  /** file: URI of the folder the paths are relative to, ending in "/". */
  rootUri: string;
}

export function renderSarif(reports: FileReport[], options: SarifOptions): string {
  const index = new Map(RULES.map((rule, i) => [ruleKey(rule), i]));
  const results = reports.flatMap((report) => report.diagnostics.map((d) => {
    const ruleIndex = index.get(d.rule);
    const rule = ruleIndex === undefined ? undefined : RULES[ruleIndex];
    return {
      ruleId: rule ? rule.id : d.rule,
      ...(ruleIndex === undefined ? {} : { ruleIndex }),
      level: LEVEL[d.severity as Severity],
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation: report.path === null
            ? { description: { text: "standard input" } }
            : isAbsolute(report.path) ? { uri: pathToFileURL(report.path).href } : { uri: relativeUri(report.path), uriBaseId: "%SRCROOT%" },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine ?? d.line, endColumn: d.endColumn ?? d.column + 1 },
        },
      }],
    };
  }));
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "duties",
          version: options.version,
          rules: RULES.map((rule) => ({
            id: rule.id,
            name: rule.name,
            shortDescription: { text: rule.description },
            fullDescription: { text: rule.explanation.split("\n\n")[0]!.replace(/\n/gu, " ") },
            help: { text: rule.explanation, markdown: rule.explanation },
            defaultConfiguration: { level: LEVEL[rule.defaultSeverity as RuleSeverity] },
            properties: { fixable: rule.fixable },
          })),
        },
      },
      originalUriBaseIds: { "%SRCROOT%": { uri: options.rootUri } },
      columnKind: "utf16CodeUnits",
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function relativeUri(path: string): string {
  return path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
