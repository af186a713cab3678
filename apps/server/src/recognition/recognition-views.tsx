import { Button, Heading, Link, List, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { RecognitionAnswer, RecognitionRoute, RouteKind } from "@velkomst/rules";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import { formatDate } from "../plans/plan-dates.ts";
import { countryOptions } from "./country-options.ts";
import type { OccupationMatch } from "./occupation-search.ts";
import { recognitionPaths, type NavigatorAnswers } from "./recognition-paths.ts";
import { recognitionTexts, type RecognitionTranslator } from "./recognition-texts.ts";

import { educationLevels as levels } from "./recognition-paths.ts";

const kindKeys: Record<RouteKind, `result.kind.${"authorisation" | "generalRecognition" | "vocationalRecognition" | "undocumentedEducation" | "subjectRecognition" | "noneNeeded"}`> = {
  authorisation: "result.kind.authorisation",
  "general-recognition": "result.kind.generalRecognition",
  "vocational-recognition": "result.kind.vocationalRecognition",
  "undocumented-education": "result.kind.undocumentedEducation",
  "subject-recognition": "result.kind.subjectRecognition",
  "none-needed": "result.kind.noneNeeded",
};

const englishReaders: ReadonlySet<string> = new Set(["en", "nb", "nn"]);

function fieldLabels(r: RecognitionTranslator): Record<string, string> {
  return { q: r("form.occupation"), country: r("form.educationCountry"), citizenship: r("form.citizenship"), level: r("form.level"), documents: r("form.documents") };
}

/** The questions: a plain GET form (no script), so the answers live in the address and nothing is stored. */
export function NavigatorForm({ answers, errors }: { answers: NavigatorAnswers; errors: FormErrors }) {
  const { lang } = usePage();
  const r = recognitionTexts(lang);
  const countries = countryOptions(lang);
  return (
    <form method="get" action={recognitionPaths.navigator(lang)} className="stack" noValidate>
      <FormErrorSummary errors={errors} labels={fieldLabels(r)} />
      <FormField name="q" id="field-q" label={r("form.occupation")} hint={r("form.occupationHint")} defaultValue={answers.q ?? ""} maxLength={80} autoComplete="off" {...(errors.fields.q ? { error: errors.fields.q } : {})} />
      <SelectField
        name="country"
        label={r("form.educationCountry")}
        defaultValue={answers.country ?? ""}
        options={[{ value: "", label: r("form.chooseCountry") }, ...countries]}
        {...(errors.fields.country ? { error: errors.fields.country } : {})}
      />
      <SelectField name="citizenship" label={r("form.citizenship")} hint={r("form.citizenshipHint")} defaultValue={answers.citizenship ?? ""} options={[{ value: "", label: r("form.notSaid") }, ...countries]} />
      <SelectField
        name="level"
        label={r("form.level")}
        defaultValue={answers.level ?? ""}
        options={[{ value: "", label: r("form.levelUnknown") }, ...levels.map((level) => ({ value: level, label: r(`form.levels.${level}`) }))]}
      />
      <SelectField
        name="documents"
        label={r("form.documents")}
        defaultValue={answers.documents ?? "yes"}
        options={[
          { value: "yes", label: r("form.documentsYes") },
          { value: "no", label: r("form.documentsNo") },
        ]}
      />
      <div>
        <Button type="submit">{r("form.submit")}</Button>
      </div>
    </form>
  );
}

function References({ references, heading }: { references: RecognitionRoute["references"]; heading: string }) {
  return (
    <>
      <Heading level={4} data-size="2xs">
        {heading}
      </Heading>
      <ul>
        {references.map((reference) => (
          <li key={`${reference.href} ${reference.title}`}>
            {/* Norwegian titles in every language; "auto" keeps one whole inside an Arabic page. */}
            <Link href={reference.href} lang="nb" dir="auto">
              {reference.title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function Route({ route, index }: { route: RecognitionRoute; index: number }) {
  const { lang } = usePage();
  const r = recognitionTexts(lang);
  const headingId = `route-${index}`;
  return (
    <section className="stack recognition-route" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {r(kindKeys[route.kind])}
      </Heading>
      {route.body && (
        <Paragraph>
          {r("result.decides")}
          <Link href={route.body.url} dir="auto">
            {route.body.name}
          </Link>
        </Paragraph>
      )}
      <Paragraph>{route.why}</Paragraph>
      {!route.verified && (
        <div>
          <Tag data-color="warning" data-size="sm">
            {r("result.unverified")}
          </Tag>
        </div>
      )}
      {/* The data records what was not checked in English; readers of English and Norwegian get it as it is. */}
      {route.unverifiedNotes && englishReaders.has(lang) && (
        <Paragraph data-size="sm" lang="en">
          {route.unverifiedNotes.join(" ")}
        </Paragraph>
      )}
      <Heading level={4} data-size="2xs">
        {r("result.steps")}
      </Heading>
      <ol>
        {route.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {route.processingDays !== undefined && <Paragraph data-size="sm">{r("result.processing", { days: route.processingDays })}</Paragraph>}
      <References references={route.references} heading={r("result.legalBasis")} />
      <References references={route.sources} heading={r("result.sources")} />
      <Paragraph data-size="sm">{r("result.lastReviewed", { date: formatDate(route.lastReviewed, lang) })}</Paragraph>
    </section>
  );
}

/** The person's path: the occupation, the routes in the order to consider them, and what to do meanwhile. */
export function NavigatorAnswer({ answer, otherMatches, answers }: { answer: RecognitionAnswer; otherMatches: readonly OccupationMatch[]; answers: NavigatorAnswers }) {
  const { lang } = usePage();
  const r = recognitionTexts(lang);
  return (
    <section className="stack" aria-labelledby="recognition-answer">
      <Heading level={2} data-size="md" id="recognition-answer">
        {r("result.heading", { occupation: answer.occupation.title })}
      </Heading>
      <div>
        <Tag data-color={answer.regulated ? "info" : "success"} data-size="sm">
          {answer.regulated ? r("result.regulated") : r("result.notRegulated")}
        </Tag>
      </div>
      <Paragraph data-size="sm">{r("result.styrk", { code: answer.occupation.styrk08 })}</Paragraph>
      {otherMatches.length > 0 && (
        <div>
          <Paragraph data-size="sm">{r("result.otherMatches")}</Paragraph>
          <OccupationLinks matches={otherMatches} answers={answers} />
        </div>
      )}
      <Heading level={2} data-size="sm">
        {r("result.routes")}
      </Heading>
      {/* Sections rather than a list: each route is long, and a list's indent would narrow it on a phone. */}
      <div className="stack">
        {answer.routes.map((route, index) => (
          <Route key={route.kind} route={route} index={index} />
        ))}
      </div>
      <Heading level={2} data-size="sm">
        {r("result.meanwhile")}
      </Heading>
      <List.Unordered>
        {answer.meanwhile.map((text) => (
          <List.Item key={text}>{text}</List.Item>
        ))}
      </List.Unordered>
      <Paragraph>
        <Link href="#field-q">{r("result.askAgain")}</Link>
      </Paragraph>
    </section>
  );
}

/** Occupations as links that keep the other answers. */
function OccupationLinks({ matches, answers }: { matches: readonly OccupationMatch[]; answers: NavigatorAnswers }) {
  const { lang } = usePage();
  return (
    <List.Unordered>
      {matches.map((match) => (
        <List.Item key={match.occupation.id}>
          <Link href={recognitionPaths.navigator(lang, { ...answers, occupation: match.occupation.id })}>{match.occupation.names[lang]}</Link>
        </List.Item>
      ))}
    </List.Unordered>
  );
}

/** A title that could mean several occupations: each is a link that keeps the other answers. */
export function OccupationChoice({ matches, answers }: { matches: readonly OccupationMatch[]; answers: NavigatorAnswers }) {
  const { lang } = usePage();
  const r = recognitionTexts(lang);
  return (
    <section className="stack" aria-labelledby="recognition-choose">
      <Heading level={2} data-size="sm" id="recognition-choose">
        {r("result.choose")}
      </Heading>
      <OccupationLinks matches={matches} answers={answers} />
    </section>
  );
}

/** The navigator page: the questions first (prefilled), then the answer or the choice of occupation below them. */
export function NavigatorPage({ answers, errors, answer, matches = [] }: { answers: NavigatorAnswers; errors: FormErrors; answer?: RecognitionAnswer; matches?: readonly OccupationMatch[] }) {
  const { lang } = usePage();
  const r = recognitionTexts(lang);
  return (
    <div className="stack narrow">
      <header className="stack">
        <Heading level={1} data-size="lg">
          {r("page.heading")}
        </Heading>
        <Paragraph>{r("page.lead")}</Paragraph>
        <Paragraph data-size="sm">{r("page.privacy")}</Paragraph>
      </header>
      <NavigatorForm answers={answers} errors={errors} />
      {answer ? <NavigatorAnswer answer={answer} otherMatches={matches} answers={answers} /> : matches.length > 0 && <OccupationChoice matches={matches} answers={answers} />}
    </div>
  );
}
