import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField } from "../web/components/form-field.tsx";
import { Facts } from "../web/components/facts.tsx";
import { newcomerPaths } from "../newcomers/newcomer-paths.ts";
import { ConsentList, type Consent } from "./case-record-views.tsx";
import { ownRecordPaths } from "./cases-paths.ts";
import { AccessLogTable, actorRoleAndMunicipality, useCasesTexts } from "./cases-views.tsx";
import type { OwnLogEntry } from "./own-record.ts";

export interface OwnRecordView {
  municipalityName: string;
  consents: Consent[];
  log: { entries: OwnLogEntry[]; page: number; pages: number };
}

/** Who did it, as the participant reads it: "You", or the name with the role and the municipality it was done for. */
function Actor({ entry, municipalityName }: { entry: OwnLogEntry; municipalityName: string }) {
  const { c } = useCasesTexts();
  if (entry.actorRole === "participant") return <>{c("mine.you")}</>;
  if (entry.actorRole === "") return <span dir="auto">{entry.actorName}</span>;
  const { role, municipality } = actorRoleAndMunicipality(entry, municipalityName, c);
  return (
    <>
      <span dir="auto">{entry.actorName}</span>
      <br />
      {municipality === "–" ? role : c("mine.actor", { role, municipality })}
    </>
  );
}

function LogPages({ page, pages }: { page: number; pages: number }) {
  const { lang, c } = useCasesTexts();
  if (pages <= 1) return null;
  return (
    <nav aria-label={c("mine.pages")}>
      <ul className="plain-list record-nav">
        {page > 1 && (
          <li>
            <Link href={`${ownRecordPaths.home(lang, page - 1)}#own-log`}>{c("mine.newer")}</Link>
          </li>
        )}
        <li aria-current="page">{c("mine.page", { page: String(page), pages: String(pages) })}</li>
        {page < pages && (
          <li>
            <Link href={`${ownRecordPaths.home(lang, page + 1)}#own-log`}>{c("mine.older")}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Min side's page for a participant of the introduction programme: the code form until the record is linked, then consents, the access log and the download. */
export function OwnRecordPage({ record, notice, errors, code }: { record?: OwnRecordView; notice?: string; errors: FormErrors; code: string }) {
  const { lang, c } = useCasesTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" className="programme-title">
        {c("mine.title")}
      </Heading>
      {notice && (
        <Alert data-color="success" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {!record ? (
        <section className="stack narrow" aria-labelledby="own-connect">
          <Heading level={2} data-size="sm" id="own-connect">
            {c("mine.connectHeading")}
          </Heading>
          <Paragraph>{c("mine.connectLead")}</Paragraph>
          <FormErrorSummary errors={errors} labels={{ code: c("mine.code") }} />
          <form method="post" action={ownRecordPaths.connect(lang)} className="stack" noValidate>
            <CsrfField />
            <FormField name="code" label={c("mine.code")} hint={c("mine.codeHint")} defaultValue={code} error={errors.fields.code} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={40} dir="ltr" />
            <div>
              <Button type="submit">{c("mine.connect")}</Button>
            </div>
          </form>
        </section>
      ) : (
        <>
          <Paragraph>{c("mine.lead")}</Paragraph>
          <Facts facts={[[c("mine.municipality"), record.municipalityName]]} />
          <section className="stack" aria-labelledby="own-consents">
            <Heading level={2} data-size="sm" id="own-consents">
              {c("consents.heading")}
            </Heading>
            <Paragraph>{c("mine.consentsLead")}</Paragraph>
            {record.consents.length === 0 ? <Paragraph>{c("consents.none")}</Paragraph> : <ConsentList consents={record.consents} withdrawAction={(id) => ownRecordPaths.withdrawConsent(lang, id)} />}
          </section>
          <section className="stack" aria-labelledby="own-log">
            <Heading level={2} data-size="sm" id="own-log">
              {c("mine.logHeading")}
            </Heading>
            <Paragraph>{c("mine.logLead")}</Paragraph>
            <AccessLogTable entries={record.log.entries} who={(entry) => <Actor entry={entry} municipalityName={record.municipalityName} />} />
            <LogPages page={record.log.page} pages={record.log.pages} />
          </section>
          <section className="stack" aria-labelledby="own-data">
            <Heading level={2} data-size="sm" id="own-data">
              {c("mine.downloadHeading")}
            </Heading>
            <Paragraph>{c("mine.downloadText")}</Paragraph>
            <Link href={ownRecordPaths.data(lang)} download="velkomst-introduksjonsprogram.json">
              {c("mine.download")}
            </Link>
          </section>
        </>
      )}
      <Link href={newcomerPaths.myPage(lang)}>{c("mine.back")}</Link>
    </div>
  );
}
