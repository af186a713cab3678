import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { DataTable } from "../../web/components/data-table.tsx";
import { usePage } from "../../web/page-context.tsx";
import type { Fairness } from "../settlement-fairness.ts";
import { BarChart, formatNumber, formatPercent, PageHeading, SectionNav, seriesColours, SettlementStyles, useSettlementTexts } from "./common.tsx";

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
        <DataTable
          data-size="sm"
          caption={st("fairness.countiesCaption")}
          columns={[
            { label: st("year.county") },
            { label: st("figures.requested"), numeric: true },
            { label: st("fairness.requestedShare"), numeric: true },
            { label: st("fairness.placedPersons"), numeric: true },
            { label: st("fairness.placedShare"), numeric: true },
          ]}
          rows={fairness.counties.map((c) => ({ key: c.number, cells: [c.name, n(c.requested), p(c.requestedShare), n(c.placedPersons), p(c.placedShare)] }))}
        />
      </section>

      <section className="stack" aria-labelledby="types">
        <Heading level={2} data-size="sm" id="types">
          {st("fairness.typesTitle")}
        </Heading>
        <DataTable
          data-size="sm"
          caption={st("fairness.typesCaption")}
          columns={[
            { label: st("households.type") },
            { label: st("fairness.placedHouseholds"), numeric: true },
            { label: st("fairness.placedPersons"), numeric: true },
            { label: st("fairness.waiting"), numeric: true },
            { label: st("fairness.averageWait"), numeric: true },
          ]}
          rows={fairness.types.map((row) => ({
            key: row.type,
            cells: [st(`householdTypes.${row.type}`), n(row.placedHouseholds), n(row.placedPersons), n(row.waitingHouseholds), wait(row.averageWaitDays)],
          }))}
        />
      </section>

      <section className="stack" aria-labelledby="needs">
        <Heading level={2} data-size="sm" id="needs">
          {st("fairness.needsTitle")}
        </Heading>
        <DataTable
          data-size="sm"
          caption={st("fairness.needsCaption")}
          columns={[
            { label: st("enquiries.needs") },
            { label: st("fairness.placedHouseholds"), numeric: true },
            { label: st("fairness.waiting"), numeric: true },
            { label: st("fairness.averageWait"), numeric: true },
          ]}
          rows={fairness.needs.map((row) => ({ key: row.need, cells: [st(`needs.${row.need}`), n(row.placedHouseholds), n(row.waitingHouseholds), wait(row.averageWaitDays)] }))}
        />
      </section>
    </div>
  );
}
