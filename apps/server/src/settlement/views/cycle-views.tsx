import { Button, Card, Field, Heading, Input, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { CsrfField } from "../../web/components/csrf-field.tsx";
import { DataTable } from "../../web/components/data-table.tsx";
import { FormErrorSummary } from "../../web/components/form-errors.tsx";
import { FormField, SelectField } from "../../web/components/form-field.tsx";
import { DateField } from "../../web/components/date-time-fields.tsx";
import { LinkCard } from "../../web/components/link-card.tsx";
import { usePage } from "../../web/page-context.tsx";
import type { MunicipalityFigures, Overview, SettlementYear } from "../settlement-cycle.ts";
import { settlementPaths } from "../settlement-paths.ts";
import { scoreParts, type Weights } from "../scoring/settlement-score.ts";
import {
  BarChart,
  Figures,
  formatDate,
  formatDateTime,
  formatNumber,
  Notice,
  PageHeading,
  Problem,
  SectionNav,
  seriesColours,
  SettlementStyles,
  useSettlementTexts,
} from "./common.tsx";

export interface FormState {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  notice?: string;
  problem?: string;
}

export function HomePage({ years, national, form }: { years: SettlementYear[]; national: boolean; form: FormState }) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const errors = form.errors ?? {};
  const values = form.values ?? {};
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav current="years" national={national} />
      <PageHeading lead={national ? st("home.lead") : st("home.municipalityLead")}>{st("title")}</PageHeading>
      <Notice text={form.notice} />
      <section className="stack" aria-labelledby="years">
        <Heading level={2} data-size="sm" id="years">
          {st("home.yearsTitle")}
        </Heading>
        {years.length === 0 ? (
          <Paragraph>{st("home.noYears")}</Paragraph>
        ) : (
          <div className="card-grid">
            {years.map((y) => (
              <LinkCard
                key={y.year}
                href={settlementPaths.year(lang, y.year)}
                title={st("home.yearCardTitle", { year: String(y.year) })}
                text={st("home.yearCardText", { need: y.nationalNeed, minors: y.nationalNeedMinors })}
                headingLevel={3}
              />
            ))}
          </div>
        )}
      </section>
      {national && (
        <Card className="stack">
          <Heading level={2} data-size="sm">
            {st("home.openTitle")}
          </Heading>
          <Paragraph>{st("home.openLead")}</Paragraph>
          <FormErrorSummary errors={{ fields: errors }} labels={{ year: st("home.year"), nationalNeed: st("home.nationalNeed"), nationalNeedMinors: st("home.nationalNeedMinors") }} />
          <form method="post" action={settlementPaths.home(lang)} className="stack narrow" noValidate>
            <CsrfField />
            <FormField name="year" inputMode="numeric" label={st("home.year")} defaultValue={values.year} error={errors.year} required />
            <FormField name="nationalNeed" inputMode="numeric" label={st("home.nationalNeed")} defaultValue={values.nationalNeed} error={errors.nationalNeed} required />
            <FormField name="nationalNeedMinors" inputMode="numeric" label={st("home.nationalNeedMinors")} defaultValue={values.nationalNeedMinors ?? "0"} error={errors.nationalNeedMinors} />
            <div>
              <Button type="submit">{st("home.open")}</Button>
            </div>
          </form>
        </Card>
      )}
    </div>
  );
}

function MunicipalityTable({ year, rows, caption }: { year: number; rows: MunicipalityFigures[]; caption: string }) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const n = (value: number) => formatNumber(lang, value);
  return (
    <DataTable
      data-size="sm"
      caption={caption}
      columns={[
        { label: st("figures.municipality") },
        { label: st("figures.requested"), numeric: true },
        { label: st("figures.decided"), numeric: true },
        { label: st("figures.enquired"), numeric: true },
        { label: st("figures.settled"), numeric: true },
        { label: st("figures.remaining"), numeric: true },
      ]}
      rows={rows.map((m) => ({
        key: m.number,
        cells: [
          <a href={settlementPaths.municipality(lang, year, m.number)}>{m.name}</a>,
          m.requested ? n(m.requested.persons) : st("figures.none"),
          m.decision ? n(m.decision.persons) : st("year.noDecision"),
          n(m.enquired.persons),
          n(m.settled.persons),
          n(m.remaining.persons),
        ],
      }))}
    />
  );
}

export interface YearPageProps {
  overview: Overview;
  national: boolean;
  own: ReadonlySet<string>;
  county: string | undefined;
  form: FormState;
}

export function YearPage({ overview, national, own, county, form }: YearPageProps) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const { year, counties, municipalities } = overview;
  const n = (value: number) => formatNumber(lang, value);
  const errors = form.errors ?? {};
  const values = form.values ?? {};
  const mine = municipalities.filter((m) => own.has(m.number));
  const max = Math.max(1, ...counties.flatMap((c) => [c.requested, c.decided, c.settled]));
  const inCounty = county ? municipalities.filter((m) => m.countyNumber === county) : [];
  const sortedMunicipalities = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, "nb"));
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav year={year.year} current="overview" national={national} />
      <PageHeading lead={st("year.need", { need: year.nationalNeed, minors: year.nationalNeedMinors })}>{st("year.title", { year: String(year.year) })}</PageHeading>
      <Notice text={form.notice} />
      <Problem text={form.problem} />
      {mine.length > 0 && (
        <section className="stack" aria-labelledby="own">
          <Heading level={2} data-size="sm" id="own">
            {st("year.yourMunicipality")}
          </Heading>
          <div className="card-grid">
            {mine.map((m) => (
              <LinkCard
                key={m.number}
                href={settlementPaths.municipality(lang, year.year, m.number)}
                title={m.name}
                text={`${st("figures.requested")}: ${m.requested ? n(m.requested.persons) : st("figures.none")} · ${st("figures.decided")}: ${m.decision ? n(m.decision.persons) : st("year.noDecision")}`}
                headingLevel={3}
              />
            ))}
          </div>
        </section>
      )}
      <section className="stack" aria-labelledby="national">
        <Heading level={2} data-size="sm" id="national">
          {st("year.nationalTitle")}
        </Heading>
        <Figures
          items={[
            [st("figures.requested"), n(overview.national.requested)],
            [st("figures.decided"), n(overview.national.decided)],
            [st("figures.enquired"), n(overview.national.enquired)],
            [st("figures.settled"), n(overview.national.settled)],
          ]}
        />
        <Paragraph>{st("year.answered", { answered: overview.national.answered, total: overview.national.municipalities })}</Paragraph>
      </section>
      <section className="stack" aria-labelledby="counties">
        <Heading level={2} data-size="sm" id="counties">
          {st("year.countiesTitle")}
        </Heading>
        <Paragraph data-size="sm">{st("year.chartLead")}</Paragraph>
        <BarChart
          title={st("year.chartTitle")}
          max={max}
          series={[
            { key: "requested", label: st("figures.requested"), colour: seriesColours.requested },
            { key: "decided", label: st("figures.decided"), colour: seriesColours.decided },
            { key: "settled", label: st("figures.settled"), colour: seriesColours.settled },
          ]}
          rows={counties.map((c) => ({
            label: c.name,
            text: st("year.chartRow", { requested: c.requested, decided: c.decided, settled: c.settled }),
            values: { requested: c.requested, decided: c.decided, settled: c.settled },
          }))}
        />
        <Heading level={3} data-size="xs">
          {st("year.tableCaption")}
        </Heading>
        <DataTable
          data-size="sm"
          caption={st("year.tableCaption")}
          columns={[
            { label: st("year.county") },
            { label: st("figures.recommended"), numeric: true },
            { label: st("figures.requested"), numeric: true },
            { label: st("figures.decided"), numeric: true },
            { label: st("figures.enquired"), numeric: true },
            { label: st("figures.settled"), numeric: true },
          ]}
          rows={counties.map((c) => ({
            key: c.number,
            cells: [
              <a href={`${settlementPaths.year(lang, year.year)}?fylke=${c.number}#municipalities`}>{c.name}</a>,
              c.recommended ? n(c.recommended.persons) : st("figures.none"),
              n(c.requested),
              n(c.decided),
              n(c.enquired),
              n(c.settled),
            ],
          }))}
        />
      </section>
      <section className="stack" aria-labelledby="municipalities">
        <Heading level={2} data-size="sm" id="municipalities">
          {st("year.municipalitiesTitle")}
        </Heading>
        <form method="get" action={`${settlementPaths.year(lang, year.year)}#municipalities`} className="inline-form">
          <Field>
            <Label htmlFor="field-fylke">{st("year.county")}</Label>
            <Select id="field-fylke" name="fylke" defaultValue={county}>
              {counties.map((c) => (
                <Select.Option key={c.number} value={c.number}>
                  {c.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <div>
            <Button type="submit" variant="secondary">
              {st("year.show")}
            </Button>
          </div>
        </form>
        {county ? (
          <MunicipalityTable year={year.year} rows={inCounty} caption={counties.find((c) => c.number === county)?.name ?? county} />
        ) : (
          <Paragraph>{st("year.municipalitiesLead")}</Paragraph>
        )}
      </section>
      {national && (
        <>
          <Card className="stack">
            <Heading level={2} data-size="sm">
              {st("county.title")}
            </Heading>
            <Paragraph>{st("county.lead")}</Paragraph>
            {form.values?.form === "county" && <FormErrorSummary errors={{ fields: errors }} labels={{ persons: st("county.persons"), unaccompaniedMinors: st("county.minors") }} />}
            <form method="post" action={settlementPaths.countyRecommendation(lang, year.year)} className="stack narrow" noValidate>
              <CsrfField />
              <SelectField name="county" label={st("county.county")} defaultValue={values.form === "county" ? values.county : undefined} options={counties.map((c) => ({ value: c.number, label: c.name }))} />
              <FormField id="field-county-persons" name="persons" inputMode="numeric" label={st("county.persons")} defaultValue={values.form === "county" ? values.persons : undefined} error={values.form === "county" ? errors.persons : undefined} required />
              <FormField id="field-county-minors" name="unaccompaniedMinors" inputMode="numeric" label={st("county.minors")} defaultValue={values.form === "county" ? values.unaccompaniedMinors : "0"} error={values.form === "county" ? errors.unaccompaniedMinors : undefined} />
              <div>
                <Button type="submit">{st("county.save")}</Button>
              </div>
            </form>
          </Card>
          <Card className="stack">
            <Heading level={2} data-size="sm">
              {st("request.title")}
            </Heading>
            {form.values?.form === "request" && <FormErrorSummary errors={{ fields: errors }} labels={{ municipality: st("request.municipality"), persons: st("request.persons"), unaccompaniedMinors: st("request.minors") }} />}
            <form method="post" action={settlementPaths.request(lang, year.year)} className="stack narrow" noValidate>
              <CsrfField />
              <SelectField
                id="field-request-municipality"
                name="municipality"
                label={st("request.municipality")}
                defaultValue={values.form === "request" ? values.municipality : undefined}
                options={sortedMunicipalities.map((m) => ({ value: m.number, label: `${m.name} (${m.number})` }))}
              />
              <FormField id="field-request-persons" name="persons" inputMode="numeric" label={st("request.persons")} defaultValue={values.form === "request" ? values.persons : undefined} error={values.form === "request" ? errors.persons : undefined} required />
              <FormField id="field-request-minors" name="unaccompaniedMinors" inputMode="numeric" label={st("request.minors")} defaultValue={values.form === "request" ? values.unaccompaniedMinors : "0"} error={values.form === "request" ? errors.unaccompaniedMinors : undefined} />
              <div>
                <Button type="submit">{st("request.send")}</Button>
              </div>
            </form>
          </Card>
          <Card className="stack">
            <Heading level={2} data-size="sm">
              {st("request.allTitle")}
            </Heading>
            <Paragraph>{st("request.allLead")}</Paragraph>
            <form method="post" action={settlementPaths.requestAll(lang, year.year)}>
              <CsrfField />
              <Button type="submit" variant="secondary">
                {st("request.sendAll")}
              </Button>
            </form>
          </Card>
        </>
      )}
    </div>
  );
}

export interface MunicipalityPageProps {
  year: number;
  figures: MunicipalityFigures;
  history: {
    requests: Array<{ persons: number; unaccompaniedMinors: number; at: Date; by: string | null }>;
    decisions: Array<{ persons: number; unaccompaniedMinors: number; wheelchairHomes: number; healthServices: boolean; decidedOn: string; at: Date; by: string | null }>;
  };
  mayAnswer: boolean;
  national: boolean;
  form: FormState;
}

export function MunicipalityPage({ year, figures, history, mayAnswer, national, form }: MunicipalityPageProps) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const n = (value: number) => formatNumber(lang, value);
  const errors = form.errors ?? {};
  const values = form.values ?? {};
  const decision = figures.decision;
  const events = [
    ...history.requests.map((r) => ({ at: r.at, text: st("municipality.historyRequest", { persons: r.persons, minors: r.unaccompaniedMinors }), by: r.by })),
    ...history.decisions.map((d) => ({
      at: d.at,
      text: st("municipality.historyDecision", { decidedOn: formatDate(lang, d.decidedOn), persons: d.persons, minors: d.unaccompaniedMinors, wheelchair: d.wheelchairHomes }),
      by: d.by,
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav year={year} current="overview" national={national} />
      <PageHeading>{st("municipality.title", { municipality: figures.name, year: String(year) })}</PageHeading>
      <Notice text={form.notice} />
      <section className="stack" aria-labelledby="request">
        <Heading level={2} data-size="sm" id="request">
          {st("municipality.requestTitle")}
        </Heading>
        <Paragraph>
          {figures.requested
            ? st("municipality.requestText", { persons: figures.requested.persons, minors: figures.requested.unaccompaniedMinors })
            : st("municipality.noRequest")}
        </Paragraph>
      </section>
      <section className="stack" aria-labelledby="decision">
        <Heading level={2} data-size="sm" id="decision">
          {st("municipality.decisionTitle")}
        </Heading>
        {decision ? (
          <>
            <Paragraph>
              {st("municipality.decisionText", {
                decidedOn: formatDate(lang, decision.decidedOn),
                persons: decision.persons,
                minors: decision.unaccompaniedMinors,
                wheelchair: decision.wheelchairHomes,
              })}
            </Paragraph>
            <Paragraph>{decision.healthServices ? st("municipality.healthServicesYes") : st("municipality.healthServicesNo")}</Paragraph>
          </>
        ) : (
          <Paragraph>{st("municipality.noDecision")}</Paragraph>
        )}
      </section>
      <section className="stack" aria-labelledby="status">
        <Heading level={2} data-size="sm" id="status">
          {st("municipality.status")}
        </Heading>
        <Figures
          items={[
            [st("figures.decided"), decision ? n(decision.persons) : st("figures.none")],
            [st("figures.enquired"), n(figures.enquired.persons)],
            [st("figures.settled"), n(figures.settled.persons)],
            [st("figures.remaining"), n(figures.remaining.persons)],
          ]}
        />
      </section>
      {mayAnswer && (
        <Card className="stack">
          <Heading level={2} data-size="sm">
            {st("municipality.answerTitle")}
          </Heading>
          <Paragraph>{st("municipality.answerLead")}</Paragraph>
          <FormErrorSummary
            errors={{ fields: errors }}
            labels={{
              persons: st("municipality.persons"),
              unaccompaniedMinors: st("municipality.minors"),
              wheelchairHomes: st("municipality.wheelchair"),
              decidedOn: st("municipality.decidedOn"),
            }}
          />
          <form method="post" action={settlementPaths.decision(lang, year, figures.number)} className="stack narrow" noValidate>
            <CsrfField />
            <FormField name="persons" inputMode="numeric" label={st("municipality.persons")} defaultValue={values.persons ?? (figures.requested ? String(figures.requested.persons) : "")} error={errors.persons} required />
            <FormField name="unaccompaniedMinors" inputMode="numeric" label={st("municipality.minors")} defaultValue={values.unaccompaniedMinors ?? "0"} error={errors.unaccompaniedMinors} />
            <FormField name="wheelchairHomes" inputMode="numeric" label={st("municipality.wheelchair")} defaultValue={values.wheelchairHomes ?? "0"} error={errors.wheelchairHomes} />
            <Field>
              <div className="settlement-actions">
                <Input type="checkbox" id="field-healthServices" name="healthServices" value="on" defaultChecked={values.healthServices === "on" || (!values.persons && !!decision?.healthServices)} />
                <Label htmlFor="field-healthServices">{st("municipality.healthServices")}</Label>
              </div>
            </Field>
            <DateField name="decidedOn" label={st("municipality.decidedOn")} defaultValue={values.decidedOn} error={errors.decidedOn} required />
            <div>
              <Button type="submit">{st("municipality.save")}</Button>
            </div>
          </form>
        </Card>
      )}
      {events.length > 0 && (
        <section className="stack" aria-labelledby="history">
          <Heading level={2} data-size="sm" id="history">
            {st("municipality.historyTitle")}
          </Heading>
          <ul>
            {events.map((e, index) => (
              <li key={index}>
                {formatDateTime(lang, e.at)}: {e.text}
                {e.by ? ` (${st("municipality.by", { name: e.by })})` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function WeightsPage({ year, weights, history, form }: { year: number; weights: Weights; history: Array<{ weights: Weights; setAt: Date; setBy: string | null }>; form: FormState }) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const errors = form.errors ?? {};
  const values = form.values ?? {};
  const labels = Object.fromEntries(scoreParts.map((part) => [part, st(`parts.${part}`)]));
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav year={year} current="weights" national />
      <PageHeading lead={st("weights.lead")}>{st("weights.title", { year: String(year) })}</PageHeading>
      <Notice text={form.notice} />
      <Paragraph className="settlement-formula">{st("weights.formula")}</Paragraph>
      <FormErrorSummary errors={{ fields: errors }} labels={labels} />
      <form method="post" action={settlementPaths.weights(lang, year)} className="stack narrow" noValidate>
        <CsrfField />
        {scoreParts.map((part) => (
          <FormField
            key={part}
            name={part}
            inputMode="decimal"
            label={st(`parts.${part}`)}
            hint={`${st(`partHelp.${part}`)} ${st("weights.hint")}`}
            defaultValue={values[part] ?? String(weights[part])}
            error={errors[part]}
            required
          />
        ))}
        <div>
          <Button type="submit">{st("weights.save")}</Button>
        </div>
      </form>
      {history.length > 1 && (
        <section className="stack" aria-labelledby="weights-history">
          <Heading level={2} data-size="sm" id="weights-history">
            {st("weights.historyTitle")}
          </Heading>
          <DataTable
            stacked
            caption={st("weights.historyTitle")}
            columns={[{ label: st("runs.started") }, ...scoreParts.map((part) => ({ label: st(`parts.${part}`), numeric: true }))]}
            rows={history.map((h, index) => ({
              key: index,
              cells: [st("weights.setBy", { at: formatDateTime(lang, h.setAt), name: h.setBy ?? "–" }), ...scoreParts.map((part) => formatNumber(lang, h.weights[part], 2))],
            }))}
          />
        </section>
      )}
    </div>
  );
}
