// The rule registry: every validation rule, in id order. Ids are never reused.
import { numberingGap } from "./D001-numbering-gap.js";
import { repeatedNumber } from "./D002-repeated-number.js";
import { numberingRestart } from "./D003-numbering-restart.js";
import { mixedMarkerStyle } from "./D004-mixed-marker-style.js";
import { mixedWidth } from "./D005-mixed-width.js";
import { emptyRole } from "./D006-empty-role.js";
import { duplicateDuty } from "./D007-duplicate-duty.js";
import { dutyInSeveralRoles } from "./D008-duty-in-several-roles.js";
import { duplicateRole } from "./D009-duplicate-role.js";
import { overlongItem } from "./D010-overlong-item.js";
import { unplacedText } from "./D011-unplaced-text.js";
import { invalidBytes } from "./D012-invalid-bytes.js";
import { ruleKey, type AnyRule } from "./rule.js";

export const RULES: readonly AnyRule[] = [
  numberingGap, repeatedNumber, numberingRestart, mixedMarkerStyle, mixedWidth, emptyRole,
  duplicateDuty, dutyInSeveralRoles, duplicateRole, overlongItem, unplacedText, invalidBytes,
];

const BY_KEY = new Map<string, AnyRule>(RULES.flatMap((r) => [[r.id, r], [r.name, r], [ruleKey(r), r]] as const));

/** A rule by its id ("D001"), its name ("numbering-gap") or both ("D001/numbering-gap"). */
export function findRule(key: string): AnyRule | undefined {
  return BY_KEY.get(key);
}

export { ruleKey, type AnyRule, type Finding, type Rule, type RuleSeverity } from "./rule.js";
