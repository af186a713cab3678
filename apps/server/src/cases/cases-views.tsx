import type { ReactNode } from "react";
import { Button, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { educationLevels, residenceBases } from "@velkomst/rules";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { DateField } from "../web/components/date-time-fields.tsx";
import { FormField, SelectField } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import { casesPaths } from "./cases-paths.ts";
import { casesTexts, type CasesTranslator } from "./cases-texts.ts";
import { formatDate, formatDateTime, isolate } from "./cases-format.ts";
import { consentRecipients, type CaseActorRole, type ConsentRecipient } from "./cases-tables.ts";
import type { ListedParticipant } from "./programme-repository.ts";
import type { Phase, ProgrammeStatus } from "./programme-status.ts";
import type { SettledMember } from "./settled-members.ts";
import { planRequestReason } from "../plan-requests/plan-request-repository.ts";

export const phases: readonly Phase[] = ["waiting", "inProgramme", "onLeave", "stopped", "ended"];

export function useCasesTexts() {
  const { lang } = usePage();
  return { lang, c: casesTexts(lang) };
}

export function WarningTag({ warning }: { warning: NonNullable<ProgrammeStatus["warning"]> }) {
  const { c } = useCasesTexts();
  return (
    <Tag data-color={warning === "frameEndingSoon" ? "warning" : "danger"} data-size="sm">
      {c(`warning.${warning}`)}
    </Tag>
  );
}

export function municipalityLabel(names: ReadonlyMap<string, string>, number: string): string {
  return names.get(number) ?? number;
}

export function ParticipantListPage({ participants, filter, names }: { participants: ListedParticipant[]; filter: { name: string; phase: string }; names: ReadonlyMap<string, string> }) {
  const { lang, c } = useCasesTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" className="programme-title">
        {c("list.title")}
      </Heading>
      <Paragraph>{c("list.lead")}</Paragraph>
      <ul className="plain-list stack">
        <li>
          <Link href={casesPaths.create(lang)}>{c("list.newParticipant")}</Link>
        </li>
        <li>
          <Link href={casesPaths.fromSettlement(lang)}>{c("list.fromSettlement")}</Link>
        </li>
        <li>
          <Link href={casesPaths.report(lang)}>{c("list.report")}</Link>
        </li>
      </ul>
      <form method="get" action={casesPaths.list(lang)} className="inline-form">
        <FormField name="navn" label={c("list.searchName")} defaultValue={filter.name} maxLength={100} autoComplete="off" dir="auto" />
        <SelectField name="fase" label={c("list.phase")} defaultValue={filter.phase} options={[{ value: "", label: c("list.allPhases") }, ...phases.map((phase) => ({ value: phase, label: c(`phase.${phase}`) }))]} />
        <div>
          <Button type="submit" variant="secondary">
            {c("list.show")}
          </Button>
        </div>
      </form>
      {participants.length === 0 ? (
        <Paragraph role="status">{c("list.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          data-size="sm"
          caption={c("list.caption")}
          columns={[{ label: c("list.name") }, { label: c("list.municipality") }, { label: c("list.phase") }, { label: c("list.warning") }, { label: c("list.frameEnd") }]}
          rows={participants.map((p) => ({
            key: p.id,
            cells: [
              <Link href={casesPaths.record(lang, p.id)} dir="auto">
                {p.name}
              </Link>,
              municipalityLabel(names, p.municipality),
              c(`phase.${p.phase}`),
              p.warning ? <WarningTag warning={p.warning} /> : c("list.noWarning"),
              p.frameEnd ? <time dateTime={p.frameEnd}>{formatDate(p.frameEnd, lang)}</time> : "–",
            ],
          }))}
        />
      )}
    </div>
  );
}

export interface CreateValues {
  municipality: string;
  name: string;
  birthDate: string;
  identityNumber: string;
  residenceBasis: string;
  settlementDate: string;
  arrivalDate: string;
  education: string;
  languages: string;
  interpreterLanguage: string;
  childrenBirthDates: string;
  livesWithParents: string;
  memberId: string;
  /** A newcomer's plan request the form was prefilled from (plan-requests/). */
  requestId: string;
}

export function createLabels(c: CasesTranslator): Record<keyof CreateValues, string> {
  return {
    municipality: c("create.municipality"),
    name: c("create.name"),
    birthDate: c("create.birthDate"),
    identityNumber: c("create.identityNumber"),
    residenceBasis: c("create.residenceBasis"),
    settlementDate: c("create.settlementDate"),
    arrivalDate: c("create.arrivalDate"),
    education: c("create.education"),
    languages: c("create.languages"),
    interpreterLanguage: c("create.interpreterLanguage"),
    childrenBirthDates: c("create.childrenBirthDates"),
    livesWithParents: c("create.livesWithParents"),
    memberId: c("create.title"),
    requestId: c("create.title"),
  };
}

export function CreateParticipantPage({ values, errors, names, member, intro }: { values: CreateValues; errors: FormErrors; names: ReadonlyMap<string, string>; member?: SettledMember; intro?: ReactNode }) {
  const { lang, c } = useCasesTexts();
  const labels = createLabels(c);
  const e = errors.fields;
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {c("create.title")}
      </Heading>
      <Paragraph>{c("create.lead")}</Paragraph>
      {member && <Paragraph>{c("create.fromMember", { reference: isolate(member.reference) })}</Paragraph>}
      {values.requestId && <Paragraph>{c("create.fromRequest")}</Paragraph>}
      {intro}
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="post" action={casesPaths.create(lang)} className="stack" noValidate>
        <CsrfField />
        <input type="hidden" name="memberId" value={values.memberId} />
        <input type="hidden" name="requestId" value={values.requestId} />
        <SelectField name="municipality" label={labels.municipality} defaultValue={values.municipality} error={e.municipality} options={[...names].map(([value, label]) => ({ value, label }))} />
        <FormField name="name" label={labels.name} defaultValue={values.name} error={e.name} maxLength={200} autoComplete="off" dir="auto" />
        <DateField name="birthDate" label={labels.birthDate} defaultValue={values.birthDate} error={e.birthDate} autoComplete="bday" />
        <FormField name="identityNumber" label={labels.identityNumber} hint={c("create.identityHint")} defaultValue={values.identityNumber} error={e.identityNumber} inputMode="numeric" autoComplete="off" maxLength={11} />
        <SelectField
          name="residenceBasis"
          label={labels.residenceBasis}
          defaultValue={values.residenceBasis}
          error={e.residenceBasis}
          options={[{ value: "", label: "–" }, ...residenceBases.map((basis) => ({ value: basis, label: c(`bases.${basis}`) }))]}
        />
        <DateField name="settlementDate" label={labels.settlementDate} defaultValue={values.settlementDate} error={e.settlementDate} />
        <DateField name="arrivalDate" label={labels.arrivalDate} defaultValue={values.arrivalDate} error={e.arrivalDate} />
        <SelectField
          name="education"
          label={labels.education}
          defaultValue={values.education}
          error={e.education}
          options={[{ value: "", label: "–" }, ...educationLevels.map((level) => ({ value: level, label: c(`education.${level}`) }))]}
        />
        <FormField name="languages" label={labels.languages} hint={c("create.languagesHint")} defaultValue={values.languages} error={e.languages} autoComplete="off" dir="ltr" />
        <FormField name="interpreterLanguage" label={labels.interpreterLanguage} hint={c("create.interpreterHint")} defaultValue={values.interpreterLanguage} error={e.interpreterLanguage} autoComplete="off" dir="ltr" />
        <FormField name="childrenBirthDates" label={labels.childrenBirthDates} hint={c("create.childrenHint")} defaultValue={values.childrenBirthDates} error={e.childrenBirthDates} autoComplete="off" dir="ltr" />
        <SelectField
          name="livesWithParents"
          label={labels.livesWithParents}
          defaultValue={values.livesWithParents}
          error={e.livesWithParents}
          options={[{ value: "no", label: c("create.no") }, { value: "yes", label: c("create.yes") }]}
        />
        <div>
          <Button type="submit">{c("create.submit")}</Button>
        </div>
      </form>
      <Link href={casesPaths.list(lang)}>{c("record.toList")}</Link>
    </div>
  );
}

export function SettledMembersPage({ members, names }: { members: SettledMember[]; names: ReadonlyMap<string, string> }) {
  const { lang, c } = useCasesTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {c("settlement.title")}
      </Heading>
      <Paragraph>{c("settlement.lead")}</Paragraph>
      {members.length === 0 ? (
        <Paragraph role="status">{c("settlement.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          data-size="sm"
          caption={c("settlement.caption")}
          columns={[{ label: c("list.name") }, { label: c("settlement.household") }, { label: c("settlement.birthYear") }, { label: c("list.municipality") }, { label: c("settlement.settledOn") }]}
          rows={members.map((m) => ({
            key: m.memberId,
            cells: [
              <Link href={casesPaths.create(lang, m.memberId)} aria-label={c("settlement.register", { name: m.name })} dir="auto">
                {m.name}
              </Link>,
              m.reference,
              String(m.birthYear),
              municipalityLabel(names, m.municipality),
              <time dateTime={m.settledOn}>{formatDate(m.settledOn, lang)}</time>,
            ],
          }))}
        />
      )}
      <Link href={casesPaths.list(lang)}>{c("record.toList")}</Link>
    </div>
  );
}

export function ReportPage({ values, errors }: { values: { fra: string; til: string; format: string }; errors: FormErrors }) {
  const { lang, c } = useCasesTexts();
  const labels = { fra: c("report.from"), til: c("report.to"), format: c("report.format") };
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {c("report.title")}
      </Heading>
      <Paragraph>{c("report.lead")}</Paragraph>
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="get" action={casesPaths.report(lang)} className="stack" noValidate>
        <DateField name="fra" label={labels.fra} defaultValue={values.fra} error={errors.fields.fra} />
        <DateField name="til" label={labels.til} defaultValue={values.til} error={errors.fields.til} />
        <SelectField name="format" label={labels.format} defaultValue={values.format} error={errors.fields.format} options={[{ value: "csv", label: "CSV" }, { value: "json", label: "JSON" }]} />
        <input type="hidden" name="last-ned" value="1" />
        <div>
          <Button type="submit">{c("report.submit")}</Button>
        </div>
      </form>
      <Paragraph data-size="sm">{c("report.fields")}</Paragraph>
      <Link href={casesPaths.list(lang)}>{c("record.toList")}</Link>
    </div>
  );
}

/** A log entry's reason as a reader sees it: a consent's recipient by its name, free text as written. */
function logReason(entry: { action: string; reason: string }, c: CasesTranslator): string {
  if (entry.action.startsWith("consent-") && consentRecipients.includes(entry.reason as ConsentRecipient)) return c(`recipients.${entry.reason as ConsentRecipient}`);
  if (entry.reason === planRequestReason) return c("create.fromRequestReason");
  return entry.reason || "–";
}

type LogEntry = { at: Date; actorName: string; actorRole: CaseActorRole | ""; action: string; reason: string };

/** The role someone read or changed the record in, and the municipality they did it for (IMDi and the participant act for none). */
export function actorRoleAndMunicipality(entry: Pick<LogEntry, "actorRole">, municipalityName: string, c: CasesTranslator): { role: string; municipality: string } {
  if (entry.actorRole === "") return { role: "–", municipality: "–" };
  const role = c(`actorRoles.${entry.actorRole}`);
  return { role, municipality: entry.actorRole === "national-admin" || entry.actorRole === "participant" ? "–" : municipalityName };
}

/**
 * The access log, newest first as given; `who` says who acted in the reader's terms (the participant
 * sees "You" and the role), and with `municipalityName` the adviser's table has the role and the
 * municipality in columns of their own.
 */
export function AccessLogTable<Entry extends LogEntry>({ entries, who = (entry) => <span dir="auto">{entry.actorName}</span>, municipalityName }: { entries: Entry[]; who?: (entry: Entry) => ReactNode; municipalityName?: string }) {
  const { lang, c } = useCasesTexts();
  const withRole = municipalityName !== undefined;
  return (
    <DataTable
      stacked
      data-size="sm"
      caption={c("accessLog.caption")}
      columns={[{ label: c("accessLog.at") }, { label: c("accessLog.who") }, ...(withRole ? [{ label: c("accessLog.role") }, { label: c("accessLog.municipality") }] : []), { label: c("accessLog.action") }, { label: c("accessLog.reason") }]}
      rows={entries.map((entry, index) => {
        const acting = withRole ? actorRoleAndMunicipality(entry, municipalityName, c) : undefined;
        return {
          key: index,
          cells: [formatDateTime(entry.at, lang), who(entry), ...(acting ? [acting.role, acting.municipality] : []), c(`actions.${entry.action}` as Parameters<CasesTranslator>[0]), <span dir="auto">{logReason(entry, c)}</span>],
        };
      })}
    />
  );
}
