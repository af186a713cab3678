import { Alert, Button, Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import qrcode from "qrcode-generator";
import { intlLocale, languageCodes, languages, type Language } from "@velkomst/i18n";
import { stayBands } from "../plans/plan-form.ts";
import { RadioGroup } from "../plans/plan-questionnaire.tsx";
import { commonCitizenships, otherEeaCitizenships } from "../plans/plan-form.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DateField } from "../web/components/date-time-fields.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField } from "../web/components/form-field.tsx";
import { Notice } from "../web/components/notice.tsx";
import { usePage } from "../web/page-context.tsx";
import type { Employer, WorkerNotice } from "./employers-repository.ts";
import { contentPaths } from "../content/content-paths.ts";
import { employerGuide } from "./employer-guide.ts";
import { employersPaths } from "./employers-paths.ts";
import { employersTexts, type EmployersTranslator } from "./employers-texts.ts";
import type { CsvProblem } from "./worker-csv.ts";
import { workerColumns, workerResidenceBases } from "./worker-input.ts";
import { expectedText } from "./worker-problems.ts";
import { formatDay, formatMeetingTime } from "./worker-mail.ts";
import type { WelcomeMeeting } from "./worker-welcome.ts";
import type { WorkerProgress } from "./worker-consents.ts";
import { ProgressCell } from "./worker-views.tsx";

function useTexts() {
  const { lang } = usePage();
  return { lang, e: employersTexts(lang) };
}

/** A name or number in its own direction, so it keeps its place inside Arabic text. */
const isolate = (text: string) => `\u2068${text}\u2069`;

export function countryName(code: string, lang: Language): string {
  return new Intl.DisplayNames([intlLocale(lang)], { type: "region" }).of(code) ?? code;
}

const languageName = (code: Language) => languages.find((l) => l.code === code)?.nativeName ?? code;

export interface MunicipalityOption {
  number: string;
  name: string;
}

export const signUpWorkplaceFields = ["kommune1", "kommune2", "kommune3"] as const;

export function SignUpPage({ municipalities, values, errors }: { municipalities: readonly MunicipalityOption[]; values: Record<string, string>; errors: FormErrors }) {
  const { lang, e } = useTexts();
  const labels = {
    orgnr: e("signUp.organisationNumber"),
    navn: e("signUp.name"),
    kommune1: e("signUp.workplaces"),
    kontaktnavn: e("signUp.contactName"),
    kontaktepost: e("signUp.contactEmail"),
    kontakttelefon: e("signUp.contactPhone"),
  };
  const options = [{ value: "", label: "–" }, ...municipalities.map((m) => ({ value: m.number, label: m.name }))];
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {e("signUp.title")}
      </Heading>
      <Paragraph>{e("signUp.lead")}</Paragraph>
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="post" action={employersPaths.signUp(lang)} className="stack" noValidate>
        <CsrfField />
        <FormField name="orgnr" label={labels.orgnr} hint={e("signUp.organisationNumberHint")} error={errors.fields.orgnr} defaultValue={values.orgnr ?? ""} inputMode="numeric" maxLength={11} autoComplete="off" />
        <FormField name="navn" label={labels.navn} error={errors.fields.navn} defaultValue={values.navn ?? ""} autoComplete="organization" maxLength={200} />
        {signUpWorkplaceFields.map((field, index) => (
          <SelectField
            key={field}
            name={field}
            label={index === 0 ? labels.kommune1 : `${labels.kommune1} (${index + 1})`}
            hint={index === 0 ? e("signUp.workplacesHint") : undefined}
            error={errors.fields[field]}
            defaultValue={values[field] ?? ""}
            options={options}
          />
        ))}
        <FormField name="kontaktnavn" label={labels.kontaktnavn} error={errors.fields.kontaktnavn} defaultValue={values.kontaktnavn ?? ""} autoComplete="name" maxLength={200} />
        <FormField name="kontaktepost" label={labels.kontaktepost} error={errors.fields.kontaktepost} defaultValue={values.kontaktepost ?? ""} type="email" autoComplete="email" maxLength={254} />
        <FormField name="kontakttelefon" label={labels.kontakttelefon} error={errors.fields.kontakttelefon} defaultValue={values.kontakttelefon ?? ""} type="tel" autoComplete="tel" maxLength={20} />
        <SelectField name="sprak" label={e("signUp.language")} defaultValue={values.sprak ?? lang} options={languageCodes.map((code) => ({ value: code, label: languageName(code) }))} />
        <div>
          <Button type="submit">{e("signUp.submit")}</Button>
        </div>
      </form>
    </div>
  );
}

function ContactCards({ employer }: { employer: Employer }) {
  const { e } = useTexts();
  return (
    <section className="stack" aria-labelledby="contacts-heading">
      <Heading level={2} data-size="sm" id="contacts-heading">
        {e("home.contactsHeading")}
      </Heading>
      {employer.workplaces.map((workplace) => (
        <Card key={workplace.municipalityNumber} data-color="neutral">
          <Heading level={3} data-size="xs">
            {e("home.contactIn", { municipality: workplace.municipalityName })}
          </Heading>
          {workplace.contact ? (
            <Paragraph>
              {workplace.contact.name}
              <br />
              <Link href={`mailto:${workplace.contact.email}`}>{workplace.contact.email}</Link>
            </Paragraph>
          ) : (
            <Paragraph>{e("home.noContact")}</Paragraph>
          )}
        </Card>
      ))}
    </section>
  );
}

/** The rows of a list of notices: the municipality's (with employer and contact) or the employer's own (with ID check and, with consent, plan progress). */
function noticeRows(notices: readonly WorkerNotice[], lang: Language, e: EmployersTranslator, withEmployer: boolean, progress: ReadonlyMap<string, WorkerProgress> = new Map()) {
  return notices.map((n) => ({
    key: n.id,
    cells: [
      n.name,
      ...(withEmployer ? [n.employerName, [n.email, n.phone].filter(Boolean).join(", ")] : []),
      formatDay(n.startDate, lang),
      n.municipalityName,
      countryName(n.citizenship, lang),
      e(`stay.${n.plannedStay as "long"}`),
      n.familyComing ? e("worker.yes") : e("worker.no"),
      <Link key="letter" href={employersPaths.letter(n.language, n.id)} lang={n.language}>
        {`${employersTexts(n.language)("home.letter")} (${languageName(n.language)})`}
      </Link>,
      ...(withEmployer
        ? []
        : [
            <Link key="id-check" href={employersPaths.idCheck(lang, n.id)}>
              {e("outreach.bookIdCheck")}
            </Link>,
            <ProgressCell key="progress" progress={progress.get(n.id)} />,
          ]),
    ],
  }));
}

function GuideAndMeetings({ employer, meetings }: { employer: Employer; meetings: readonly WelcomeMeeting[] }) {
  const { lang, e } = useTexts();
  const municipality = employer.workplaces[0]?.municipalityNumber ?? "";
  return (
    <>
      <section className="stack" aria-labelledby="guide-heading">
        <Heading level={2} data-size="sm" id="guide-heading">
          {e("guide.heading")}
        </Heading>
        <Paragraph>{e("guide.lead")}</Paragraph>
        <ul className="stack">
          {employerGuide.map((point) => (
            <li key={point.id}>
              <Link href={contentPaths.page(lang, municipality, point.contentSlug)}>{e(`guide.${point.id}.title`)}</Link>
              <Paragraph data-size="sm">{e(`guide.${point.id}.text`)}</Paragraph>
            </li>
          ))}
        </ul>
      </section>
      <section className="stack" aria-labelledby="meetings-heading">
        <Heading level={2} data-size="sm" id="meetings-heading">
          {e("guide.eventsHeading")}
        </Heading>
        {meetings.length === 0 ? (
          <Paragraph>{e("guide.noEvents")}</Paragraph>
        ) : (
          <ul>
            {meetings.map((meeting) => (
              <li key={meeting.path}>
                <Link href={meeting.path} lang={meeting.titleLanguage}>
                  {meeting.title}
                </Link>{" "}
                {formatMeetingTime(meeting.startsAt, lang)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function EmployerHomePage({
  employer,
  notices,
  colleagues,
  meetings,
  notice,
  progress,
}: {
  employer: Employer;
  notices: readonly WorkerNotice[];
  colleagues: ReadonlyArray<{ name: string; email: string }>;
  /** The next welcome meeting of each workplace municipality. */
  meetings: readonly WelcomeMeeting[];
  notice?: string;
  /** Plan progress of the workers who consented, by notice. */
  progress: ReadonlyMap<string, WorkerProgress>;
}) {
  const { lang, e } = useTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {employer.name}
      </Heading>
      <Paragraph>{e("home.organisation", { number: isolate(employer.organisationNumber) })}</Paragraph>
      <Notice text={notice} />
      <ContactCards employer={employer} />
      <section className="stack" aria-labelledby="workers-heading">
        <Heading level={2} data-size="sm" id="workers-heading">
          {e("home.workersHeading")}
        </Heading>
        <div className="button-row">
          <Button asChild>
            <a href={employersPaths.newWorker(lang)}>{e("home.reportOne")}</a>
          </Button>
          <Button asChild variant="secondary">
            <a href={employersPaths.importWorkers(lang)}>{e("home.importFile")}</a>
          </Button>
        </div>
        {notices.length === 0 ? (
          <Paragraph>{e("home.noWorkers")}</Paragraph>
        ) : (
          <>
            <Paragraph>{e("home.reportedCount", { count: notices.length })}</Paragraph>
            <DataTable
              caption={e("home.workersHeading")}
              stacked
              columns={[{ label: e("worker.name") }, { label: e("worker.startDate") }, { label: e("worker.municipality") }, { label: e("worker.citizenship") }, { label: e("worker.stay") }, { label: e("staff.family") }, { label: e("home.letter") }, { label: e("outreach.bookIdCheck") }, { label: e("home.progress") }]}
              rows={noticeRows(notices, lang, e, false, progress)}
            />
            <Paragraph data-size="sm">{e("home.progressLead")}</Paragraph>
          </>
        )}
      </section>
      <GuideAndMeetings employer={employer} meetings={meetings} />
      <section className="stack narrow" aria-labelledby="colleagues-heading">
        <Heading level={2} data-size="sm" id="colleagues-heading">
          {e("home.colleaguesHeading")}
        </Heading>
        <ul>
          {colleagues.map((c) => (
            <li key={c.email}>
              {c.name} ({c.email})
            </li>
          ))}
        </ul>
        <form method="post" action={employersPaths.colleagues(lang)} className="stack">
          <CsrfField />
          <FormField name="navn" label={e("home.inviteName")} autoComplete="off" required maxLength={200} />
          <FormField name="epost" label={e("home.inviteEmail")} type="email" autoComplete="off" required maxLength={254} />
          <div>
            <Button type="submit" variant="secondary">
              {e("home.invite")}
            </Button>
          </div>
        </form>
      </section>
    </div>
  );
}

export function NotLinkedPage() {
  const { e } = useTexts();
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {e("home.title")}
      </Heading>
      <Alert data-color="info">
        <Paragraph>{e("home.notLinked")}</Paragraph>
      </Alert>
    </div>
  );
}

export function workerLabels(e: EmployersTranslator): Record<string, string> {
  return {
    navn: e("worker.name"),
    epost: e("worker.email"),
    telefon: e("worker.phone"),
    statsborgerskap: e("worker.citizenship"),
    grunnlag: e("worker.basis"),
    startdato: e("worker.startDate"),
    opphold: e("worker.stay"),
    kommune: e("worker.municipality"),
    språk: e("worker.language"),
    familie: e("worker.family"),
  };
}

export function WorkerFormPage({ employer, values, errors }: { employer: Employer; values: Record<string, string>; errors: FormErrors }) {
  const { lang, e } = useTexts();
  const labels = workerLabels(e);
  const citizenships = [...commonCitizenships, ...otherEeaCitizenships]
    .map((code) => ({ value: code, label: countryName(code, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, intlLocale(lang)));
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {e("worker.title")}
      </Heading>
      <Paragraph>{e("worker.lead")}</Paragraph>
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="post" action={employersPaths.newWorker(lang)} className="stack" noValidate>
        <CsrfField />
        <FormField name="navn" label={labels.navn!} error={errors.fields.navn} defaultValue={values.navn ?? ""} autoComplete="off" maxLength={200} />
        <FormField name="epost" label={labels.epost!} hint={e("worker.contactHint")} error={errors.fields.epost} defaultValue={values.epost ?? ""} type="email" autoComplete="off" maxLength={254} />
        <FormField name="telefon" label={labels.telefon!} error={errors.fields.telefon} defaultValue={values.telefon ?? ""} type="tel" autoComplete="off" maxLength={20} />
        <SelectField name="statsborgerskap" label={labels.statsborgerskap!} error={errors.fields.statsborgerskap} defaultValue={values.statsborgerskap ?? ""} options={[{ value: "", label: "–" }, ...citizenships]} />
        <RadioGroup name="grunnlag" legend={labels.grunnlag!} error={errors.fields.grunnlag} selected={values.grunnlag} options={workerResidenceBases.map((basis) => [basis, e(`basis.${basis}`)])} />
        <DateField name="startdato" label={labels.startdato!} error={errors.fields.startdato} defaultValue={values.startdato ?? ""} />
        <RadioGroup name="opphold" legend={labels.opphold!} error={errors.fields.opphold} selected={values.opphold} options={stayBands.map((band) => [band, e(`stay.${band}`)])} />
        <SelectField
          name="kommune"
          label={labels.kommune!}
          error={errors.fields.kommune}
          defaultValue={values.kommune ?? employer.workplaces[0]?.municipalityNumber ?? ""}
          options={employer.workplaces.map((w) => ({ value: w.municipalityNumber, label: w.municipalityName }))}
        />
        <SelectField name="språk" label={labels.språk!} error={errors.fields.språk} defaultValue={values.språk ?? ""} options={[{ value: "", label: "–" }, ...languageCodes.map((code) => ({ value: code, label: languageName(code) }))]} />
        <RadioGroup name="familie" legend={labels.familie!} error={errors.fields.familie} selected={values.familie} options={[["ja", e("worker.yes")], ["nei", e("worker.no")]]} />
        <div>
          <Button type="submit">{e("worker.submit")}</Button>
        </div>
      </form>
    </div>
  );
}

export function ImportPage({ employer, problems, missingFile }: { employer: Employer; problems: readonly CsvProblem[]; missingFile?: boolean }) {
  const { lang, e } = useTexts();
  const workplaces = employer.workplaces.map((w) => w.municipalityNumber);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {e("import.title")}
      </Heading>
      {problems.length > 0 && (
        <Alert data-color="danger" tabIndex={-1} autoFocus>
          <Heading level={2} data-size="xs">
            {e("import.errorsTitle")}
          </Heading>
          <DataTable
            caption={e("import.problemsCaption")}
            stacked
            columns={[{ label: e("import.row"), numeric: true }, { label: e("import.column") }, { label: e("import.expected") }]}
            rows={problems.map((p, index) => ({ key: index, cells: [String(p.row), p.column === "file" ? e("import.wholeFile") : p.column, expectedText(p.problem, lang, workplaces)] }))}
          />
        </Alert>
      )}
      <Paragraph>{e("import.lead")}</Paragraph>
      <Paragraph>{e("import.allOrNothing")}</Paragraph>
      <Heading level={2} data-size="xs">
        {e("import.columnsHeading")}
      </Heading>
      <ul className="employer-columns">
        {workerColumns.map((column) => (
          <li key={column}>
            <code>{column}</code>: {workerLabels(e)[column]}
          </li>
        ))}
      </ul>
      <Link href={employersPaths.csvTemplate(lang)}>{e("import.template")}</Link>
      <form method="post" action={employersPaths.importWorkers(lang)} encType="multipart/form-data" className="stack narrow">
        <CsrfField />
        <FormField name="fil" label={e("import.file")} type="file" accept=".csv,text/csv" error={missingFile ? e("expected.fileMissing") : undefined} />
        <div>
          <Button type="submit">{e("import.submit")}</Button>
        </div>
      </form>
    </div>
  );
}

/** The QR code of an address as inline SVG, drawn on the server: the letter needs no script to show it. */
function QrCode({ url, label }: { url: string; label: string }) {
  const code = qrcode(0, "M");
  code.addData(url);
  code.make();
  const svg = code.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
  return <div className="worker-letter-qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** A link on the printed letter: as a link, as a QR code for the phone, and written out to type. */
function LetterLink({ intro, url, label, qrLabel }: { intro: string; url: string; label: string; qrLabel: string }) {
  return (
    <>
      <Paragraph>{intro}</Paragraph>
      <Paragraph>
        <Link href={url}>{label}</Link>
      </Paragraph>
      <QrCode url={url} label={qrLabel} />
      <Paragraph data-size="sm">{qrLabel}</Paragraph>
      <Paragraph data-size="sm" className="worker-letter-url" dir="ltr">
        {url}
      </Paragraph>
    </>
  );
}

export function LetterPage({ notice, planUrl, workerUrl, meeting, meetingUrl }: { notice: WorkerNotice; planUrl: string; workerUrl: string; meeting?: WelcomeMeeting; meetingUrl?: string }) {
  const { lang, e } = useTexts();
  return (
    <article className="stack narrow worker-letter">
      <Heading level={1} data-size="lg">
        {e("letter.title", { municipality: notice.municipalityName })}
      </Heading>
      <Paragraph>{e("letter.greeting", { name: isolate(notice.name) })}</Paragraph>
      <Paragraph>{e("letter.reported", { employer: isolate(notice.employerName), municipality: notice.municipalityName, date: formatDay(notice.startDate, lang) })}</Paragraph>
      <LetterLink intro={e("letter.planIntro")} url={planUrl} label={e("letter.planLink")} qrLabel={e("letter.qrLabel")} />
      <LetterLink intro={e("letter.workerPageIntro")} url={workerUrl} label={e("letter.workerPageLink")} qrLabel={e("letter.workerQrLabel")} />
      {meeting && meetingUrl ? (
        <Paragraph>
          {e("letter.meetingIntro", { time: formatMeetingTime(meeting.startsAt, lang) })}{" "}
          <Link href={meetingUrl} lang={meeting.titleLanguage}>
            {meeting.title}
          </Link>
        </Paragraph>
      ) : (
        <Paragraph>{e("letter.noMeeting")}</Paragraph>
      )}
    </article>
  );
}

function StatusTag({ status }: { status: Employer["status"] }) {
  const { e } = useTexts();
  return (
    <Tag data-color={status === "approved" ? "success" : "warning"} data-size="sm">
      {status === "approved" ? e("staff.approved") : e("staff.pending")}
    </Tag>
  );
}

export function StaffEmployersPage({
  employers,
  approverOf,
  candidates,
  notice,
  errors,
}: {
  employers: readonly Employer[];
  /** The municipalities where the viewer approves and names contacts. */
  approverOf: readonly string[];
  candidates: Record<string, ReadonlyArray<{ id: string; name: string }>>;
  notice?: string;
  errors?: Record<string, string>;
}) {
  const { lang, e } = useTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {e("staff.employersTitle")}
      </Heading>
      <Paragraph>{e("staff.employersLead")}</Paragraph>
      <Notice text={notice} />
      {employers.length === 0 && <Paragraph>{e("staff.noEmployers")}</Paragraph>}
      {employers.map((employer) => (
        <Card key={employer.id} data-color="neutral" className="stack">
          <Heading level={2} data-size="xs">
            {employer.name}
          </Heading>
          <StatusTag status={employer.status} />
          <dl className="employer-facts">
            <dt>{e("staff.organisationNumber")}</dt>
            <dd>{employer.organisationNumber}</dd>
            <dt>{e("staff.contactPerson")}</dt>
            <dd>
              {employer.contactName}, <Link href={`mailto:${employer.contactEmail}`}>{employer.contactEmail}</Link>
              {employer.contactPhone ? `, ${employer.contactPhone}` : ""}
            </dd>
            <dt>{e("staff.workplaces")}</dt>
            <dd>{employer.workplaces.map((w) => `${w.municipalityName}${w.contact ? ` (${w.contact.name})` : ""}`).join(", ")}</dd>
          </dl>
          {employer.workplaces
            .filter((w) => approverOf.includes(w.municipalityNumber))
            .map((w) => (
              <form key={w.municipalityNumber} method="post" action={employersPaths.staffApprove(lang, employer.id)} className="stack">
                <CsrfField />
                <input type="hidden" name="kommune" value={w.municipalityNumber} />
                <SelectField
                  name="kontakt"
                  id={`field-kontakt-${employer.id}-${w.municipalityNumber}`}
                  label={e("staff.fixedContact", { municipality: w.municipalityName })}
                  error={errors?.[employer.id]}
                  options={(candidates[w.municipalityNumber] ?? []).map((c) => ({ value: c.id, label: c.name }))}
                />
                <div>
                  <Button type="submit" variant={employer.status === "approved" ? "secondary" : "primary"}>
                    {employer.status === "approved" ? e("staff.saveContact") : e("staff.approve")}
                  </Button>
                </div>
              </form>
            ))}
        </Card>
      ))}
    </div>
  );
}

export function StaffNoticesPage({ notices }: { notices: readonly WorkerNotice[] }) {
  const { lang, e } = useTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {e("staff.noticesTitle")}
      </Heading>
      <Paragraph>{e("staff.noticesLead")}</Paragraph>
      {notices.length === 0 ? (
        <Paragraph>{e("staff.noNotices")}</Paragraph>
      ) : (
        <DataTable
          caption={e("staff.noticesTitle")}
          stacked
          columns={[
            { label: e("worker.name") },
            { label: e("staff.employer") },
            { label: e("staff.contact") },
            { label: e("worker.startDate") },
            { label: e("worker.municipality") },
            { label: e("worker.citizenship") },
            { label: e("worker.stay") },
            { label: e("staff.family") },
            { label: e("home.letter") },
          ]}
          rows={noticeRows(notices, lang, e, true)}
        />
      )}
    </div>
  );
}
