import { Fragment, type ReactNode } from "react";
import { Alert, Button, Card, Field, Heading, Input, Label, Link, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { programmeGoals, type BenefitMonth, type FullTimeCheck } from "@velkomst/rules";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { DateField } from "../web/components/date-time-fields.tsx";
import { FormField, SelectField, TextareaField } from "../web/components/form-field.tsx";
import { Facts } from "../web/components/facts.tsx";
import { usePage } from "../web/page-context.tsx";
import { casesPaths } from "./cases-paths.ts";
import { consentRecipients, decisionKinds, exitOutcomes, followUpOutcomes, planElements, type CaseActorRole, type CaseExitsTable, type ConsentRecipient } from "./cases-tables.ts";
import { formatLanguageList, languageName } from "../events/event-format.ts";
import { formatDate, formatKroner, formatMonth, formatNumber, isolate } from "./cases-format.ts";
import { AccessLogTable, municipalityLabel, useCasesTexts, WarningTag } from "./cases-views.tsx";
import type { ParticipantDetails } from "./participant-schemas.ts";
import type { PlanVersion } from "./programme-repository.ts";
import type { ProgrammeStatus } from "./programme-status.ts";
import { HealthNotesSection, SelfServiceSection, type HealthNotesView, type SelfServiceView } from "./self-service-sections.tsx";
import { ReferToTeamLink } from "../newcomer-team/referral-views.tsx";

import { skillsProfilePaths } from "../skills-profile/skills-profile-paths.ts";
import { skillsProfileTexts } from "../skills-profile/skills-profile-texts.ts";
import { UnverifiedNote } from "./unverified-note.tsx";

export type RecordSection = "overview" | "plan" | "decisions" | "attendance" | "exit" | "accessLog";

const sectionPath = {
  overview: casesPaths.record,
  plan: casesPaths.plan,
  decisions: casesPaths.decisions,
  attendance: (lang: Parameters<typeof casesPaths.record>[0], id: string) => casesPaths.attendance(lang, id),
  exit: casesPaths.exit,
  accessLog: casesPaths.accessLog,
} as const;

const DateText = ({ date }: { date: string }) => {
  const { lang } = usePage();
  return <time dateTime={date}>{formatDate(date, lang)}</time>;
};

/** The participant's name, the sections of their record, and a notice after a change. */
export function RecordFrame({ participant, section, notice, children }: { participant: Pick<ParticipantDetails, "id" | "name">; section: RecordSection; notice?: string; children: ReactNode }) {
  const { lang, c } = useCasesTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" dir="auto">
        {participant.name}
      </Heading>
      <nav aria-label={c("nav.label")}>
        <ul className="plain-list record-nav">
          {(Object.keys(sectionPath) as RecordSection[]).map((key) => (
            <li key={key}>
              <Link href={sectionPath[key](lang, participant.id)} aria-current={key === section ? "page" : undefined}>
                {c(`nav.${key}`)}
              </Link>
            </li>
          ))}
          <li>
            <Link href={skillsProfilePaths.participant(lang, participant.id).form}>{skillsProfileTexts(lang)("page.recordLink")}</Link>
          </li>
        </ul>
      </nav>
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      {children}
      <Link href={casesPaths.list(lang)}>{c("record.toList")}</Link>
    </div>
  );
}

function StatusFacts({ status }: { status: ProgrammeStatus }) {
  const { lang, c } = useCasesTexts();
  const facts: Array<[string, ReactNode]> = [[c("record.phase"), c(`phase.${status.phase}`)]];
  if (status.warning) facts.push([c("list.warning"), <WarningTag warning={status.warning} />]);
  if (status.startDeadline && !status.start)
    facts.push([
      c("decisionKinds.start"),
      <>
        {c("record.startDeadline", { date: formatDate(status.startDeadline.deadline, lang) })} (
        {status.startDeadline.legalReferences.map((ref) => (
          <Link key={ref.href} href={ref.href}>
            {ref.text}
          </Link>
        ))}
        )
        <UnverifiedNote checks={status.startDeadline.ruleChecks} figure="deadline" />
      </>,
    ]);
  if (status.start) facts.push([c("decisionKinds.start"), <DateText date={status.start} />]);
  if (status.frame) facts.push([c("list.frameEnd"), <DateText date={status.frame.end} />]);
  return <Facts facts={facts} />;
}

export interface Consent {
  id: string;
  recipient: ConsentRecipient;
  purpose: string;
  givenOn: string;
  withdrawnAt: Date | null;
}

export function RecordOverview(props: {
  participant: ParticipantDetails;
  status: ProgrammeStatus;
  consents: Consent[];
  names: ReadonlyMap<string, string>;
  identityNumber?: string | null;
  skills: Record<string, unknown> | null;
  errors: FormErrors;
  reason: string;
  health: HealthNotesView;
  selfService: SelfServiceView;
  consentForm: ConsentFormView;
}) {
  const { lang, c } = useCasesTexts();
  const { participant: p, status } = props;
  const identity = props.identityNumber !== undefined ? (props.identityNumber ?? c("record.none")) : p.hasIdentityNumber ? c("record.hidden") : c("record.none");
  return (
    <RecordFrame participant={p} section="overview">
      <TitledSection id="facts" title={c("record.facts")}>
        <Facts
          facts={[
            [c("list.municipality"), municipalityLabel(props.names, p.municipality)],
            [c("record.birthDate"), <DateText date={p.birthDate} />],
            [c("record.identityNumber"), <span dir="ltr">{identity}</span>],
            [c("create.residenceBasis"), c(`bases.${p.residenceBasis}` as "bases.refugee")],
            [c("create.settlementDate"), p.settlementDate ? <DateText date={p.settlementDate} /> : c("record.none")],
            [c("create.education"), c(`education.${p.education}` as "education.none")],
            [c("create.languages"), p.languages.length > 0 ? formatLanguageList(lang, p.languages) : "–"],
            [c("create.interpreterLanguage"), p.interpreterLanguage ? languageName(lang, p.interpreterLanguage) : "–"],
          ]}
        />
        {p.hasIdentityNumber && props.identityNumber === undefined && (
          <form method="post" action={casesPaths.reveal(lang, p.id)} className="stack" noValidate>
            <CsrfField />
            <FormErrorSummary errors={props.errors} labels={{ reason: c("record.revealReason") }} />
            <FormField name="reason" label={c("record.revealReason")} hint={c("record.revealNotice")} defaultValue={props.reason} error={props.errors.fields.reason} maxLength={500} autoComplete="off" dir="auto" />
            <div>
              <Button type="submit" variant="secondary">
                {c("record.revealSubmit")}
              </Button>
            </div>
          </form>
        )}
      </TitledSection>
      <TitledSection id="status" title={c("record.status")}>
        {!status.rules ? <Paragraph>{c("record.rulesMissing")}</Paragraph> : !status.rules.determinations.introductionProgramme.value.right && <Paragraph>{c("record.noRight")}</Paragraph>}
        <StatusFacts status={status} />
      </TitledSection>
      {props.skills && (
        <TitledSection id="skills" title={c("record.skills")}>
          <Facts
            facts={(["norwegianLevel", "englishLevel", "digitalSkills"] as const)
              .filter((key) => typeof props.skills![key] === "string")
              .map((key): [string, ReactNode] => [c(`skills.${key}`), c(`levels.${props.skills![key] as "none" | "basic" | "good"}`)])
              .concat(typeof props.skills.workYears === "number" ? [[c("skills.workYears"), formatNumber(props.skills.workYears, lang)]] : [])
              .concat(typeof props.skills.otherSkills === "string" && props.skills.otherSkills ? [[c("skills.otherSkills"), <span dir="auto">{props.skills.otherSkills}</span>]] : [])}
          />
        </TitledSection>
      )}
      <TitledSection id="consents" title={c("consents.heading")}>
        {props.consents.length === 0 ? (
          <Paragraph>{c("consents.none")}</Paragraph>
        ) : (
          <>
            <Paragraph data-size="sm">{c("consents.withdrawLead")}</Paragraph>
            <ConsentList consents={props.consents} withdrawAction={(id) => casesPaths.withdrawConsent(lang, p.id, id)} />
          </>
        )}
        <ConsentForm participantId={p.id} form={props.consentForm} />
        <ReferToTeamLink subject={{ kind: "participant", id: p.id }} />
      </TitledSection>
      <TitledSection id="health" title={c("health.heading")}>
        <HealthNotesSection participantId={p.id} health={props.health} />
      </TitledSection>
      <TitledSection id="self-service" title={c("selfService.heading")}>
        <SelfServiceSection participantId={p.id} selfService={props.selfService} />
      </TitledSection>
    </RecordFrame>
  );
}

export interface ConsentFormView {
  values: Record<string, string>;
  errors: FormErrors;
}

/** The adviser records a consent the participant gave on paper: to whom, what and why, and the day. */
function ConsentForm({ participantId, form }: { participantId: string; form: ConsentFormView }) {
  const { lang, c } = useCasesTexts();
  const labels = { recipient: c("consents.recipient"), purpose: c("consents.purpose"), givenOn: c("consents.givenOn") };
  return (
    <Card data-color="neutral" className="stack">
      <Heading level={3} data-size="2xs">
        {c("consents.recordHeading")}
      </Heading>
      <Paragraph data-size="sm">{c("consents.recordLead")}</Paragraph>
      <FormErrorSummary errors={form.errors} labels={labels} />
      <form method="post" action={casesPaths.recordConsent(lang, participantId)} className="stack" noValidate>
        <CsrfField />
        <SelectField
          name="recipient"
          label={labels.recipient}
          defaultValue={form.values.recipient ?? ""}
          error={form.errors.fields.recipient}
          options={[{ value: "", label: "–" }, ...consentRecipients.map((recipient) => ({ value: recipient, label: c(`recipients.${recipient}`) }))]}
        />
        <FormField name="purpose" label={labels.purpose} hint={c("consents.purposeHint")} defaultValue={form.values.purpose ?? ""} error={form.errors.fields.purpose} maxLength={500} dir="auto" autoComplete="off" />
        <DateField name="givenOn" label={labels.givenOn} defaultValue={form.values.givenOn ?? ""} error={form.errors.fields.givenOn} />
        <div>
          <Button type="submit" variant="secondary">
            {c("consents.submit")}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** The consents, each standing one with a button that withdraws it (the adviser's and the participant's page alike). */
export function ConsentList({ consents, withdrawAction }: { consents: Consent[]; withdrawAction: (consentId: string) => string }) {
  const { lang, c } = useCasesTexts();
  return (
    <ul className="plain-list stack">
      {consents.map((consent) => (
        <li key={consent.id}>
          <Card data-color="neutral" className="stack">
            <Heading level={3} data-size="2xs">
              {c(`recipients.${consent.recipient}`)}
            </Heading>
            <Paragraph dir="auto">{c("consents.given", { date: formatDate(consent.givenOn, lang), purpose: isolate(consent.purpose) })}</Paragraph>
            {consent.withdrawnAt ? (
              <Paragraph>{c("consents.withdrawn", { date: formatDate(consent.withdrawnAt.toISOString().slice(0, 10), lang) })}</Paragraph>
            ) : (
              <form method="post" action={withdrawAction(consent.id)}>
                <CsrfField />
                <Button type="submit" variant="secondary" data-size="sm">
                  {c("consents.withdraw", { recipient: c(`recipients.${consent.recipient}`) })}
                </Button>
              </form>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}

export function PlanPage(props: {
  participant: ParticipantDetails;
  status: ProgrammeStatus;
  plan: PlanVersion[];
  fullTime: FullTimeCheck | null;
  values: Record<string, string>;
  errors: FormErrors;
  notice?: string;
}) {
  const { lang, c } = useCasesTexts();
  const { participant: p, plan, fullTime } = props;
  const current = plan[0];
  const parental = props.status.rules?.determinations.parentalGuidance.value.required;
  const labels: Record<string, string> = { goal: c("plan.goal"), goalText: c("plan.goalText"), reason: c("plan.reason"), validFrom: c("plan.validFrom"), ownActivity: c("plan.ownActivity") };
  for (const element of planElements) labels[`hours-${element}`] = c(`elements.${element}`);
  return (
    <RecordFrame participant={p} section="plan" notice={props.notice}>
      <Heading level={2} data-size="md">
        {c("plan.heading")}
      </Heading>
      {!current ? (
        <Paragraph>{c("plan.none")}</Paragraph>
      ) : (
        <Card data-color="neutral" className="stack">
          <Heading level={3} data-size="xs">
            {c("plan.version", { version: current.version, date: formatDate(current.validFrom, lang) })}
          </Heading>
          <Facts
            facts={[
              [c("plan.goal"), c(`goals.${current.goal}`)],
              ...(current.goalText ? [[c("plan.goalText"), <span dir="auto">{current.goalText}</span>] as [string, ReactNode]] : []),
              ...current.elements.map((e): [string, ReactNode] => [c(`elements.${e.element}`), c("plan.totalHours", { hours: formatNumber(e.minutesPerWeek / 60, lang) })]),
            ]}
          />
          {fullTime && (
            <>
              <Alert data-color={fullTime.status === "short" ? "warning" : "info"}>
                {c(`plan.${fullTime.status}`, { planned: formatNumber(fullTime.plannedHours, lang), norm: formatNumber(fullTime.normHours, lang), short: formatNumber(fullTime.shortBy, lang) })}
              </Alert>
              <FullTimeNorm check={fullTime} ownActivity={current.ownActivity} />
            </>
          )}
        </Card>
      )}
      {parental !== undefined && <Paragraph>{parental ? c("plan.parentalGuidanceRequired") : c("plan.parentalGuidanceNotRequired")}</Paragraph>}
      <Card data-color="neutral" className="stack">
        <Heading level={3} data-size="xs">
          {c("plan.submit")}
        </Heading>
        <FormErrorSummary errors={props.errors} labels={labels} />
        <form method="post" action={casesPaths.plan(lang, p.id)} className="stack" noValidate>
          <CsrfField />
          <SelectField name="goal" label={labels.goal!} defaultValue={props.values.goal ?? current?.goal ?? props.status.rules?.determinations.programmeGoal.value.goal ?? ""} error={props.errors.fields.goal} options={programmeGoals.map((goal) => ({ value: goal, label: c(`goals.${goal}`) }))} />
          <FormField name="goalText" label={labels.goalText!} defaultValue={props.values.goalText ?? current?.goalText ?? ""} error={props.errors.fields.goalText} maxLength={500} dir="auto" autoComplete="off" />
          <fieldset className="stack plain-fieldset">
            <legend>{c("plan.hours")}</legend>
            {planElements.map((element) => {
              const minutes = current?.elements.find((e) => e.element === element)?.minutesPerWeek;
              return (
                <FormField
                  key={element}
                  name={`hours-${element}`}
                  label={labels[`hours-${element}`]!}
                  defaultValue={props.values[`hours-${element}`] ?? (minutes ? formatNumber(minutes / 60, lang) : "")}
                  error={props.errors.fields[`hours-${element}`]}
                  inputMode="decimal"
                  autoComplete="off"
                  size={6}
                />
              );
            })}
          </fieldset>
          <OwnActivityCheckbox checked={props.values.goal !== undefined ? props.values.ownActivity === "yes" : (current?.ownActivity ?? false)} error={props.errors.fields.ownActivity} />
          <DateField name="validFrom" label={labels.validFrom!} defaultValue={props.values.validFrom ?? ""} error={props.errors.fields.validFrom} />
          <TextareaField name="reason" label={labels.reason!} defaultValue={props.values.reason ?? ""} error={props.errors.fields.reason} rows={3} dir="auto" />
          <div>
            <Button type="submit">{c("plan.submit")}</Button>
          </div>
        </form>
      </Card>
      {plan.length > 0 && (
        <TitledSection id="plan-history" title={c("plan.history")} level={3}>
          <ul className="plain-list stack">
            {plan.map((version) => (
              <li key={version.version}>
                <strong>{c("plan.version", { version: version.version, date: formatDate(version.validFrom, lang) })}</strong>
                <br />
                <span dir="auto">{c("plan.reasonShown", { reason: isolate(version.reason) })}</span>
                <br />
                {c(`goals.${version.goal}`)}, {c("plan.totalHours", { hours: formatNumber(version.elements.reduce((s, e) => s + e.minutesPerWeek, 0) / 60, lang) })}
              </li>
            ))}
          </ul>
        </TitledSection>
      )}
    </RecordFrame>
  );
}

/** Which full-time norm the check used and why, with the rule's legal basis. */
function FullTimeNorm({ check, ownActivity }: { check: FullTimeCheck; ownActivity: boolean }) {
  const { lang, c } = useCasesTexts();
  return (
    <Paragraph data-size="sm">
      <strong>{c("plan.norm")}:</strong> {c(ownActivity ? "plan.normOwnActivity" : "plan.normOrdinary", { norm: formatNumber(check.normHours, lang) })}{" "}
      <LegalReferenceLinks references={check.legalReferences} />
      <UnverifiedNote checks={check.ruleChecks} figure="number" />
    </Paragraph>
  );
}

/** A rule's legal references as links, separated by semicolons. */
function LegalReferenceLinks({ references }: { references: ReadonlyArray<{ href: string; text: string }> }) {
  return references.map((ref, index) => (
    <Fragment key={ref.href}>
      {index > 0 && "; "}
      <Link href={ref.href}>{ref.text}</Link>
    </Fragment>
  ));
}

/** The plan's mark that its elements demand much own work (30 hours a week is then full time). */
function OwnActivityCheckbox({ checked, error }: { checked: boolean; error?: string }) {
  const { c } = useCasesTexts();
  const id = "field-ownActivity";
  return (
    <Field>
      <Input type="checkbox" id={id} name="ownActivity" value="yes" defaultChecked={checked} aria-invalid={error ? true : undefined} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`} />
      <Label htmlFor={id} weight="regular">
        {c("plan.ownActivity")}
      </Label>
      <Paragraph data-size="sm" id={`${id}-hint`} className="field-hint">
        {c("plan.ownActivityHint")}
      </Paragraph>
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </Field>
  );
}

export interface DecisionRow {
  id: string;
  kind: (typeof decisionKinds)[number];
  decided_on: string;
  from_date: string;
  to_date: string | null;
  note: string;
}

export function DecisionsPage(props: { participant: ParticipantDetails; status: ProgrammeStatus; decisions: DecisionRow[]; values: Record<string, string>; errors: FormErrors; notice?: string }) {
  const { lang, c } = useCasesTexts();
  const { participant: p } = props;
  const labels = { kind: c("decision.kind"), decidedOn: c("decision.decidedOn"), fromDate: c("decision.fromDate"), toDate: c("decision.toDate"), note: c("decision.note") };
  return (
    <RecordFrame participant={p} section="decisions" notice={props.notice}>
      <Heading level={2} data-size="md">
        {c("decision.heading")}
      </Heading>
      <StatusFacts status={props.status} />
      {props.decisions.length === 0 ? (
        <Paragraph>{c("decision.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          data-size="sm"
          caption={c("decision.caption")}
          columns={[{ label: c("decision.kind") }, { label: c("decision.fromDate") }, { label: c("decision.decidedOn") }, { label: c("decision.note") }]}
          rows={props.decisions.map((d) => ({
            key: d.id,
            cells: [
              c(`decisionKinds.${d.kind}`),
              d.to_date ? c("decision.period", { from: formatDate(d.from_date, lang), to: formatDate(d.to_date, lang) }) : <DateText date={d.from_date} />,
              <DateText date={d.decided_on} />,
              <span dir="auto">{d.note || "–"}</span>,
            ],
          }))}
        />
      )}
      <Card data-color="neutral" className="stack">
        <Heading level={3} data-size="xs">
          {c("decision.submit")}
        </Heading>
        <FormErrorSummary errors={props.errors} labels={labels} />
        <form method="post" action={casesPaths.decisions(lang, p.id)} className="stack" noValidate>
          <CsrfField />
          <SelectField name="kind" label={labels.kind} defaultValue={props.values.kind ?? (props.status.start ? "" : "start")} error={props.errors.fields.kind} options={[{ value: "", label: "–" }, ...decisionKinds.map((kind) => ({ value: kind, label: c(`decisionKinds.${kind}`) }))]} />
          <DateField name="decidedOn" label={labels.decidedOn} defaultValue={props.values.decidedOn ?? ""} error={props.errors.fields.decidedOn} />
          <DateField name="fromDate" label={labels.fromDate} defaultValue={props.values.fromDate ?? ""} error={props.errors.fields.fromDate} />
          <DateField name="toDate" label={labels.toDate} defaultValue={props.values.toDate ?? ""} error={props.errors.fields.toDate} />
          <FormField name="note" label={labels.note} defaultValue={props.values.note ?? ""} error={props.errors.fields.note} maxLength={500} dir="auto" autoComplete="off" />
          <div>
            <Button type="submit">{c("decision.submit")}</Button>
          </div>
        </form>
      </Card>
    </RecordFrame>
  );
}

export function AttendancePage(props: {
  participant: ParticipantDetails;
  weeks: Array<{ week_start: string; element: (typeof planElements)[number]; minutes: number }>;
  absences: Array<{ id: string; on_date: string; minutes: number; valid: boolean; reason: string }>;
  month: string;
  benefit: BenefitMonth | null;
  basicAmount: { value: number; validFrom: string } | null;
  values: Record<string, string>;
  errors: FormErrors;
  notice?: string;
}) {
  const { lang, c } = useCasesTexts();
  const { participant: p } = props;
  const labels: Record<string, string> = {
    weekStart: c("week.weekStart"),
    absenceDate: c("week.absenceDate"),
    absenceHours: c("week.absenceHours"),
    absenceValid: c("week.absenceValid"),
    absenceReason: c("week.absenceReason"),
  };
  for (const element of planElements) labels[`week-${element}`] = c(`elements.${element}`);
  const weekStarts = [...new Set(props.weeks.map((w) => w.week_start))].slice(0, 6);
  return (
    <RecordFrame participant={p} section="attendance" notice={props.notice}>
      <Card data-color="neutral" className="stack">
        <Heading level={2} data-size="sm">
          {c("week.heading")}
        </Heading>
        <FormErrorSummary errors={props.errors} labels={labels} />
        <form method="post" action={casesPaths.attendance(lang, p.id)} className="stack" noValidate>
          <CsrfField />
          <DateField name="weekStart" label={labels.weekStart!} defaultValue={props.values.weekStart ?? ""} error={props.errors.fields.weekStart} />
          <fieldset className="stack plain-fieldset">
            <legend>{c("week.hours")}</legend>
            {planElements.map((element) => (
              <FormField key={element} name={`week-${element}`} label={labels[`week-${element}`]!} defaultValue={props.values[`week-${element}`] ?? ""} error={props.errors.fields[`week-${element}`]} inputMode="decimal" autoComplete="off" size={6} />
            ))}
          </fieldset>
          <fieldset className="stack plain-fieldset">
            <legend>{c("week.absence")}</legend>
            <DateField name="absenceDate" label={labels.absenceDate!} defaultValue={props.values.absenceDate ?? ""} error={props.errors.fields.absenceDate} />
            <FormField name="absenceHours" label={labels.absenceHours!} defaultValue={props.values.absenceHours ?? ""} error={props.errors.fields.absenceHours} inputMode="decimal" autoComplete="off" size={6} />
            <SelectField
              name="absenceValid"
              label={labels.absenceValid!}
              defaultValue={props.values.absenceValid ?? ""}
              error={props.errors.fields.absenceValid}
              options={[{ value: "", label: "–" }, { value: "valid", label: c("week.valid") }, { value: "invalid", label: c("week.invalid") }]}
            />
            <FormField name="absenceReason" label={labels.absenceReason!} defaultValue={props.values.absenceReason ?? ""} error={props.errors.fields.absenceReason} maxLength={500} dir="auto" autoComplete="off" />
          </fieldset>
          <div>
            <Button type="submit">{c("week.submit")}</Button>
          </div>
        </form>
      </Card>
      {weekStarts.length > 0 && (
        <TitledSection id="weeks" title={c("week.recent")}>
          <ul className="plain-list stack">
            {weekStarts.map((week) => (
              <li key={week}>
                <strong>{c("week.weekOf", { date: formatDate(week, lang) })}</strong>
                <br />
                {props.weeks
                  .filter((w) => w.week_start === week && w.minutes > 0)
                  .map((w) => `${c(`elements.${w.element}`)}: ${formatNumber(w.minutes / 60, lang)}`)
                  .join(", ")}
              </li>
            ))}
          </ul>
        </TitledSection>
      )}
      {props.absences.length > 0 && (
        <TitledSection id="absences" title={c("week.absences")}>
          <ul className="plain-list stack">
            {props.absences.map((a) => (
              <li key={a.id} dir="auto">
                {c("week.absenceLine", { date: formatDate(a.on_date, lang), hours: formatNumber(a.minutes / 60, lang), validity: a.valid ? c("week.valid") : c("week.invalid") })}
                {a.reason ? ` (${isolate(a.reason)})` : ""}
              </li>
            ))}
          </ul>
        </TitledSection>
      )}
      <BenefitSection participantId={p.id} month={props.month} benefit={props.benefit} basicAmount={props.basicAmount} />
    </RecordFrame>
  );
}

function BenefitSection({ participantId, month, benefit, basicAmount }: { participantId: string; month: string; benefit: BenefitMonth | null; basicAmount: { value: number; validFrom: string } | null }) {
  const { lang, c } = useCasesTexts();
  const kr = (amount: number) => formatKroner(amount, lang);
  return (
    <TitledSection id="benefit" title={c("benefit.heading")}>
      <form method="get" action={casesPaths.attendance(lang, participantId)} className="inline-form">
        <FormField name="maned" type="month" label={c("benefit.month")} defaultValue={month} />
        <div>
          <Button type="submit" variant="secondary">
            {c("benefit.show")}
          </Button>
        </div>
      </form>
      {!benefit ? (
        <Paragraph role="status">{c("benefit.none")}</Paragraph>
      ) : (
        <>
          <DataTable
            data-size="sm"
            showCaption
            caption={c("benefit.caption", { month: formatMonth(month, lang) })}
            columns={[{ label: c("benefit.step") }, { label: c("benefit.amount"), numeric: true }]}
            rows={[
              ...benefit.lines.map((line, index) => ({
                key: index,
                cells: [
                  line.kind === "wholeMonth"
                    ? c("benefit.wholeMonth")
                    : line.kind === "partMonth"
                      ? <>{c("benefit.partMonth", { days: line.days, daysAMonth: line.daysAMonth, perMonth: kr(line.perMonth) })}<UnverifiedNote checks={line.ruleChecks} figure="number" /></>
                      : line.kind === "invalidAbsence"
                        ? <>{c("benefit.invalidAbsence", { hours: formatNumber(line.hours, lang), perYear: kr(line.perYear), hoursAYear: kr(line.hoursAYear) })}<UnverifiedNote checks={line.ruleChecks} figure="number" /></>
                        : c("benefit.validAbsence", { hours: formatNumber(line.hours, lang) }),
                  kr(line.amount),
                ],
              })),
              { key: "total", cells: [<strong>{c("benefit.total")}</strong>, <strong>{kr(benefit.total)}</strong>] },
            ]}
          />
          {basicAmount && <Paragraph data-size="sm">{c("benefit.basicAmount", { date: formatDate(basicAmount.validFrom, lang), amount: kr(basicAmount.value) })}</Paragraph>}
          <Paragraph data-size="sm">
            <LegalReferenceLinks references={benefit.legalReferences} />
          </Paragraph>
        </>
      )}
    </TitledSection>
  );
}

export function ExitPage(props: { participant: ParticipantDetails; exit: CaseExitsTable | undefined; values: Record<string, string>; errors: FormErrors; notice?: string }) {
  const { lang, c } = useCasesTexts();
  const { participant: p, exit } = props;
  const labels = { outcome: c("exit.outcome"), exitDate: c("exit.exitDate"), followUp1: c("exit.followUp1"), followUp12: c("exit.followUp12") };
  const followUpOptions = [{ value: "", label: c("exit.notYet") }, ...followUpOutcomes.map((o) => ({ value: o, label: c(`outcomes.${o}`) }))];
  return (
    <RecordFrame participant={p} section="exit" notice={props.notice}>
      <Heading level={2} data-size="md">
        {c("exit.heading")}
      </Heading>
      {exit && <Paragraph>{c("exit.recorded", { date: formatDate(exit.exit_date, lang), outcome: c(`outcomes.${exit.outcome}`) })}</Paragraph>}
      <FormErrorSummary errors={props.errors} labels={labels} />
      <form method="post" action={casesPaths.exit(lang, p.id)} className="stack narrow" noValidate>
        <CsrfField />
        <SelectField name="outcome" label={labels.outcome} defaultValue={props.values.outcome ?? exit?.outcome ?? ""} error={props.errors.fields.outcome} options={[{ value: "", label: "–" }, ...exitOutcomes.map((o) => ({ value: o, label: c(`outcomes.${o}`) }))]} />
        <DateField name="exitDate" label={labels.exitDate} defaultValue={props.values.exitDate ?? exit?.exit_date ?? ""} error={props.errors.fields.exitDate} />
        <SelectField name="followUp1" label={labels.followUp1} defaultValue={props.values.followUp1 ?? exit?.follow_up_1 ?? ""} error={props.errors.fields.followUp1} options={followUpOptions} />
        <SelectField name="followUp12" label={labels.followUp12} defaultValue={props.values.followUp12 ?? exit?.follow_up_12 ?? ""} error={props.errors.fields.followUp12} options={followUpOptions} />
        <div>
          <Button type="submit">{c("exit.submit")}</Button>
        </div>
      </form>
    </RecordFrame>
  );
}

export function AccessLogPage({ participant, municipalityName, entries }: { participant: Pick<ParticipantDetails, "id" | "name">; municipalityName: string; entries: Array<{ at: Date; actorName: string; actorRole: CaseActorRole | ""; action: string; reason: string }> }) {
  const { c } = useCasesTexts();
  return (
    <RecordFrame participant={participant} section="accessLog">
      <Heading level={2} data-size="md">
        {c("accessLog.heading")}
      </Heading>
      <Paragraph>{c("accessLog.lead")}</Paragraph>
      <AccessLogTable entries={entries} municipalityName={municipalityName} />
    </RecordFrame>
  );
}

/** A section of the record under its own heading (level 2 for the page's parts, 3 inside one). */
function TitledSection({ id, title, level = 2, children }: { id: string; title: string; level?: 2 | 3; children: ReactNode }) {
  return (
    <section className="stack" aria-labelledby={id}>
      <Heading level={level} data-size={level === 2 ? "sm" : "xs"} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
