import type { ReactNode } from "react";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { CsrfField } from "../../web/components/csrf-field.tsx";
import { usePage } from "../../web/page-context.tsx";
import type { Enquiry } from "../settlement-enquiries.ts";
import type { HouseholdSummary } from "../settlement-households.ts";
import { settlementPaths } from "../settlement-paths.ts";
import { Figures, formatNumber, Ltr, PageHeading, SettlementStyles, useSettlementTexts } from "./common.tsx";
import { NeedsText } from "./household-views.tsx";

/** The form a confirmation page submits: the same action again, now with `confirmed=yes`. */
export const confirmedField = "confirmed";

/**
 * An irreversible step asked once more: what it is about, what happens next, and a button that
 * repeats the request with `confirmed=yes` next to a way back. Works without JavaScript.
 */
function Confirmation({ title, lead, summary, next, action, hidden, confirm, back }: {
  title: ReactNode;
  lead: string;
  summary: Array<[string, ReactNode]>;
  next: ReactNode;
  action: string;
  hidden: Record<string, string>;
  confirm: string;
  back: string;
}) {
  const st = useSettlementTexts();
  return (
    <div className="stack narrow settlement-confirm">
      <SettlementStyles />
      <PageHeading lead={lead}>{title}</PageHeading>
      <Figures items={summary} />
      <Alert data-color="warning">
        <Heading level={2} data-size="xs">
          {st("confirm.whatNext")}
        </Heading>
        {next}
      </Alert>
      <form method="post" action={action} className="settlement-actions">
        <CsrfField />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name={confirmedField} value="yes" />
        <Button type="submit">{confirm}</Button>
        <Link href={back}>{st("confirm.cancel")}</Link>
      </form>
    </div>
  );
}

/** "Godta" asked once more: accepting becomes IMDi's decision and settles the household. */
export function ConfirmAcceptPage({ enquiry }: { enquiry: Enquiry & { household: HouseholdSummary } }) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const { household } = enquiry;
  return (
    <Confirmation
      title={st("confirm.acceptTitle", { reference: household.reference })}
      lead={st("confirm.acceptLead")}
      summary={[
        [st("confirm.household"), <Ltr key="reference">{household.reference}</Ltr>],
        [st("confirm.size"), `${st(`householdTypes.${household.type}`)}, ${formatNumber(lang, household.persons)} ${st("dimensions.persons")}`],
        [st("confirm.needs"), <NeedsText key="needs" household={household} />],
        [st("confirm.municipality"), enquiry.municipality.name],
      ]}
      next={<Paragraph>{st("confirm.acceptNext", { municipality: enquiry.municipality.name })}</Paragraph>}
      action={settlementPaths.answer(lang, enquiry.id)}
      hidden={{ answer: "accepted" }}
      confirm={st("confirm.acceptConfirm")}
      back={settlementPaths.enquiries(lang, enquiry.year)}
    />
  );
}

export interface SendAllPreview {
  enquiries: number;
  municipalities: number;
  persons: number;
  emails: number;
  skipped: number;
}

/** "Send alle forespørsler" asked once more, with how many enquiries, municipalities, people and e-mails it means. */
export function ConfirmSendAllPage({ runId, preview }: { runId: string; preview: SendAllPreview }) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const back = settlementPaths.run(lang, runId);
  if (preview.enquiries === 0) {
    return (
      <div className="stack narrow">
        <SettlementStyles />
        <PageHeading lead={st("confirm.skippedWhy")}>{st("confirm.sendAllNone")}</PageHeading>
        <Link href={back}>{st("confirm.cancel")}</Link>
      </div>
    );
  }
  return (
    <Confirmation
      title={st("confirm.sendAllTitle")}
      lead={st("confirm.sendAllLead")}
      summary={[
        [st("confirm.enquiries"), formatNumber(lang, preview.enquiries)],
        [st("confirm.municipalities"), formatNumber(lang, preview.municipalities)],
        [st("confirm.persons"), formatNumber(lang, preview.persons)],
        [st("confirm.emails"), formatNumber(lang, preview.emails)],
        [st("confirm.skipped"), formatNumber(lang, preview.skipped)],
      ]}
      next={
        <>
          <Paragraph>{st("confirm.sendAllNext")}</Paragraph>
          {preview.skipped > 0 && <Paragraph data-size="sm">{st("confirm.skippedWhy")}</Paragraph>}
        </>
      }
      action={settlementPaths.runEnquiries(lang, runId)}
      hidden={{}}
      confirm={st("confirm.sendAllConfirm")}
      back={back}
    />
  );
}
