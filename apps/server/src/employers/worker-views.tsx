import { Button, Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { ConsentCheckbox } from "../newcomers/consent-checkbox.tsx";
import { newcomerPaths } from "../newcomers/newcomer-paths.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { Notice } from "../web/components/notice.tsx";
import { isolated } from "../web/bidi.ts";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import { employersPaths } from "./employers-paths.ts";
import type { WorkerNotice } from "./employers-repository.ts";
import { employersTexts } from "./employers-texts.ts";
import type { Appointment } from "./outreach-days.ts";
import { IdCheckPanel, type FreeSlot } from "./outreach-views.tsx";
import type { WorkerProgress } from "./worker-consents.ts";
import { formatDay } from "./worker-mail.ts";
import { toOslo } from "../events/oslo-time.ts";

function useTexts() {
  const { lang } = usePage();
  return { lang, e: employersTexts(lang) };
}


export interface IdCheckState {
  appointment?: Appointment;
  slots: readonly FreeSlot[];
  error?: string;
}

/** Whether the reader can link the notice: signed out, signed in as a newcomer, or already linked. */
export type AccountState = { kind: "signed-out"; returnTo: string } | { kind: "can-link" } | { kind: "linked" } | { kind: "other-account" };

/** The worker's own page, opened by the link in their welcome mail or letter. */
export function WorkerPage({ token, notice, planPath, idCheck, account, message }: { token: string; notice: WorkerNotice; planPath: string; idCheck: IdCheckState; account: AccountState; message?: string }) {
  const { lang, e } = useTexts();
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {e("letter.title", { municipality: notice.municipalityName })}
      </Heading>
      <Notice text={message} />
      <Paragraph>{e("letter.greeting", { name: isolated(notice.name, lang) })}</Paragraph>
      <Paragraph>{e("workerPage.lead", { employer: isolated(notice.employerName, lang), municipality: notice.municipalityName })}</Paragraph>
      <section className="stack" aria-labelledby="worker-plan-heading">
        <Heading level={2} data-size="sm" id="worker-plan-heading">
          {e("workerPage.planHeading")}
        </Heading>
        <Paragraph>{e("letter.planIntro")}</Paragraph>
        <Paragraph>
          <Link href={planPath}>{e("letter.planLink")}</Link>
        </Paragraph>
      </section>
      <section className="stack" aria-labelledby="worker-id-check-heading">
        <Heading level={2} data-size="sm" id="worker-id-check-heading">
          {e("workerPage.idCheckHeading")}
        </Heading>
        <Paragraph>{e("workerPage.idCheckLead")}</Paragraph>
        <IdCheckPanel {...idCheck} bookAction={employersPaths.workerBook(lang, token)} cancelAction={employersPaths.workerCancel(lang, token)} calendarHref={employersPaths.workerCalendar(lang, token)} />
      </section>
      <section className="stack" aria-labelledby="worker-account-heading">
        <Heading level={2} data-size="sm" id="worker-account-heading">
          {e("workerPage.accountHeading")}
        </Heading>
        <AccountPanel token={token} employerName={notice.employerName} account={account} />
      </section>
    </div>
  );
}

function AccountPanel({ token, employerName, account }: { token: string; employerName: string; account: AccountState }) {
  const { lang, e } = useTexts();
  switch (account.kind) {
    case "linked":
      return (
        <Paragraph>
          {e("workerPage.linked")} <Link href={employersPaths.myWork(lang)}>{e("myWork.title")}</Link>
        </Paragraph>
      );
    case "other-account":
      return <Paragraph>{e("workerPage.otherAccount")}</Paragraph>;
    case "signed-out":
      return (
        <>
          <Paragraph>{e("workerPage.accountSignedOut")}</Paragraph>
          <ul>
            <li>
              <Link href={`${paths.signIn(lang)}?tilbake=${encodeURIComponent(account.returnTo)}`}>{e("workerPage.signIn")}</Link>
            </li>
            <li>
              <Link href={newcomerPaths.register(lang)}>{e("workerPage.createAccount")}</Link>
            </li>
          </ul>
        </>
      );
    case "can-link":
      return (
        <form method="post" action={employersPaths.workerLinkAccount(lang, token)} className="stack">
          <CsrfField />
          <Paragraph>{e("workerPage.linkText")}</Paragraph>
          <ConsentCheckbox name="samtykke" label={e("workerPage.consentLabel", { employer: isolated(employerName, lang) })} hint={e("workerPage.consentHint")} />
          <div>
            <Button type="submit">{e("workerPage.link")}</Button>
          </div>
        </form>
      );
  }
}

export interface MyWorkItem {
  notice: WorkerNotice;
  idCheck: IdCheckState;
  consentedAt?: Date;
}

/** "Min side" for a worker: each linked notice with its ID check and the consent, given or withdrawn here. */
export function MyWorkPage({ items, message }: { items: readonly MyWorkItem[]; message?: string }) {
  const { lang, e } = useTexts();
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {e("myWork.title")}
      </Heading>
      <Notice text={message} />
      <Paragraph>{items.length === 0 ? e("myWork.none") : e("myWork.lead")}</Paragraph>
      {items.map(({ notice, idCheck, consentedAt }) => (
        <Card key={notice.id} data-color="neutral" className="stack">
          <Heading level={2} data-size="sm">
            {isolated(`${notice.employerName}, ${notice.municipalityName}`, lang)}
          </Heading>
          <Paragraph>{e("myWork.startDate", { date: formatDay(notice.startDate, lang) })}</Paragraph>
          <Heading level={3} data-size="xs">
            {e("workerPage.idCheckHeading")}
          </Heading>
          <IdCheckPanel {...idCheck} bookAction={employersPaths.myWorkBook(lang, notice.id)} cancelAction={employersPaths.myWorkCancel(lang, notice.id)} calendarHref={employersPaths.myWorkCalendar(lang, notice.id)} />
          <Heading level={3} data-size="xs">
            {e("home.progress")}
          </Heading>
          <Paragraph>{consentedAt ? e("myWork.sharing", { employer: isolated(notice.employerName, lang), date: formatDay(toOslo(consentedAt).date, lang) }) : e("myWork.notSharing", { employer: isolated(notice.employerName, lang) })}</Paragraph>
          <form method="post" action={employersPaths.myWorkConsent(lang, notice.id)}>
            <CsrfField />
            <input type="hidden" name="samtykke" value={consentedAt ? "nei" : "ja"} />
            <Button type="submit" variant="secondary">
              {consentedAt ? e("myWork.withdraw") : e("myWork.give")}
            </Button>
          </form>
        </Card>
      ))}
    </div>
  );
}

/** The way from "Min side" to the worker's notices. */
export function MyWorkLink() {
  const { lang, e } = useTexts();
  return <Link href={employersPaths.myWork(lang)}>{e("myWork.link")}</Link>;
}

/** The employer's column: the steps a consenting worker has done; nothing of anyone else. */
export function ProgressCell({ progress }: { progress?: WorkerProgress }) {
  const { e } = useTexts();
  if (!progress) return <>{e("home.notShared")}</>;
  return (
    <details>
      <summary>{e("home.progressCount", { done: progress.done.length, total: progress.total })}</summary>
      <ul>
        {progress.done.map((step) => (
          <li key={step.id}>{step.title}</li>
        ))}
      </ul>
    </details>
  );
}
