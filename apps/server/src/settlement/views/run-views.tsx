import { Button, Card, Field, Heading, Label, Paragraph, Select, Tag, Textarea } from "@digdir/designsystemet-react";
import { CsrfField } from "../../web/components/csrf-field.tsx";
import { DataTable } from "../../web/components/data-table.tsx";
import { FormErrorSummary } from "../../web/components/form-errors.tsx";
import { usePage } from "../../web/page-context.tsx";
import type { HouseholdSummary } from "../settlement-households.ts";
import { settlementPaths } from "../settlement-paths.ts";
import { interactiveTimeLimitSeconds, type Proposal, type RunSummary } from "../settlement-runs.ts";
import { scoreParts, type Parts, type Weights } from "../scoring/settlement-score.ts";
import type { FormState } from "./cycle-views.tsx";
import { Figures, formatDate, formatDateTime, formatNumber, formatPercent, Notice, PageHeading, Problem, SectionNav, SettlementStyles, useSettlementTexts, Ltr } from "./common.tsx";

type Names = ReadonlyMap<string, string>;

export function RunsPage({ year, runs, ready, capacity, form }: { year: number; runs: RunSummary[]; ready: number; capacity: number; form: FormState }) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav year={year} current="runs" national />
      <PageHeading lead={st("runs.lead")}>{st("runs.title", { year: String(year) })}</PageHeading>
      <Notice text={form.notice} />
      <Problem text={form.problem} />
      <Card className="stack">
        <Heading level={2} data-size="sm">
          {st("runs.startTitle")}
        </Heading>
        <Paragraph>{st("runs.startLead", { households: ready, persons: capacity })}</Paragraph>
        <Paragraph data-size="sm">{st("runs.timeLimit", { seconds: interactiveTimeLimitSeconds })}</Paragraph>
        <form method="post" action={settlementPaths.runs(lang, year)} data-busy-text={st("runs.busy", { seconds: interactiveTimeLimitSeconds })} className="stack">
          <CsrfField />
          <div>
            <Button type="submit" disabled={ready === 0}>
              {st("runs.start")}
            </Button>
          </div>
          <p role="status" className="settlement-busy" />
        </form>
      </Card>
      <section className="stack" aria-labelledby="runs">
        <Heading level={2} data-size="sm" id="runs">
          {st("runs.listTitle")}
        </Heading>
        {runs.length === 0 ? (
          <Paragraph>{st("runs.none")}</Paragraph>
        ) : (
          <DataTable
            stacked
            caption={st("runs.listTitle")}
            columns={[
              { label: st("runs.started") },
              { label: st("runs.by") },
              { label: st("runs.placed"), numeric: true },
              { label: st("runs.unplaced"), numeric: true },
              { label: st("run.objective"), numeric: true },
              { label: st("runs.status") },
            ]}
            rows={runs.map((run) => ({
              key: run.id,
              cells: [
                <a href={settlementPaths.run(lang, run.id)}>{formatDateTime(lang, run.startedAt)}</a>,
                run.startedBy ?? "–",
                formatNumber(lang, run.placed),
                formatNumber(lang, run.unplaced),
                formatNumber(lang, run.objective, 1),
                st(`status.${run.status}`),
              ],
            }))}
          />
        )}
      </section>
    </div>
  );
}

type ProposalState = "open" | "overridden" | "enquired" | "accepted" | "refused";

export function proposalState(proposal: Proposal): ProposalState {
  if (proposal.enquiry) return proposal.enquiry.answer ?? "enquired";
  return proposal.override ? "overridden" : "open";
}

const stateColour: Record<ProposalState, "neutral" | "warning" | "info" | "success" | "danger"> = {
  open: "neutral",
  overridden: "warning",
  enquired: "info",
  accepted: "success",
  refused: "danger",
};

export interface RunPageProps {
  run: RunSummary;
  previous: { run: RunSummary; changed: number } | null;
  proposals: Proposal[];
  households: ReadonlyMap<string, HouseholdSummary>;
  names: Names;
  form: FormState;
}

export function RunPage({ run, previous, proposals, households, names, form }: RunPageProps) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const n = (value: number, digits = 0) => formatNumber(lang, value, digits);
  const unsent = proposals.filter((p) => !p.enquiry && (p.override ?? p.municipality)).length;
  const target = (p: Proposal) => p.enquiry?.municipality ?? p.override?.municipality ?? p.municipality;
  const placed = proposals.filter((p) => target(p)).sort((a, b) => (names.get(target(a)!) ?? "").localeCompare(names.get(target(b)!) ?? "", "nb") || a.reference.localeCompare(b.reference));
  const unplaced = proposals.filter((p) => !target(p));
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav year={run.year} current="runs" national />
      <PageHeading>{st("run.title", { at: formatDateTime(lang, run.startedAt) })}</PageHeading>
      <Notice text={form.notice} />
      <Problem text={form.problem} />
      <section className="stack" aria-labelledby="summary">
        <Heading level={2} data-size="sm" id="summary">
          {st("run.summaryTitle")}
        </Heading>
        <Figures
          items={[
            [st("run.households"), n(run.inputs.households)],
            [st("run.persons"), n(run.inputs.persons)],
            [st("runs.placed"), n(run.placed)],
            [st("runs.unplaced"), n(run.unplaced)],
            [st("run.municipalities"), n(run.inputs.municipalities)],
            [st("run.capacity"), n(run.inputs.capacity.persons)],
            [st("run.objective"), n(run.objective, 1)],
            [st("run.bound"), n(run.bound, 1)],
            [st("run.gap"), formatPercent(lang, run.gap)],
            [st("run.solveSeconds"), st("run.seconds", { seconds: Math.round(run.solveSeconds * 10) / 10 })],
          ]}
        />
        <Paragraph data-size="sm">
          {st("runs.status")}: {st(`status.${run.status}`)}. {st("run.withoutCandidates")}: {n(run.inputs.withoutCandidates)}. {st("run.weights")}:{" "}
          {scoreParts.map((part) => `${st(`parts.${part}`)} ${n(run.weights[part], 2)}`).join(", ")}.
        </Paragraph>
        {previous && (
          <Paragraph>
            <strong>{st("run.compareTitle")}: </strong>
            {st("run.compareText", { at: formatDateTime(lang, previous.run.startedAt), placed: previous.run.placed, objective: Math.round(previous.run.objective * 10) / 10, changed: previous.changed })}
          </Paragraph>
        )}
      </section>
      {unsent > 0 && (
        <Card className="stack">
          <Heading level={2} data-size="sm">
            {st("run.sendAllTitle")}
          </Heading>
          <Paragraph>{st("run.sendAllLead")}</Paragraph>
          <form method="post" action={settlementPaths.runEnquiries(lang, run.id)}>
            <CsrfField />
            <Button type="submit">{st("run.sendAll")}</Button>
          </form>
        </Card>
      )}
      <section className="stack" aria-labelledby="proposals">
        <Heading level={2} data-size="sm" id="proposals">
          {st("run.proposalsTitle")}
        </Heading>
        <DataTable
          data-size="sm"
          caption={st("run.proposalsTitle")}
          columns={[{ label: st("run.reference") }, { label: st("run.proposed") }, { label: st("run.score"), numeric: true }, { label: st("run.state") }]}
          rows={placed.map((p) => {
            const household = households.get(p.householdId);
            const state = proposalState(p);
            const municipality = p.enquiry?.municipality ?? p.override?.municipality ?? p.municipality;
            return {
              key: p.id,
              cells: [
                <>
                  <a href={settlementPaths.proposal(lang, p.id)}><Ltr>{p.reference}</Ltr></a>
                  {household && (
                    <span className="settlement-subtext">
                      {st(`householdTypes.${household.type}`)}, {n(household.persons)}
                    </span>
                  )}
                </>,
                municipality ? (names.get(municipality) ?? municipality) : st("run.noMunicipality"),
                p.score === null ? "–" : n(p.score, 1),
                <Tag data-color={stateColour[state]} data-size="sm">
                  {st(`proposalState.${state}`)}
                </Tag>,
              ],
            };
          })}
        />
      </section>
      {unplaced.length > 0 && (
        <section className="stack" aria-labelledby="unplaced">
          <Heading level={2} data-size="sm" id="unplaced">
            {st("run.unplacedTitle", { count: unplaced.length })}
          </Heading>
          <Paragraph>{st("run.unplacedLead")}</Paragraph>
          <details>
            <summary>{st("run.showUnplaced")}</summary>
            <ul className="settlement-columns">
              {unplaced.map((p) => (
                <li key={p.id}>
                  <a href={settlementPaths.proposal(lang, p.id)}><Ltr>{p.reference}</Ltr></a> ({st(`proposal.reasonShort.${p.explanation.reason}`)})
                </li>
              ))}
            </ul>
          </details>
        </section>
      )}
    </div>
  );
}

function PartsTable({ parts, weights, persons, caption }: { parts: Parts; weights: Weights; persons: number; caption: string }) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const n = (value: number, digits = 2) => formatNumber(lang, value, digits);
  const sum = scoreParts.reduce((s, part) => s + parts[part] * weights[part], 0);
  return (
    <DataTable
      data-size="sm"
      caption={caption}
      showCaption
      rowHeaders
      columns={[{ label: st("proposal.part") }, { label: st("proposal.value"), numeric: true }, { label: st("proposal.weight"), numeric: true }, { label: st("proposal.points"), numeric: true }]}
      rows={[
        ...scoreParts.map((part) => ({ key: part, cells: [st(`parts.${part}`), n(parts[part]), n(weights[part]), n(parts[part] * weights[part])] })),
        { key: "total", cells: [st("proposal.total", { persons }), null, null, <strong>{n(sum * persons)}</strong>] },
      ]}
    />
  );
}

export interface ProposalPageProps {
  run: RunSummary;
  proposal: Proposal;
  household: HouseholdSummary;
  names: Names;
  form: FormState;
}

export function ProposalPage({ run, proposal, household, names, form }: ProposalPageProps) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const name = (number: string) => names.get(number) ?? number;
  const { explanation } = proposal;
  const errors = form.errors ?? {};
  const values = form.values ?? {};
  const state = proposalState(proposal);
  const target = proposal.override?.municipality ?? proposal.municipality;
  const open = state === "open" || state === "overridden";
  const householdFree = household.status === "ready" || household.status === "waiting";
  const tied = (explanation.equals ?? 0) > 1;
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav year={run.year} current="runs" national />
      <PageHeading>{st("proposal.title", { reference: proposal.reference })}</PageHeading>
      <Paragraph>
        <a href={settlementPaths.run(lang, run.id)}>{st("run.title", { at: formatDateTime(lang, run.startedAt) })}</a>
      </Paragraph>
      <Notice text={form.notice} />
      <Problem text={form.problem} />
      <section className="stack" aria-labelledby="household">
        <Heading level={2} data-size="sm" id="household">
          {st("proposal.household")}
        </Heading>
        <Paragraph>
          {st("proposal.householdText", {
            persons: household.persons,
            type: st(`householdTypes.${household.type}`),
            readyOn: formatDate(lang, household.readyOn),
            days: household.waitDays,
          })}{" "}
          {[household.needsHealthServices && st("needs.healthServices"), household.needsWheelchairHome && st("needs.wheelchairHome")].filter(Boolean).join(", ")}
        </Paragraph>
        <Paragraph>
          <a href={settlementPaths.household(lang, household.id)}>{st("proposal.openHousehold")}</a>
        </Paragraph>
      </section>
      <section className="stack" aria-labelledby="proposed">
        <Heading level={2} data-size="sm" id="proposed">
          {st("proposal.proposedTitle")}
        </Heading>
        <Paragraph>
          {proposal.municipality && proposal.score !== null
            ? st("proposal.proposedText", { municipality: name(proposal.municipality), score: Math.round(proposal.score * 100) / 100 })
            : st("proposal.noProposal")}
        </Paragraph>
        {/* "Best candidate" is not said of one among equals: how many there are and the tie rule are. */}
        {!(explanation.reason === "best" && tied) && <Paragraph>{st(`proposal.reason.${explanation.reason}`)}</Paragraph>}
        {proposal.municipality && tied && (
          <>
            <Paragraph>{st("proposal.equalText", { municipality: name(proposal.municipality), count: explanation.equals ?? 0 })}</Paragraph>
            <Paragraph data-size="sm">{st("proposal.tieRule")}</Paragraph>
          </>
        )}
        {proposal.override && (
          <Paragraph>
            <Tag data-color="warning" data-size="sm">
              {st("proposal.overriddenTag")}
            </Tag>{" "}
            {st("proposal.overriddenText", { municipality: name(proposal.override.municipality), reason: proposal.override.reason, by: proposal.override.by ?? "–" })}
          </Paragraph>
        )}
        {proposal.enquiry && (
          <Paragraph>
            {proposal.enquiry.answer
              ? st("proposal.answered", { municipality: name(proposal.enquiry.municipality), answer: st(`proposalState.${proposal.enquiry.answer}`) })
              : st("proposal.enquirySent", { municipality: name(proposal.enquiry.municipality) })}
          </Paragraph>
        )}
        {explanation.parts && proposal.municipality && (
          <PartsTable parts={explanation.parts} weights={run.weights} persons={explanation.persons} caption={st("proposal.partsCaption", { municipality: name(proposal.municipality) })} />
        )}
      </section>
      {explanation.alternatives.length > 0 && (
        <section className="stack" aria-labelledby="alternatives">
          <Heading level={2} data-size="sm" id="alternatives">
            {st("proposal.alternativesTitle")}
          </Heading>
          <ul>
            {explanation.alternatives.map((a) => (
              <li key={a.municipality}>
                <strong>{name(a.municipality)}</strong> ({formatNumber(lang, a.score, 2)}):{" "}
                {a.why.kind === "full" ? st("proposal.whyFull", { dimensions: a.why.dimensions.map((d) => st(`dimensions.${d}`)).join(", ") }) : st("proposal.whyTradeoff")}
              </li>
            ))}
          </ul>
        </section>
      )}
      {open && householdFree && explanation.candidates.length > 0 && (
        <Card className="stack">
          <Heading level={2} data-size="sm">
            {st("proposal.overrideTitle")}
          </Heading>
          <Paragraph>{st("proposal.overrideLead")}</Paragraph>
          <FormErrorSummary errors={{ fields: errors }} labels={{ municipality: st("proposal.candidate"), reason: st("proposal.reasonLabel") }} />
          <form method="post" action={settlementPaths.override(lang, proposal.id)} className="stack" noValidate>
            <CsrfField />
            <Field>
              <Label htmlFor="field-municipality">{st("proposal.candidate")}</Label>
              <Select id="field-municipality" name="municipality" defaultValue={values.municipality ?? target ?? undefined} aria-invalid={errors.municipality ? true : undefined}>
                {explanation.candidates.map((c) => (
                  <Select.Option key={c.municipality} value={c.municipality}>
                    {st(c.score === proposal.score && c.municipality !== proposal.municipality ? "proposal.candidateOptionEqual" : "proposal.candidateOption", {
                      municipality: name(c.municipality),
                      score: Math.round(c.score * 100) / 100,
                    })}
                  </Select.Option>
                ))}
              </Select>
              {errors.municipality && <p className="ds-validation-message">{errors.municipality}</p>}
            </Field>
            <Field>
              <Label htmlFor="field-reason">{st("proposal.reasonLabel")}</Label>
              <Paragraph data-size="sm" id="field-reason-hint" className="field-hint">
                {st("proposal.reasonHint")}
              </Paragraph>
              <Textarea
                id="field-reason"
                name="reason"
                rows={3}
                defaultValue={values.reason}
                aria-describedby={errors.reason ? "field-reason-hint field-reason-error" : "field-reason-hint"}
                aria-invalid={errors.reason ? true : undefined}
                required
              />
              {errors.reason && (
                <p className="ds-validation-message" id="field-reason-error">
                  {errors.reason}
                </p>
              )}
            </Field>
            <div>
              <Button type="submit" variant="secondary">
                {st("proposal.override")}
              </Button>
            </div>
          </form>
        </Card>
      )}
      {open && householdFree && target && (
        <Card className="stack">
          <Heading level={2} data-size="sm">
            {st("proposal.enquiryTitle")}
          </Heading>
          <Paragraph>{st("proposal.enquiryLead", { municipality: name(target) })}</Paragraph>
          <form method="post" action={settlementPaths.proposalEnquiry(lang, proposal.id)}>
            <CsrfField />
            <Button type="submit">{st("proposal.sendEnquiry")}</Button>
          </form>
        </Card>
      )}
    </div>
  );
}
