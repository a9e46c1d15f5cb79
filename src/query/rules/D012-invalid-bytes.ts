// D012/invalid-bytes: bytes that were not valid in the file's encoding, replaced with U+FFFD on reading.
import { recordedFindings } from "./parser-findings.js";
import { defineRule, type Finding } from "./rule.js";

export const invalidBytes = defineRule({
  id: "D012",
  name: "invalid-bytes",
  description: "Bytes that are not valid in the file's encoding were replaced",
  explanation: [
    "The file has bytes that its encoding cannot decode, so they were read as U+FFFD (�): a file",
    "cut in the middle of a character, two encodings mixed by a copy and paste, or an encoding",
    "detected wrongly. Text is lost where this happens, so it is an error by default.",
    "",
    "Check the encoding first (`--encoding gb18030`, `--encoding big5`); if the file really is",
    "damaged, retype the lost characters. The input reader records these while decoding, so the",
    "rule reports nothing for a Document parsed from a string.",
  ].join("\n"),
  defaultSeverity: "error",
  fixable: false,
  check: (doc): Finding[] => recordedFindings(doc, invalidBytes),
});
