import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, TextareaField } from "../web/components/form-field.tsx";
import { casesPaths } from "./cases-paths.ts";
import { formatDate, formatDateTime } from "./cases-format.ts";
import { useCasesTexts } from "./cases-views.tsx";
import type { HealthNote } from "./health-notes.ts";

export interface HealthNotesView {
  count: number;
  /** The notes, when the adviser asked to see them with a reason. */
  revealed?: HealthNote[];
  errors: FormErrors;
  values: { healthReason?: string; note?: string };
}

/** Health notes on the record: only their number until the adviser gives a reason; a form to write one. */
export function HealthNotesSection({ participantId, health }: { participantId: string; health: HealthNotesView }) {
  const { lang, c } = useCasesTexts();
  return (
    <>
      <FormErrorSummary errors={health.errors} labels={{ healthReason: c("health.revealReason"), note: c("health.note") }} />
      {health.revealed ? (
        <ul className="plain-list stack" aria-label={c("health.caption")}>
          {health.revealed.map((note, index) => (
            <li key={index}>
              <Paragraph data-size="sm">{c("health.written", { date: formatDateTime(note.writtenAt, lang) })}</Paragraph>
              <Paragraph dir="auto">
                {note.note}
              </Paragraph>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{health.count === 0 ? c("health.none") : c("health.count", { count: String(health.count) })}</Paragraph>
      )}
      {health.count > 0 && !health.revealed && (
        <form method="post" action={casesPaths.revealHealthNotes(lang, participantId)} className="stack" noValidate>
          <CsrfField />
          <FormField name="healthReason" label={c("health.revealReason")} hint={c("health.revealNotice")} defaultValue={health.values.healthReason ?? ""} error={health.errors.fields.healthReason} maxLength={500} autoComplete="off" dir="auto" />
          <div>
            <Button type="submit" variant="secondary">
              {c("health.revealSubmit")}
            </Button>
          </div>
        </form>
      )}
      <form method="post" action={casesPaths.writeHealthNote(lang, participantId)} className="stack" noValidate>
        <CsrfField />
        <TextareaField name="note" label={c("health.note")} hint={c("health.noteHint")} defaultValue={health.values.note ?? ""} error={health.errors.fields.note} maxLength={2000} rows={3} dir="auto" />
        <div>
          <Button type="submit" variant="secondary">
            {c("health.submit")}
          </Button>
        </div>
      </form>
    </>
  );
}

export interface SelfServiceView {
  linked: boolean;
  pendingUntil: Date | null;
  /** A code just made: shown this once, never stored in clear. */
  newCode?: { code: string; expiresAt: Date };
}

/** Whether the participant sees their record on Min side, and the button that makes them a one-time code. */
export function SelfServiceSection({ participantId, selfService }: { participantId: string; selfService: SelfServiceView }) {
  const { lang, c } = useCasesTexts();
  const day = (date: Date) => formatDate(date.toISOString().slice(0, 10), lang);
  return (
    <>
      <Paragraph>{selfService.linked ? c("selfService.linked") : c("selfService.notLinked")}</Paragraph>
      {selfService.newCode ? (
        <Alert data-color="info" role="status">
          <Heading level={3} data-size="2xs">
            {c("selfService.codeHeading")}
          </Heading>
          <Paragraph data-size="lg">
            <strong dir="ltr" translate="no">
              {selfService.newCode.code}
            </strong>
          </Paragraph>
          <Paragraph>{c("selfService.codeLead", { date: day(selfService.newCode.expiresAt) })}</Paragraph>
        </Alert>
      ) : (
        selfService.pendingUntil && <Paragraph>{c("selfService.pending", { date: day(selfService.pendingUntil) })}</Paragraph>
      )}
      <form method="post" action={casesPaths.invite(lang, participantId)}>
        <CsrfField />
        <Button type="submit" variant="secondary">
          {c("selfService.create")}
        </Button>
      </form>
      {selfService.pendingUntil && !selfService.newCode && <Paragraph data-size="sm">{c("selfService.replaceNote")}</Paragraph>}
    </>
  );
}
