import { Fragment } from "react";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Language } from "@velkomst/i18n";
import { formatDate, formatMonth, isolate } from "../cases/cases-format.ts";
import { countryName } from "../employers/employers-views.tsx";
import { ConsentCheckbox } from "../newcomers/consent-checkbox.tsx";
import { norwegianDate } from "../platform/clock.ts";
import { childField, maxChildren, otherCitizenship, planFields } from "../plans/plan-form.ts";
import { planTexts } from "../plans/plan-texts.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { usePage } from "../web/page-context.tsx";
import { planRequestNoticeParam, planRequestPaths } from "./plan-request-paths.ts";
import { unusedRequestDays, type OpenedPlanRequest, type PlanRequest } from "./plan-request-repository.ts";
import { planRequestTexts } from "./plan-request-texts.ts";

function usePlanRequestTexts() {
  const { lang } = usePage();
  return { lang, r: planRequestTexts(lang) };
}

const dayOf = (instant: Date, lang: Language) => formatDate(norwegianDate(instant), lang);

/** The saved plan's answers, each under its name: exactly what the newcomer shares, and what the coordinator reads. */
export function PlanAnswers({ answers, municipalityName }: { answers: Record<string, string>; municipalityName: string }) {
  const { lang, r } = usePlanRequestTexts();
  const p = planTexts(lang);
  const answer = (field: string) => answers[field]?.trim() || undefined;
  const citizenship = answer(planFields.citizenship);
  const education = answer(planFields.education);
  const stay = answer(planFields.stay);
  const basis = answer(planFields.basis);
  const arrival = answer(planFields.arrival);
  const children = Array.from({ length: maxChildren }, (_, index) => answer(childField(index))).filter((year) => year !== undefined);
  const rows: Array<[string, string]> = [
    [r("fields.birthYear"), answer(planFields.birthYear) ?? r("fields.none")],
    [r("fields.arrival"), arrival ? formatMonth(arrival, lang) : r("fields.none")],
    [r("fields.stay"), stay ? p(`stay.${stay}` as "stay.long") : r("fields.none")],
    [r("fields.basis"), basis ? p(`bases.${basis}` as "bases.refugee") : r("fields.none")],
    [r("fields.citizenship"), !citizenship ? r("fields.none") : citizenship === otherCitizenship ? p("questionnaire.otherCountry") : countryName(citizenship, lang)],
    [r("fields.municipality"), isolate(municipalityName)],
    [r("fields.education"), education ? p(`education.${education}` as "education.none") : r("fields.none")],
    [r("fields.children"), children.length > 0 ? children.join(", ") : r("fields.none")],
  ];
  return (
    <dl className="contact-list">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** What was just done, said once where it happened (the redirect's `?foresporsel=`). */
function DoneNotice({ text }: { text: string }) {
  return (
    <Alert data-color="success" role="status">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}

/**
 * Min side's part: the offer to share the saved plan with the municipality (a consent tick box
 * that names what and with whom), the open request with its withdraw button, or the request used.
 */
export function PlanRequestSection({ answers, municipalityName, requests, consentError }: { answers: Record<string, string>; municipalityName: string; requests: readonly PlanRequest[]; consentError?: string }) {
  const { lang, r } = usePlanRequestTexts();
  const { search } = usePage();
  const notice = new URLSearchParams(search).get(planRequestNoticeParam);
  const open = requests.find((request) => request.usedAt === null);
  const used = requests.find((request) => request.usedAt !== null);
  if (open) {
    return (
      <section className="stack" aria-labelledby="plan-request-heading">
        <Heading level={2} data-size="md" id="plan-request-heading">
          {r("pending.heading")}
        </Heading>
        {notice === "sendt" && <DoneNotice text={r("ask.sent", { municipality: isolate(open.municipalityName) })} />}
        <Paragraph>{r("pending.text", { municipality: isolate(open.municipalityName), date: dayOf(open.consentedAt, lang) })}</Paragraph>
        <PlanAnswers answers={open.answers} municipalityName={open.municipalityName} />
        <form method="post" action={planRequestPaths.withdraw(lang, open.id)}>
          <CsrfField />
          <Button type="submit" variant="secondary" data-color="danger">
            {r("pending.withdraw")}
          </Button>
        </form>
      </section>
    );
  }
  if (used) {
    return (
      <Alert data-color="info">
        <Paragraph>{r("pending.used", { municipality: isolate(used.municipalityName), date: dayOf(used.usedAt!, lang) })}</Paragraph>
      </Alert>
    );
  }
  const municipality = isolate(municipalityName);
  return (
    <section className="stack" aria-labelledby="plan-request-heading">
      <Heading level={2} data-size="md" id="plan-request-heading">
        {r("ask.heading")}
      </Heading>
      {notice === "trukket" && <DoneNotice text={r("pending.withdrawn")} />}
      <Paragraph>{r("ask.lead", { municipality })}</Paragraph>
      <Paragraph>{r("ask.shared", { municipality })}</Paragraph>
      <PlanAnswers answers={answers} municipalityName={municipalityName} />
      <form method="post" action={planRequestPaths.ask(lang)} className="stack" noValidate>
        <CsrfField />
        <ConsentCheckbox name="samtykke" label={r("ask.consent", { municipality })} hint={r("ask.consentHint", { days: unusedRequestDays })} error={consentError} />
        <div>
          <Button type="submit" variant="secondary">
            {r("ask.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}

export function PlanRequestListPage({ requests }: { requests: readonly PlanRequest[] }) {
  const { lang, r } = usePlanRequestTexts();
  const p = planTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {r("staff.title")}
      </Heading>
      <Paragraph>{r("staff.lead")}</Paragraph>
      {requests.length === 0 ? (
        <Paragraph role="status">{r("staff.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          data-size="sm"
          caption={r("staff.caption")}
          columns={[{ label: r("staff.sentOn") }, { label: r("fields.municipality") }, { label: r("fields.birthYear") }, { label: r("fields.basis") }]}
          rows={requests.map((request) => ({
            key: request.id,
            cells: [
              <Link href={planRequestPaths.open(lang, request.id)} aria-label={r("staff.open", { date: dayOf(request.consentedAt, lang) })}>
                {dayOf(request.consentedAt, lang)}
              </Link>,
              isolate(request.municipalityName),
              request.answers[planFields.birthYear] ?? "–",
              request.answers[planFields.basis] ? p(`bases.${request.answers[planFields.basis]}` as "bases.refugee") : "–",
            ],
          }))}
        />
      )}
    </div>
  );
}

/** What the coordinator reads above the prefilled registration form: who asked, when, and the shared answers. */
export function OpenedRequestFacts({ request }: { request: OpenedPlanRequest }) {
  const { lang, r } = usePlanRequestTexts();
  return (
    <section className="stack" aria-labelledby="plan-request-facts">
      <Heading level={2} data-size="sm" id="plan-request-facts">
        {r("staff.requestHeading")}
      </Heading>
      <Paragraph>{r("staff.sharedLead", { municipality: isolate(request.municipalityName), date: dayOf(request.consentedAt, lang) })}</Paragraph>
      <dl className="contact-list">
        <dt>{r("staff.account")}</dt>
        <dd dir="auto">
          {request.accountName} ({request.accountEmail})
        </dd>
      </dl>
      <PlanAnswers answers={request.answers} municipalityName={request.municipalityName} />
      <Link href={planRequestPaths.list(lang)}>{r("staff.backToList")}</Link>
    </section>
  );
}
