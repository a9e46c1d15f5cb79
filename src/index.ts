// The library API of duties: parse a sheet, then search, diff, validate or render it.
export { parse, documentFromLines, type ParseOptions } from "./parse/index.js";
export { parseMarkdown } from "./parse/markdown.js";
export { decode, type Decoded } from "./text/decode.js";
export { fold, foldText, loadScriptFolding, type FoldOptions } from "./text/fold.js";
export { STYLES, matchMarker, type Marker, type MarkerStyle } from "./parse/markers.js";
export { DutiesError, type ErrorCode } from "./errors.js";
export {
  SCHEMA_VERSION, documentSchema, documentJsonSchema,
  type Document, type Section, type Role, type Duty, type Block, type Diagnostic, type Ignored, type Field,
} from "./model/document.js";
export { renderTree } from "./render/tree.js";
export { renderJson, renderJsonl } from "./render/json.js";
export { renderRoleTable } from "./render/table.js";
export { toRecords, renderJsonLines, RECORD_FIELDS, type DutyRecord } from "./render/records.js";
export { renderCsv, type CsvOptions } from "./render/csv.js";
export { renderMarkdown, toMdast } from "./render/markdown.js";
export { renderDocuments, EXPORT_FORMATS, type ExportFormat, type RenderOptions } from "./render/formats.js";
export { diffDocuments, DIFF_DEFAULTS, type DiffOptions } from "./query/diff.js";
export { combineReports } from "./query/diff/combine.js";
export {
  CHANGE_TYPES, diffReportSchema, diffJsonSchema,
  type DiffReport, type DiffSummary, type Change, type ChangeType, type ChangeTarget, type ChangeField, type ChangeSide, type Segment,
} from "./model/diff.js";
export { renderDiffText, type DiffTextOptions } from "./render/diff-text.js";
export { renderDiffMarkdown, type DiffMarkdownOptions } from "./render/diff-markdown.js";
export { renderDiffGithub, type DiffGithubOptions } from "./render/diff-github.js";
export { validate, activeRules, runRules, type FileReport, type ActiveRule } from "./query/validate.js";
export { RULES, findRule, ruleKey, type Rule, type AnyRule, type RuleSeverity, type Finding } from "./query/rules/index.js";
export { fixText, planFixes, applyEdits, writeMarker, type MarkerEdit } from "./query/fix.js";
export { configSchema, configJsonSchema, parseConfig, type Config, type RuleSetting } from "./model/config.js";
export { renderStylish } from "./render/validate-stylish.js";
export { renderValidateJson } from "./render/validate-json.js";
export { renderSarif, type SarifOptions } from "./render/validate-sarif.js";
export { renderGithub } from "./render/validate-github.js";
export { compileMatcher, matchText, prepareSearch, search, type Matcher, type MatcherOptions, type SearchMatch, type SearchOptions, type Submatch } from "./query/search.js";
export { addContext, type SearchContext, type SearchLine } from "./query/search-context.js";
export type { ItemRef, SearchField, SearchHit, SearchScope } from "./query/search-items.js";
export { main } from "./cli/main.js";
