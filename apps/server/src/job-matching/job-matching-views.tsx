import type { ReactNode } from "react";
import { intlLocale } from "@velkomst/i18n";
import { Alert, Button, Card, Fieldset, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { OccupationMatch } from "../recognition/occupation-search.ts";
import { languageName } from "../events/event-format.ts";
import { eventsPaths } from "../events/events-paths.ts";
import { formatDate } from "../plans/plan-dates.ts";
import { norwegianDate } from "../platform/clock.ts";
import { CheckboxGroup, RadioGroup } from "../mentoring/profile-fields.tsx";
import { cefrLevels } from "../skills-profile/skills-profile.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { Facts } from "../web/components/facts.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField } from "../web/components/form-field.tsx";
import { DateField } from "../web/components/date-time-fields.tsx";
import { LinkCard } from "../web/components/link-card.tsx";
import { Notice } from "../web/components/notice.tsx";
import { usePage } from "../web/page-context.tsx";
import type { Employer } from "../employers/employers-repository.ts";
import type { Fair } from "./job-fair-stands.tsx";
import type { CandidateMatch, ContactRequest, Opening, OwnMatchingProfile, PseudonymousCandidate } from "./job-matching-repository.ts";
import { jobMatchingPaths } from "./job-matching-paths.ts";
import { jobMatchingTexts } from "./job-matching-texts.ts";
import { MatchExplanation, OpeningRequirements } from "./match-explanation.tsx";
import type { Match } from "./match-score.ts";
import { norwegianSkills } from "./match-facts.ts";
import { licenceClasses, norwegianFields } from "./opening-form.ts";
import { occupationName } from "./occupation-names.ts";

function useTexts() {
  const { lang } = usePage();
  return { lang, t: jobMatchingTexts(lang) };
}

function OpeningLine({ opening }: { opening: Opening }) {
  const { lang, t } = useTexts();
  return <Paragraph data-size="sm">{t("openings.line", { occupation: occupationName(opening.occupationCode, lang), municipality: opening.municipalityName, hours: opening.hoursPerWeek, date: formatDate(opening.startsOn, lang) })}</Paragraph>;
}

/** The employer's openings, and the job fairs they may take a stand at. */
export function OpeningsPage({ openings, fairs, notice }: { openings: readonly Opening[]; fairs: readonly Fair[]; notice?: string }) {
  const { lang, t } = useTexts();
  const open = openings.filter((o) => o.status === "open");
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("openings.title")}
      </Heading>
      <Notice text={notice} />
      <Paragraph>{t("openings.lead")}</Paragraph>
      <div>
        <Button asChild>
          <a href={jobMatchingPaths.newOpening(lang)}>{t("openings.new")}</a>
        </Button>
      </div>
      {openings.length === 0 ? (
        <Paragraph>{t("openings.none")}</Paragraph>
      ) : (
        <ul className="plain-list stack">
          {openings.map((opening) => (
            <li key={opening.id}>
              <Card className="stack">
                <Heading level={2} data-size="xs">
                  <Link href={jobMatchingPaths.opening(lang, opening.id)}>{opening.title}</Link>
                </Heading>
                <OpeningLine opening={opening} />
                <div>
                  <Tag data-color={opening.status === "open" ? "success" : "neutral"}>{t(`openings.status.${opening.status}`)}</Tag>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <section className="stack" aria-labelledby="fairs-heading">
        <Heading level={2} data-size="md" id="fairs-heading">
          {t("fair.fairs")}
        </Heading>
        <Paragraph>{t("fair.fairsLead")}</Paragraph>
        {fairs.length === 0 ? (
          <Paragraph>{t("fair.noFairs")}</Paragraph>
        ) : (
          fairs.map((fair) => (
            <Card key={fair.event.id} className="stack">
              <Heading level={3} data-size="xs">
                <Link href={eventsPaths.event(lang, fair.municipalityNumber, fair.event.id)}>{fair.title}</Link>
              </Heading>
              <Paragraph data-size="sm">{t("fair.fairLine", { date: formatDate(norwegianDate(fair.event.startsAt), lang), place: fair.event.meetingPlace?.name ?? fair.event.placeName ?? fair.event.address ?? "" })}</Paragraph>
              {fair.standOpeningIds && <Paragraph>{t("fair.hasStand")}</Paragraph>}
              <form method="post" action={jobMatchingPaths.fairStand(lang, fair.event.id)} className="stack">
                <CsrfField />
                {open.length > 0 && (
                  <CheckboxGroup name="stillinger" legend={t("fair.openingsAtStand")} checked={fair.standOpeningIds ?? []} choices={open.map((o) => ({ value: o.id, label: o.title }))} />
                )}
                <div className="button-row">
                  <Button type="submit" name="handling" value="lagre" variant="secondary">
                    {t("fair.saveStand")}
                  </Button>
                  {fair.standOpeningIds && (
                    <Button type="submit" name="handling" value="trekk" variant="tertiary">
                      {t("fair.withdraw")}
                    </Button>
                  )}
                </div>
              </form>
            </Card>
          ))
        )}
      </section>
    </div>
  );
}

export interface OpeningFormValues {
  [field: string]: string;
}

/** New or changed opening. The occupation is typed in any language and found in the recognition data. */
export function OpeningFormPage({ employer, values, errors, choices, action, editing }: { employer: Employer; values: OpeningFormValues; errors: FormErrors; choices: readonly OccupationMatch[]; action: string; editing: boolean }) {
  const { lang, t } = useTexts();
  const levels = [{ value: "", label: t("form.notNeeded") }, ...cefrLevels.map((l) => ({ value: l, label: l }))];
  const labels: Record<string, string> = {
    tittel: t("form.title"),
    yrke: t("form.occupation"),
    kommune: t("form.municipality"),
    timer: t("form.hours"),
    start: t("form.startsOn"),
    sprak: t("form.otherLanguage"),
    sprakniva: t("form.otherLevel"),
    forerkort: t("form.licence"),
    sertifikat: t("form.certificate"),
    ...Object.fromEntries(norwegianSkills.map((s) => [norwegianFields[s], `${t("form.norwegian")} (${t(`skill.${s}`)})`])),
  };
  const v = (name: string) => values[name] ?? "";
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {editing ? t("form.editTitle") : t("form.newTitle")}
      </Heading>
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="post" action={action} className="stack" noValidate>
        <CsrfField />
        <FormField name="tittel" label={labels.tittel!} hint={t("form.titleHint")} defaultValue={v("tittel")} error={errors.fields.tittel} required maxLength={200} />
        <FormField name="yrke" label={labels.yrke!} hint={t("form.occupationHint")} defaultValue={v("yrke")} error={choices.length > 0 ? undefined : errors.fields.yrke} required autoComplete="off" />
        {choices.length > 0 && (
          <RadioGroup
            name="yrkesvalg"
            legend={t("form.occupationChoice")}
            value={v("yrkesvalg")}
            error={errors.fields.yrke}
            choices={choices.map((c) => ({ value: c.occupation.id, label: `${c.occupation.names[lang]} (STYRK ${c.occupation.styrk08})` }))}
          />
        )}
        <SelectField
          name="kommune"
          label={labels.kommune!}
          defaultValue={v("kommune")}
          error={errors.fields.kommune}
          options={employer.workplaces.map((w) => ({ value: w.municipalityNumber, label: w.municipalityName }))}
        />
        <FormField name="timer" label={labels.timer!} inputMode="numeric" defaultValue={v("timer")} error={errors.fields.timer} required />
        <DateField name="start" label={labels.start!} hint={t("form.startsOnHint")} defaultValue={v("start")} error={errors.fields.start} required />
        <Fieldset className="stack">
          <Fieldset.Legend>{t("form.norwegian")}</Fieldset.Legend>
          <Fieldset.Description>{t("form.norwegianHint")}</Fieldset.Description>
          {norwegianSkills.map((skill) => (
            <SelectField key={skill} name={norwegianFields[skill]} label={t(`skill.${skill}`)} defaultValue={v(norwegianFields[skill])} error={errors.fields[norwegianFields[skill]]} options={levels} />
          ))}
        </Fieldset>
        <FormField name="sprak" label={labels.sprak!} hint={t("form.otherLanguageHint")} defaultValue={v("sprak")} error={errors.fields.sprak} maxLength={2} dir="ltr" />
        <SelectField name="sprakniva" label={labels.sprakniva!} defaultValue={v("sprakniva")} error={errors.fields.sprakniva} options={levels} />
        <SelectField
          name="forerkort"
          label={labels.forerkort!}
          defaultValue={v("forerkort")}
          error={errors.fields.forerkort}
          options={[{ value: "", label: t("form.noLicence") }, ...licenceClasses.map((c) => ({ value: c, label: c }))]}
        />
        <FormField name="sertifikat" label={labels.sertifikat!} hint={t("form.certificateHint")} defaultValue={v("sertifikat")} error={errors.fields.sertifikat} maxLength={200} />
        <div>
          <Button type="submit">{t("form.save")}</Button>
        </div>
      </form>
    </div>
  );
}

function CandidateFacts({ candidate }: { candidate: PseudonymousCandidate }) {
  const { lang, t } = useTexts();
  const notGiven = t("candidate.notGiven");
  const level = (value: string | null | undefined) => value ?? t("noLevel");
  const list = (items: readonly string[]) => (items.length === 0 ? notGiven : items.join(", "));
  return (
    <Facts
      facts={[
        [t("candidate.experience"), list(candidate.experience.map((e) => t("candidate.years", { occupation: occupationName(e.occupationCode, lang), years: e.years })))],
        [t("candidate.wishedOccupations"), list(candidate.wishedOccupations.map((code) => occupationName(code, lang)))],
        [t("candidate.education"), list(candidate.education.map((e) => t("candidate.educationLine", { level: t(`educationLevel.${e.level}`), recognition: t(`reason.${e.recognition}`) })))],
        [t("candidate.languages"), list(candidate.languages.map((l) => `${languageName(lang, l.code)} ${l.level === "native" ? t("native") : l.level}`))],
        [
          t("candidate.norwegian"),
          candidate.norwegian
            ? t("candidate.norwegianLine", { listening: level(candidate.norwegian.listening), reading: level(candidate.norwegian.reading), writing: level(candidate.norwegian.writing), speaking: level(candidate.norwegian.speaking) })
            : notGiven,
        ],
        [t("candidate.licences"), list(candidate.drivingLicences)],
        [t("candidate.wishedPlaces"), list(candidate.wishedMunicipalities.map((m) => m.name))],
        [t("candidate.wishedHours"), candidate.hoursPerWeek === null ? notGiven : t("candidate.hoursValue", { hours: new Intl.NumberFormat(intlLocale(lang)).format(candidate.hoursPerWeek) })],
      ]}
    />
  );
}

/** The opening, its actions and its best candidates with the explanation of each. */
export function OpeningPage({ opening, matches, notice }: { opening: Opening; matches: readonly CandidateMatch[]; notice?: string }) {
  const { lang, t } = useTexts();
  return (
    <div className="stack">
      <Link href={jobMatchingPaths.openings(lang)}>{t("openings.title")}</Link>
      <Heading level={1} data-size="lg">
        {opening.title}
      </Heading>
      <Notice text={notice} />
      <OpeningLine opening={opening} />
      <div>
        <Tag data-color={opening.status === "open" ? "success" : "neutral"}>{t(`openings.status.${opening.status}`)}</Tag>
      </div>
      {opening.authorisationRequired && <Paragraph>{t("form.authorisation", { occupation: occupationName(opening.occupationCode, lang) })}</Paragraph>}
      <div className="button-row">
        <Button asChild variant="secondary">
          <a href={jobMatchingPaths.editOpening(lang, opening.id)}>{t("form.edit")}</a>
        </Button>
        <form method="post" action={jobMatchingPaths.openingStatus(lang, opening.id)}>
          <CsrfField />
          <input type="hidden" name="status" value={opening.status === "open" ? "closed" : "open"} />
          <Button type="submit" variant="tertiary">
            {opening.status === "open" ? t("form.close") : t("form.reopen")}
          </Button>
        </form>
      </div>
      <section className="stack" aria-labelledby="matches-heading">
        <Heading level={2} data-size="md" id="matches-heading">
          {t("matches.title")}
        </Heading>
        <Paragraph>{t("matches.lead")}</Paragraph>
        <OpeningRequirements opening={opening} />
        {matches.length === 0 ? (
          <Paragraph>{t("matches.none")}</Paragraph>
        ) : (
          <ol className="plain-list stack">
            {matches.map(({ candidate, match, request, contact }) => (
              <li key={candidate.profileId}>
                <Card className="stack">
                  <Heading level={3} data-size="xs">
                    <Link href={jobMatchingPaths.candidate(lang, opening.id, candidate.profileId)}>
                      {contact ? contact.name : t("candidate.title", { pseudonym: candidate.pseudonym })}
                    </Link>
                  </Heading>
                  {request && <RequestState request={request} />}
                  <MatchExplanation match={match} headingId={`match-${candidate.profileId}`} />
                </Card>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function RequestState({ request }: { request: CandidateMatch["request"] }) {
  const { t } = useTexts();
  if (request === "pending") return <Tag data-color="warning">{t("candidate.pending")}</Tag>;
  if (request === "declined") return <Tag data-color="neutral">{t("candidate.declined")}</Tag>;
  return null;
}

/** One candidate for one opening: pseudonymous until they accept this employer's request. */
export function CandidatePage({ opening, found }: { opening: Opening; found: CandidateMatch }) {
  const { lang, t } = useTexts();
  const { candidate, match, request, contact } = found;
  return (
    <div className="stack">
      <Link href={jobMatchingPaths.opening(lang, opening.id)}>{t("candidate.back")}</Link>
      <Heading level={1} data-size="lg">
        {t("candidate.title", { pseudonym: candidate.pseudonym })}
      </Heading>
      <Paragraph data-size="sm">{opening.title}</Paragraph>
      {contact ? (
        <section className="stack" aria-labelledby="contact-heading">
          <Heading level={2} data-size="sm" id="contact-heading">
            {t("candidate.contact")}
          </Heading>
          <Facts
            facts={[
              [t("candidate.name"), contact.name],
              ...(contact.email ? [[t("candidate.email"), <Link href={`mailto:${contact.email}`} dir="ltr">{contact.email}</Link>] as [string, ReactNode]] : []),
              ...(contact.phone ? [[t("candidate.phone"), <Link href={`tel:${contact.phone.replace(/\s/g, "")}`} dir="ltr">{contact.phone}</Link>] as [string, ReactNode]] : []),
            ]}
          />
        </section>
      ) : (
        <Alert data-color="info">
          <Paragraph>{t("candidate.pseudonymous")}</Paragraph>
        </Alert>
      )}
      <section className="stack" aria-labelledby="why-heading">
        <Heading level={2} data-size="sm" id="why-heading">
          {t("candidate.why")}
        </Heading>
        <MatchExplanation match={match} headingId="match-total" />
      </section>
      <section className="stack" aria-labelledby="skills-heading">
        <Heading level={2} data-size="sm" id="skills-heading">
          {t("candidate.skills")}
        </Heading>
        <CandidateFacts candidate={candidate} />
      </section>
      {request === null && opening.status === "open" && (
        <form method="post" action={jobMatchingPaths.contactRequest(lang, opening.id, candidate.profileId)}>
          <CsrfField />
          <Button type="submit">{t("candidate.request")}</Button>
        </form>
      )}
      {request && <RequestState request={request} />}
    </div>
  );
}

/** The candidate's own page on Min side: the opt-in, employers' requests, and openings that fit. */
export function MyJobsPage({ profile, requests, openings, notice }: { profile?: OwnMatchingProfile; requests: readonly ContactRequest[]; openings: ReadonlyArray<{ opening: Opening; match: Match }>; notice?: string }) {
  const { lang, t } = useTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("mine.title")}
      </Heading>
      <Notice text={notice} />
      {!profile ? (
        <Paragraph>{t("mine.noProfile")}</Paragraph>
      ) : (
        <>
          <section className="stack" aria-labelledby="opt-in-heading">
            <Heading level={2} data-size="md" id="opt-in-heading">
              {t("mine.optInTitle")}
            </Heading>
            <Paragraph>{t("mine.optInText")}</Paragraph>
            <Paragraph>
              <strong>{profile.optedInAt ? t("mine.optedIn") : t("mine.optedOut")}</strong>
            </Paragraph>
            <form method="post" action={jobMatchingPaths.optIn(lang)}>
              <CsrfField />
              <input type="hidden" name="valg" value={profile.optedInAt ? "ut" : "inn"} />
              <Button type="submit" variant={profile.optedInAt ? "secondary" : "primary"}>
                {profile.optedInAt ? t("mine.optOut") : t("mine.optIn")}
              </Button>
            </form>
          </section>
          <section className="stack" aria-labelledby="requests-heading">
            <Heading level={2} data-size="md" id="requests-heading">
              {t("mine.requests")}
            </Heading>
            {requests.length === 0 ? (
              <Paragraph>{t("mine.noRequests")}</Paragraph>
            ) : (
              <ul className="plain-list stack">
                {requests.map((request) => (
                  <li key={request.id}>
                    <Card className="stack">
                      <Paragraph>{t("mine.requestLine", { employer: request.employerName, title: request.opening.title, municipality: request.opening.municipalityName })}</Paragraph>
                      {request.status === "pending" ? (
                        <form method="post" action={jobMatchingPaths.answer(lang, request.id)} className="button-row">
                          <CsrfField />
                          <Button type="submit" name="svar" value="ja">
                            {t("mine.accept")}
                          </Button>
                          <Button type="submit" name="svar" value="nei" variant="secondary">
                            {t("mine.decline")}
                          </Button>
                        </form>
                      ) : (
                        <Paragraph>
                          <strong>{request.status === "accepted" ? t("mine.accepted") : t("mine.declined")}</strong>
                        </Paragraph>
                      )}
                    </Card>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="stack" aria-labelledby="openings-heading">
            <Heading level={2} data-size="md" id="openings-heading">
              {t("mine.openings")}
            </Heading>
            {openings.length === 0 ? (
              <Paragraph>{t("mine.noOpenings")}</Paragraph>
            ) : (
              <ol className="plain-list stack">
                {openings.map(({ opening, match }) => (
                  <li key={opening.id}>
                    <Card className="stack">
                      <Heading level={3} data-size="xs">
                        {opening.title}
                      </Heading>
                      <Paragraph data-size="sm">
                        {t("mine.openingLine", { employer: opening.employerName, municipality: opening.municipalityName, hours: opening.hoursPerWeek, date: formatDate(opening.startsOn, lang) })}
                      </Paragraph>
                      <MatchExplanation match={match} headingId={`opening-${opening.id}`} />
                    </Card>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** The link from Min side to the candidate's job matching page. */
export function MyJobsLink() {
  const { lang, t } = useTexts();
  return <LinkCard href={jobMatchingPaths.mine(lang)} title={t("myPageLink.title")} text={t("myPageLink.text")} headingLevel={3} />;
}

/** The staff start page's card for employers. */
export function OpeningsTaskCard() {
  const { lang, t } = useTexts();
  return <LinkCard href={jobMatchingPaths.openings(lang)} title={t("staffCard.title")} text={t("staffCard.text")} headingLevel={3} />;
}
