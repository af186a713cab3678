import type { ReactNode } from "react";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Plan } from "@velkomst/rules";
import { deadlineOf, formatDate } from "../plans/plan-dates.ts";
import { answersQuery, planPaths } from "../plans/plan-paths.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField } from "../web/components/form-field.tsx";
import { ConsentCheckbox } from "./consent-checkbox.tsx";
import { OwnRecordLink } from "../cases/own-record-link.tsx";
import { MyWorkLink } from "../employers/worker-views.tsx";
import { MyJobsLink } from "../job-matching/job-matching-views.tsx";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import { newcomerPaths } from "./newcomer-paths.ts";
import { newcomerTexts } from "./newcomer-texts.ts";
import type { SavedPlan } from "./saved-plans.ts";
import { skillsProfilePaths } from "../skills-profile/skills-profile-paths.ts";
import { skillsProfileTexts } from "../skills-profile/skills-profile-texts.ts";

const nextStepsShown = 3;

export function RegisterPage({ email, errors, message }: { email: string; errors: FormErrors; message?: { text: string; color: "success" | "danger" } }) {
  const { lang } = usePage();
  const n = newcomerTexts(lang);
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {n("register.title")}
      </Heading>
      <Paragraph>{n("register.lead")}</Paragraph>
      {message && (
        <Alert data-color={message.color} role="status">
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
      <FormErrorSummary errors={errors} labels={{ email: n("register.email") }} />
      <form method="post" action={newcomerPaths.register(lang)} className="stack" noValidate>
        <CsrfField />
        <FormField name="email" type="email" autoComplete="email" label={n("register.email")} hint={n("register.emailHint")} defaultValue={email} error={errors.fields.email} required />
        <div>
          <Button type="submit">{n("register.submit")}</Button>
        </div>
      </form>
    </div>
  );
}

function PlanSummary({ plan, saved }: { plan: Plan; saved: SavedPlan }) {
  const { lang } = usePage();
  const n = newcomerTexts(lang);
  const done = plan.steps.filter((step) => saved.done.has(step.id)).length;
  const next = plan.steps.filter((step) => !saved.done.has(step.id)).slice(0, nextStepsShown);
  return (
    <section className="stack" aria-labelledby="my-plan-heading">
      <Heading level={2} data-size="md" id="my-plan-heading">
        {n("myPage.planTitle")}
      </Heading>
      <Paragraph>{n("myPage.progress", { done, total: plan.steps.length })}</Paragraph>
      <progress max={plan.steps.length} value={done} aria-label={n("myPage.progress", { done, total: plan.steps.length })} />
      <Paragraph data-size="sm">{n("myPage.savedOn", { date: formatDate(saved.updatedAt.toISOString().slice(0, 10), lang) })}</Paragraph>
      {next.length === 0 ? (
        <Paragraph>{n("myPage.allDone")}</Paragraph>
      ) : (
        <>
          <Heading level={3} data-size="xs">
            {n("myPage.nextSteps")}
          </Heading>
          <ul>
            {next.map((step) => (
              <li key={step.id}>
                {step.title}
                {deadlineOf(step, lang) && (
                  <>
                    {" – "}
                    {n("myPage.deadline", { date: deadlineOf(step, lang)! })}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {/* The next step is what the reader came for: the one strong button on the page. */}
      <div>
        <Button asChild>
          <a href={`${planPaths.result(lang)}${answersQuery(saved.answers)}${next[0] ? `#step-${next[0].id}` : ""}`}>{n("myPage.openPlan")}</a>
        </Button>
      </div>
    </section>
  );
}

export function MyPage({ plan, saved, notice, errors, planRequest }: { plan?: Plan; saved?: SavedPlan; notice?: string; errors: FormErrors; planRequest?: ReactNode }) {
  const { lang, t } = usePage();
  const n = newcomerTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {n("myPage.title")}
      </Heading>
      {notice && (
        <Alert data-color="success" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <FormErrorSummary errors={errors} labels={{ bekreft: n("myPage.deleteAccountTitle") }} />
      {plan && saved ? (
        <>
          <PlanSummary plan={plan} saved={saved} />
          {planRequest}
        </>
      ) : (
        <section className="stack" aria-labelledby="no-plan-heading">
          <Heading level={2} data-size="md" id="no-plan-heading">
            {n("myPage.noPlanTitle")}
          </Heading>
          <Paragraph>{n("myPage.noPlanText")}</Paragraph>
          <Link href={planPaths.questionnaire(lang)}>{n("myPage.makePlan")}</Link>
        </section>
      )}
      <section className="stack" aria-labelledby="my-work-heading">
        <Heading level={2} data-size="md" id="my-work-heading">
          {n("myPage.workTitle")}
        </Heading>
        <Link href={skillsProfilePaths.own(lang).form}>{skillsProfileTexts(lang)("page.myPageLink")}</Link>
        <MyWorkLink />
        <MyJobsLink />
      </section>
      <section className="stack" aria-labelledby="my-data-heading">
        <Heading level={2} data-size="md" id="my-data-heading">
          {n("myPage.yourData")}
        </Heading>
        <Paragraph>{n("myPage.yourDataText")}</Paragraph>
        <Link href={newcomerPaths.myData(lang)} download="velkomst-mine-data.json">
          {n("myPage.download")}
        </Link>
        <Link href={paths.ownSessions(lang)}>{t("sessions.linkText")}</Link>
        <OwnRecordLink />
        {saved && (
          <form method="post" action={newcomerPaths.deletePlan(lang)}>
            <CsrfField />
            <Button type="submit" variant="tertiary">
              {n("myPage.deletePlan")}
            </Button>
          </form>
        )}
      </section>
      <section className="stack" aria-labelledby="delete-account-heading">
        <Heading level={2} data-size="md" id="delete-account-heading">
          {n("myPage.deleteAccountTitle")}
        </Heading>
        <Paragraph>{n("myPage.deleteAccountText")}</Paragraph>
        <form method="post" action={newcomerPaths.deleteAccount(lang)} className="stack">
          <CsrfField />
          <ConsentCheckbox name="bekreft" label={n("myPage.deleteAccountConfirm")} error={errors.fields.bekreft} />
          <div>
            <Button type="submit" variant="secondary" data-color="danger">
              {n("myPage.deleteAccount")}
            </Button>
          </div>
        </form>
      </section>
    </div>
  );
}
