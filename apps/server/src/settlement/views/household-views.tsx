import { Alert, Button, Field, Heading, Label, Paragraph, Table, Tag, Textarea } from "@digdir/designsystemet-react";
import { CsrfField } from "../../web/components/csrf-field.tsx";
import { usePage } from "../../web/page-context.tsx";
import type { Enquiry } from "../settlement-enquiries.ts";
import type { HistoryEntry, HouseholdDetails, HouseholdSummary, Member } from "../settlement-households.ts";
import { settlementPaths } from "../settlement-paths.ts";
import type { FormState } from "./cycle-views.tsx";
import { formatDate, formatDateTime, formatNumber, Notice, PageHeading, Problem, ScrollRegion, SectionNav, SettlementStyles, useSettlementTexts, Ltr } from "./common.tsx";

type Names = ReadonlyMap<string, string>;

const correctedFields = ["reference", "protection", "readyOn", "needsHealthServices", "needsWheelchairHome", "members", "ties"] as const;
const isCorrectedField = (field: string): field is (typeof correctedFields)[number] => (correctedFields as readonly string[]).includes(field);

export function NeedsText({ household }: { household: HouseholdSummary }) {
  const st = useSettlementTexts();
  const needs = [
    household.needsHealthServices && st("needs.healthServices"),
    household.needsWheelchairHome && st("needs.wheelchairHome"),
    household.unaccompaniedMinors > 0 && st("needs.unaccompanied"),
  ].filter(Boolean);
  return <>{needs.length > 0 ? needs.join(", ") : st("needs.none")}</>;
}

export function EnquiriesPage({ year, enquiries, national, form }: { year: number; enquiries: Enquiry[]; national: boolean; form: FormState }) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const open = enquiries.filter((e) => !e.answer);
  const answered = enquiries.filter((e) => e.answer);
  const errors = form.errors ?? {};
  const failed = form.values?.enquiry;
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav year={year} current="enquiries" national={national} />
      <PageHeading lead={st("enquiries.lead")}>{st("enquiries.title", { year: String(year) })}</PageHeading>
      <Notice text={form.notice} />
      <Problem text={form.problem} />
      <section className="stack" aria-labelledby="open">
        <Heading level={2} data-size="sm" id="open">
          {st("enquiries.openTitle")}
        </Heading>
        {open.length === 0 ? (
          <Paragraph>{st("enquiries.none")}</Paragraph>
        ) : (
          <ul className="settlement-cards">
            {open.map((e) => {
              const headingId = `enquiry-${e.id}`;
              return (
                <li key={e.id} aria-labelledby={headingId}>
                  <Heading level={3} data-size="xs" id={headingId}>
                    <a href={settlementPaths.household(lang, e.household.id)}><Ltr>{e.household.reference}</Ltr></a>
                    {` → ${e.municipality.name}`}
                  </Heading>
                  <Paragraph data-size="sm">
                    {st("enquiries.sentAt", { at: formatDateTime(lang, e.sentAt) })}
                    {e.overridden ? ` · ${st("enquiries.overridden")}` : ""}
                  </Paragraph>
                  {!("accessEnded" in e.household) && (
                    <Paragraph>
                      {st(`householdTypes.${e.household.type}`)}, {formatNumber(lang, e.household.persons)} {st("dimensions.persons")}. {st("enquiries.needs")}: <NeedsText household={e.household} />
                    </Paragraph>
                  )}
                  <div className="settlement-actions">
                    <form method="post" action={settlementPaths.answer(lang, e.id)}>
                      <CsrfField />
                      <input type="hidden" name="answer" value="accepted" />
                      <Button type="submit" aria-label={`${st("enquiries.accept")}: ${e.household.reference}`}>
                        {st("enquiries.accept")}
                      </Button>
                    </form>
                    <form method="post" action={settlementPaths.answer(lang, e.id)} noValidate>
                      <CsrfField />
                      <input type="hidden" name="answer" value="refused" />
                      <Field>
                        <Label htmlFor={`reason-${e.id}`}>{st("enquiries.refuseReason")}</Label>
                        <Textarea
                          id={`reason-${e.id}`}
                          name="reason"
                          rows={2}
                          aria-invalid={failed === e.id && errors.reason ? true : undefined}
                          aria-describedby={failed === e.id && errors.reason ? `reason-${e.id}-error` : undefined}
                        />
                        {failed === e.id && errors.reason && (
                          <p className="ds-validation-message" id={`reason-${e.id}-error`}>
                            {errors.reason}
                          </p>
                        )}
                      </Field>
                      <div>
                        <Button type="submit" variant="secondary" aria-label={`${st("enquiries.refuse")}: ${e.household.reference}`}>
                          {st("enquiries.refuse")}
                        </Button>
                      </div>
                    </form>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {answered.length > 0 && (
        <section className="stack" aria-labelledby="answered">
          <Heading level={2} data-size="sm" id="answered">
            {st("enquiries.answeredTitle")}
          </Heading>
          <ScrollRegion label={st("enquiries.answeredTitle")}>
            <Table data-size="sm">
              <caption className="ds-sr-only">{st("enquiries.answeredTitle")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{st("enquiries.household")}</Table.HeaderCell>
                  <Table.HeaderCell>{st("enquiries.municipality")}</Table.HeaderCell>
                  <Table.HeaderCell>{st("run.state")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {answered.map((e) => (
                  <Table.Row key={e.id}>
                    <Table.Cell data-label={st("enquiries.household")}>
                      {"accessEnded" in e.household ? (
                        <Ltr>{e.household.reference}</Ltr>
                      ) : (
                        <a href={settlementPaths.household(lang, e.household.id)}><Ltr>{e.household.reference}</Ltr></a>
                      )}
                    </Table.Cell>
                    <Table.Cell data-label={st("enquiries.municipality")}>{e.municipality.name}</Table.Cell>
                    <Table.Cell data-label={st("run.state")}>
                      {e.answer!.answer === "accepted"
                        ? st("enquiries.answerAccepted", { at: formatDateTime(lang, e.answer!.at) })
                        : st("enquiries.answerRefused", { at: formatDateTime(lang, e.answer!.at), reason: e.answer!.reason ?? "" })}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        </section>
      )}
    </div>
  );
}

const statusColour = { ready: "info", waiting: "neutral", enquired: "warning", settled: "success" } as const;

export function HouseholdsPage({ households, national, year }: { households: HouseholdSummary[]; national: boolean; year: number | undefined }) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav year={year} current="households" national={national} />
      <PageHeading lead={national ? st("households.leadNational") : st("households.leadMunicipality")}>{st("households.title")}</PageHeading>
      {national && (
        <Paragraph>
          <a href={settlementPaths.newHousehold(lang)}>{st("households.register")}</a>
        </Paragraph>
      )}
      {households.length === 0 ? (
        <Paragraph>{st("households.none")}</Paragraph>
      ) : (
        <ScrollRegion label={st("households.title")}>
          <Table data-size="sm">
            <caption className="ds-sr-only">{st("households.title")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{st("households.reference")}</Table.HeaderCell>
                <Table.HeaderCell>{st("households.type")}</Table.HeaderCell>
                <Table.HeaderCell className="settlement-number">{st("households.persons")}</Table.HeaderCell>
                <Table.HeaderCell>{st("households.readyOn")}</Table.HeaderCell>
                <Table.HeaderCell>{st("households.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {households.map((h) => (
                <Table.Row key={h.id}>
                  <Table.Cell data-label={st("households.reference")}>
                    <a href={settlementPaths.household(lang, h.id)}><Ltr>{h.reference}</Ltr></a>
                  </Table.Cell>
                  <Table.Cell data-label={st("households.type")}>{st(`householdTypes.${h.type}`)}</Table.Cell>
                  <Table.Cell data-label={st("households.persons")} className="settlement-number">
                    {formatNumber(lang, h.persons)}
                  </Table.Cell>
                  <Table.Cell data-label={st("households.readyOn")}>
                    {formatDate(lang, h.readyOn)} ({st("households.days", { days: h.waitDays })})
                  </Table.Cell>
                  <Table.Cell data-label={st("households.status")}>
                    <Tag data-color={statusColour[h.status]} data-size="sm">
                      {st(`householdStatus.${h.status}`)}
                    </Tag>
                    {h.municipality ? ` ${h.municipality.name}` : ""}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
    </div>
  );
}

function yesNo(st: ReturnType<typeof useSettlementTexts>, value: boolean | null): string {
  return value === null ? st("household.unknown") : value ? st("household.yes") : st("household.no");
}

function MemberCard({ member }: { member: Member }) {
  const st = useSettlementTexts();
  const { lang } = usePage();
  // Free text and language names are recorded in Norwegian: marked so, for screen readers.
  const recordedInNorwegian = new Set([st("household.languages"), st("household.otherSkills")]);
  const rows: Array<[string, string]> = [
    [st("household.age"), st("household.ageValue", { age: member.age, year: String(member.birthYear) })],
    [st("household.relation"), st(`relation.${member.relation}`)],
    [st("household.languages"), member.languages.join(", ") || st("household.unknown")],
  ];
  if (member.mapping) {
    rows.push(
      [st("household.mapping"), st(`mappingKind.${member.mapping}`)],
      [st("household.norwegian"), member.norwegianLevel ? st(`level.${member.norwegianLevel}`) : st("household.unknown")],
      [st("household.english"), member.englishLevel ? st(`level.${member.englishLevel}`) : st("household.unknown")],
      [st("household.digital"), member.digitalSkills ? st(`level.${member.digitalSkills}`) : st("household.unknown")],
      [st("household.education"), member.education ? st(`education.${member.education}`) : st("household.unknown")],
      [
        st("household.work"),
        member.workSector ? st("household.workValue", { sector: st(`sector.${member.workSector}`), years: member.workYears ?? 0 }) : st("household.unknown"),
      ],
      [st("household.otherSkills"), member.otherSkills ?? st("household.unknown")],
    );
    if (member.mapping === "simplified") {
      rows.push([st("household.drivingLicence"), yesNo(st, member.drivingLicence)], [st("household.car"), yesNo(st, member.hasCar)]);
    }
  } else if (member.age >= 18 && member.age <= 55) {
    rows.push([st("household.mapping"), st("household.notMapped")]);
  }
  return (
    <li>
      <Heading level={3} data-size="xs">
        {member.name}
      </Heading>
      <dl className="settlement-details">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd lang={lang !== "nb" && recordedInNorwegian.has(term) ? "nb" : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

function historyText(entry: HistoryEntry, st: ReturnType<typeof useSettlementTexts>, name: (n: string) => string): string {
  switch (entry.kind) {
    case "registered":
      return st("household.history.registered");
    case "corrected":
      return st("household.history.corrected", { fields: entry.fields.map((f) => (isCorrectedField(f) ? st(`correctedFields.${f}`) : f)).join(", ") });
    case "proposed":
      return entry.municipality ? st("household.history.proposed", { municipality: name(entry.municipality) }) : st("household.history.proposedNone");
    case "overridden":
      return st("household.history.overridden", { municipality: name(entry.municipality), reason: entry.reason });
    case "enquired":
      return st("household.history.enquired", { municipality: name(entry.municipality) });
    case "accepted":
      return st("household.history.accepted", { municipality: name(entry.municipality) });
    case "refused":
      return st("household.history.refused", { municipality: name(entry.municipality), reason: entry.reason ?? "" });
    case "settled":
      return st("household.history.settled", { municipality: name(entry.municipality) });
  }
}

export function HouseholdPage({ household, national, names, year, notice }: { household: HouseholdDetails; national: boolean; names: Names; year: number | undefined; notice?: string }) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const name = (n: string) => names.get(n) ?? n;
  const needs = [household.needsHealthServices && st("needs.healthServices"), household.needsWheelchairHome && st("needs.wheelchairHome"), household.unaccompaniedMinors > 0 && st("needs.unaccompanied")].filter(
    (x): x is string => typeof x === "string",
  );
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav year={year} current="households" national={national} />
      <PageHeading>{st("household.title", { reference: household.reference })}</PageHeading>
      <Notice text={notice} />
      {national && (household.status === "ready" || household.status === "waiting") && (
        <Paragraph>
          <a href={settlementPaths.editHousehold(lang, household.id)}>{st("household.edit")}</a>
        </Paragraph>
      )}
      <Alert data-color="info">
        <Paragraph>{st("household.auditNotice")}</Paragraph>
      </Alert>
      <dl className="settlement-details">
        <div>
          <dt>{st("household.protection")}</dt>
          <dd>{st(`protection.${household.protection}`)}</dd>
        </div>
        <div>
          <dt>{st("households.type")}</dt>
          <dd>{st(`householdTypes.${household.type}`)}</dd>
        </div>
        <div>
          <dt>{st("household.readyOn")}</dt>
          <dd>{formatDate(lang, household.readyOn)}</dd>
        </div>
        <div>
          <dt>{st("household.waited")}</dt>
          <dd>{st("households.days", { days: household.waitDays })}</dd>
        </div>
        <div>
          <dt>{st("households.status")}</dt>
          <dd>
            {st(`householdStatus.${household.status}`)}
            {household.municipality ? `: ${household.municipality.name}` : ""}
          </dd>
        </div>
      </dl>
      <section className="stack" aria-labelledby="needs">
        <Heading level={2} data-size="sm" id="needs">
          {st("household.needsTitle")}
        </Heading>
        {needs.length > 0 ? (
          <ul>
            {needs.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
        ) : (
          <Paragraph>{st("household.noNeeds")}</Paragraph>
        )}
      </section>
      <section className="stack" aria-labelledby="members">
        <Heading level={2} data-size="sm" id="members">
          {st("household.membersTitle")}
        </Heading>
        <ul className="settlement-cards">
          {household.members.map((member) => (
            <MemberCard key={member.id} member={member} />
          ))}
        </ul>
      </section>
      <section className="stack" aria-labelledby="ties">
        <Heading level={2} data-size="sm" id="ties">
          {st("household.tiesTitle")}
        </Heading>
        {household.ties.length === 0 ? (
          <Paragraph>{st("household.noTies")}</Paragraph>
        ) : (
          <ul>
            {household.ties.map((tie) => (
              <li key={tie.municipality}>{st("household.tie", { kind: st(`tieKind.${tie.kind}`), municipality: tie.municipalityName })}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="stack" aria-labelledby="history">
        <Heading level={2} data-size="sm" id="history">
          {st("household.historyTitle")}
        </Heading>
        <ol>
          {household.history.map((entry, index) => (
            <li key={index}>
              {formatDateTime(lang, entry.at)}: {historyText(entry, st, name)}
              {"by" in entry && entry.by ? (
                <>
                  {" ("}
                  <bdi>{entry.by}</bdi>)
                </>
              ) : (
                ""
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
