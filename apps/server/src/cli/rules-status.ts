import { rulesBeingChecked, type RuleCheck } from "@velkomst/rules";

const reasonText: Record<RuleCheck["reason"], (check: RuleCheck) => string> = {
  endUnconfirmed: (check) => `kept in force past ${check.since}, an end the law has not confirmed`,
  reviewOverdue: (check) => `review overdue since ${check.since}`,
};

/** `velkomst rules-status`: one block per rule being checked on `date`, with the source to verify it against. */
export function formatRulesStatus(date: string): string {
  const checks = rulesBeingChecked(date);
  if (checks.length === 0) return `${date}: no rule is past its review horizon or an unconfirmed end\n`;
  const blocks = checks.map(
    (check) => `${check.parameter}: ${reasonText[check.reason](check)}; last reviewed ${check.lastReviewed}\n  verify: ${check.source.title} <${check.source.href}>\n  file: ${check.path}\n`,
  );
  return `${date}: ${checks.length} ${checks.length === 1 ? "rule is" : "rules are"} being checked\n${blocks.join("")}`;
}
