import { Heading, Link, List, Paragraph } from "@digdir/designsystemet-react";
import type { RuleCheck } from "@velkomst/rules";
import { usePage } from "../web/page-context.tsx";
import { formatDate } from "./plan-dates.ts";
import { planTexts } from "./plan-texts.ts";

/**
 * For the national administrator's start page: the rules the plans use that are past their review horizon
 * or kept past an end the law has not confirmed (the same list as `velkomst rules-status`).
 */
export function RulesStatusBlock({ checks }: { checks: readonly RuleCheck[] }) {
  const { lang } = usePage();
  const p = planTexts(lang);
  return (
    <section className="stack" aria-labelledby="rules-status">
      <Heading level={2} data-size="sm" id="rules-status">
        {p("rulesStatus.title")}
      </Heading>
      {checks.length === 0 ? (
        <Paragraph>{p("rulesStatus.none")}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {/* The command is isolated (FSI … PDI) so it reads left to right inside Arabic text. */}
            {p("rulesStatus.lead", { command: "\u2068npx velkomst rules-status\u2069" })}
          </Paragraph>
          <List.Unordered>
            {checks.map((check) => (
              <List.Item key={check.parameter}>
                <code dir="ltr">{check.parameter}</code>: {p(`rulesStatus.${check.reason}`, { date: formatDate(check.since, lang), lastReviewed: formatDate(check.lastReviewed, lang) })}{" "}
                {p("rulesStatus.verify")}{" "}
                <Link href={check.source.href} lang="nb" dir="auto">
                  {check.source.title}
                </Link>
              </List.Item>
            ))}
          </List.Unordered>
        </>
      )}
    </section>
  );
}
