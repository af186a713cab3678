import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { usePage } from "../../web/page-context.tsx";
import type { Fairness } from "../settlement-fairness.ts";
import { BarChart, formatNumber, formatPercent, PageHeading, ScrollRegion, SectionNav, seriesColours, SettlementStyles, useSettlementTexts } from "./common.tsx";

export function FairnessPage({ fairness }: { fairness: Fairness }) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const n = (value: number) => formatNumber(lang, value);
  const p = (value: number) => formatPercent(lang, value);
  const wait = (days: number | null) => (days === null ? "–" : st("fairness.days", { days }));
  const max = Math.max(0.01, ...fairness.counties.flatMap((c) => [c.requestedShare, c.placedShare]));
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav year={fairness.year} current="fairness" national />
      <PageHeading lead={st("fairness.lead")}>{st("fairness.title", { year: String(fairness.year) })}</PageHeading>
      <Paragraph>{st("fairness.placed", { households: fairness.placedHouseholds, persons: fairness.placedPersons })}</Paragraph>

      <section className="stack" aria-labelledby="ties">
        <Heading level={2} data-size="sm" id="ties">
          {st("fairness.tiesTitle")}
        </Heading>
        <Paragraph>
          {st("fairness.tiesText", {
            withTies: fairness.ties.placedWithTies,
            whereTies: fairness.ties.placedWhereTies,
            share: fairness.ties.share === null ? "–" : p(fairness.ties.share),
          })}
        </Paragraph>
      </section>

      <section className="stack" aria-labelledby="counties">
        <Heading level={2} data-size="sm" id="counties">
          {st("fairness.countiesTitle")}
        </Heading>
        <BarChart
          title={st("fairness.countiesCaption")}
          max={max}
          series={[
            { key: "requested", label: st("fairness.requestedShare"), colour: seriesColours.requested },
            { key: "placed", label: st("fairness.placedShare"), colour: seriesColours.settled },
          ]}
          rows={fairness.counties.map((c) => ({
            label: c.name,
            text: `${st("fairness.requestedShare")} ${p(c.requestedShare)} · ${st("fairness.placedShare")} ${p(c.placedShare)}`,
            values: { requested: c.requestedShare, placed: c.placedShare },
          }))}
        />
        <ScrollRegion label={st("fairness.countiesCaption")}>
          <Table data-size="sm">
            <caption className="ds-sr-only">{st("fairness.countiesCaption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{st("year.county")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("figures.requested")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("fairness.requestedShare")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("fairness.placedPersons")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("fairness.placedShare")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {fairness.counties.map((c) => (
                <Table.Row key={c.number}>
                  <Table.Cell data-label={st("year.county")}>{c.name}</Table.Cell>
                  <Table.Cell data-label={st("figures.requested")} className="settlement-number">
                    {n(c.requested)}
                  </Table.Cell>
                  <Table.Cell data-label={st("fairness.requestedShare")} className="settlement-number">
                    {p(c.requestedShare)}
                  </Table.Cell>
                  <Table.Cell data-label={st("fairness.placedPersons")} className="settlement-number">
                    {n(c.placedPersons)}
                  </Table.Cell>
                  <Table.Cell data-label={st("fairness.placedShare")} className="settlement-number">
                    {p(c.placedShare)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      </section>

      <section className="stack" aria-labelledby="types">
        <Heading level={2} data-size="sm" id="types">
          {st("fairness.typesTitle")}
        </Heading>
        <ScrollRegion label={st("fairness.typesCaption")}>
          <Table data-size="sm">
            <caption className="ds-sr-only">{st("fairness.typesCaption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{st("households.type")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("fairness.placedHouseholds")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("fairness.placedPersons")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("fairness.waiting")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("fairness.averageWait")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {fairness.types.map((row) => (
                <Table.Row key={row.type}>
                  <Table.Cell data-label={st("households.type")}>{st(`householdTypes.${row.type}`)}</Table.Cell>
                  <Table.Cell data-label={st("fairness.placedHouseholds")} className="settlement-number">
                    {n(row.placedHouseholds)}
                  </Table.Cell>
                  <Table.Cell data-label={st("fairness.placedPersons")} className="settlement-number">
                    {n(row.placedPersons)}
                  </Table.Cell>
                  <Table.Cell data-label={st("fairness.waiting")} className="settlement-number">
                    {n(row.waitingHouseholds)}
                  </Table.Cell>
                  <Table.Cell data-label={st("fairness.averageWait")} className="settlement-number">
                    {wait(row.averageWaitDays)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      </section>

      <section className="stack" aria-labelledby="needs">
        <Heading level={2} data-size="sm" id="needs">
          {st("fairness.needsTitle")}
        </Heading>
        <ScrollRegion label={st("fairness.needsCaption")}>
          <Table data-size="sm">
            <caption className="ds-sr-only">{st("fairness.needsCaption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{st("enquiries.needs")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("fairness.placedHouseholds")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("fairness.waiting")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("fairness.averageWait")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {fairness.needs.map((row) => (
                <Table.Row key={row.need}>
                  <Table.Cell data-label={st("enquiries.needs")}>{st(`needs.${row.need}`)}</Table.Cell>
                  <Table.Cell data-label={st("fairness.placedHouseholds")} className="settlement-number">
                    {n(row.placedHouseholds)}
                  </Table.Cell>
                  <Table.Cell data-label={st("fairness.waiting")} className="settlement-number">
                    {n(row.waitingHouseholds)}
                  </Table.Cell>
                  <Table.Cell data-label={st("fairness.averageWait")} className="settlement-number">
                    {wait(row.averageWaitDays)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      </section>
    </div>
  );
}
