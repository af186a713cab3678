import { citizenshipGroup } from "../profile/citizenship.ts";
import { todayInNorway } from "../dates/today.ts";
import type { Language } from "../locales/languages.ts";
import { authorityOn, recognitionData, type AuthorityPeriod, type Occupation, type RecognitionData } from "./recognition-data.ts";
import type { RecognitionEducationLevel } from "./recognition-data-schema.ts";
import type { RecognitionAnswer, RecognitionQuestion, RecognitionRoute, RouteKind } from "./recognition-schema.ts";
import { fillRecognitionText, recognitionLocales, resolveLanguage } from "./recognition-texts.ts";
import { findOccupation } from "./validate-question.ts";
import type { RecognitionMessages } from "./locales/nb.ts";

export interface EvaluateRecognitionOptions {
  today?: string;
  data?: RecognitionData;
}

const eeaDirective = { title: "Direktiv 2005/36/EF om godkjenning av yrkeskvalifikasjoner (EØS-avtalen vedlegg VII)", href: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32005L0036" };
const professionalQualificationsAct = { title: "Yrkeskvalifikasjonsloven (godkjenning av yrkeskvalifikasjoner fra EØS og Sveits)", href: "https://lovdata.no/dokument/NL/lov/2015-06-19-69" };
const higherLevels: ReadonlySet<RecognitionEducationLevel> = new Set(["bachelor", "master", "doctorate"]);

type EducationFrom = RecognitionAnswer["educationFrom"];

/** Where the education counts as from: Norway, an EEA state (EU/EEA/EFTA and the Nordic states) or a third country, on the date. */
function educationFrom(country: string, date: string): EducationFrom {
  if (country === "NO") return "norway";
  return citizenshipGroup(country, date) === "third-country" ? "third-country" : "eea";
}

interface RouteContext {
  asOf: string;
  data: RecognitionData;
  language: Language;
  texts: RecognitionMessages;
  occupation: Occupation;
  occupationTitle: string;
}

/** Bodies are shown by their Norwegian name, with the English name in other languages (people meet the Norwegian one). */
function bodyName(context: RouteContext, bodyId: string): string {
  const body = context.data.bodies.get(bodyId)!;
  return context.language === "nb" || context.language === "nn" || body.name.en === body.name.nb ? body.name.nb : `${body.name.nb} – ${body.name.en}`;
}

/** Each link once, in the order first given (a group, its task and its body often cite the same page). */
function distinct<T extends { title: string; href: string }>(references: readonly T[]): T[] {
  const seen = new Set<string>();
  return references.filter((reference) => {
    const key = `${reference.href}\0${reference.title}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Days a body is counted as still taking over a task whose start date is only assumed: after that the date no longer matters. */
const assumedStartMargin = 365;

/** A period whose only unverified fact is its assumed start, asked about long after it: the answer does not depend on that date. */
function startAssumedLongAgo(period: AuthorityPeriod, asOf: string): boolean {
  if (!period.startAssumed) return false;
  const start = Date.parse(`${period.from}T00:00:00Z`);
  return Date.parse(`${asOf}T00:00:00Z`) - start > assumedStartMargin * 86_400_000;
}

function oldest(...dates: string[]): string {
  return dates.reduce((a, b) => (a < b ? a : b));
}

/** One route from a task's period: body, law, sources, review date, and whether every fact was verified. */
function routeFrom(
  context: RouteContext,
  kind: RouteKind,
  period: AuthorityPeriod,
  why: string,
  steps: string[],
  extra: { references?: readonly { title: string; href: string }[]; sources?: readonly { title: string; href: string }[]; occupationFacts?: boolean } = {},
): RecognitionRoute {
  const { data, language, texts, occupation } = context;
  const body = data.bodies.get(period.body)!;
  const name = bodyName(context, body.id);
  const references = distinct([...(extra.references ?? []), ...period.reference]);
  const unverified = [
    ...(extra.occupationFacts && occupation.unverified ? [occupation.unverified] : []),
    ...(period.verified === false && period.note && !startAssumedLongAgo(period, context.asOf) ? [period.note] : []),
    ...(body.verified === false && body.note ? [body.note] : []),
  ];
  const fullWhy = unverified.length === 0 ? why : `${why} ${fillRecognitionText(language, texts.why.unverified, { body: name })}`;
  return {
    kind,
    body: { id: body.id, name, url: body.url },
    legalBasis: references.map((reference) => reference.title),
    references,
    sources: distinct([...(extra.sources ?? []), period.source, body.source]),
    steps: [fillRecognitionText(language, texts.steps.applyTo, { body: name, url: body.url }), ...steps],
    why: fullWhy,
    verified: unverified.length === 0,
    ...(unverified.length > 0 ? { unverifiedNotes: unverified } : {}),
    ...(body.processingDays !== undefined ? { processingDays: body.processingDays } : {}),
    lastReviewed: oldest(period.lastReviewed, body.lastReviewed, ...(extra.occupationFacts ? [occupation.lastReviewed] : [])),
  };
}

function authorisationWhy(texts: RecognitionMessages, from: EducationFrom, occupation: Occupation, eeaCitizen: boolean): string {
  if (from === "norway") return texts.why.authorisationDomestic;
  if (from === "eea" && !eeaCitizen) return texts.why.authorisationEeaEducationThirdCountryCitizen;
  if (from === "eea") return occupation.harmonised ? texts.why.authorisationEeaHarmonised : texts.why.authorisationEea;
  return texts.why.authorisationThirdCountry;
}

/** Extra requirements for health personnel educated outside the EEA (Helsedirektoratet's tilleggskrav). */
function healthThirdCountrySteps(texts: RecognitionMessages, occupation: Occupation): string[] {
  const steps = [texts.steps.healthNorwegian, texts.steps.healthNationalSubjects];
  if (["doctor", "dentist", "nurse", "pharmacist", "dispensing-pharmacist"].includes(occupation.id)) steps.push(texts.steps.healthMedicines);
  if (["doctor", "dentist", "nurse"].includes(occupation.id)) steps.push(texts.steps.healthProfessionalTest);
  return steps;
}

/**
 * The contract's answer: the routes in the order the person should consider them, each with body,
 * law, steps, why and review date, and what they can do meanwhile. Pure: the same question and data
 * give the same answer. The question must have passed `validateRecognitionQuestion`.
 */
export function evaluateRecognition(question: RecognitionQuestion, options: EvaluateRecognitionOptions = {}): RecognitionAnswer {
  const data = options.data ?? recognitionData();
  const asOf = question.asOf ?? options.today ?? todayInNorway();
  const language = resolveLanguage(question.language);
  const texts = recognitionLocales[language];
  const occupation = findOccupation(data, question.occupation);
  if (!occupation) throw new Error(`unknown occupation ${question.occupation}: validate the question first`);
  const occupationTitle = occupation.names[language];
  const context: RouteContext = { asOf, data, language, texts, occupation, occupationTitle };
  const from = educationFrom(question.educationCountry, asOf);
  const eeaCitizen = question.citizenship === undefined || question.citizenship === "NO" || citizenshipGroup(question.citizenship, asOf) !== "third-country";
  const level = question.educationLevel ?? occupation.level;
  const higher = higherLevels.has(level);
  const hasDocuments = question.hasDocuments ?? true;
  const fill = (text: string, body?: string) => fillRecognitionText(language, text, { occupation: occupationTitle, ...(body ? { body } : {}) });
  const period = (task: string) => {
    const found = authorityOn(data, task, asOf);
    if (!found) throw new Error(`no body for ${task} on ${asOf}: validate the question first`);
    return found;
  };
  const routes: RecognitionRoute[] = [];

  if (occupation.authority) {
    const authority = period(occupation.authority);
    const name = bodyName(context, authority.body);
    const directive = from === "eea" && eeaCitizen;
    const references = [...occupation.legalBasis, ...(directive ? [eeaDirective, professionalQualificationsAct] : []), ...(from === "third-country" ? occupation.nonEeaLegalBasis : [])];
    const steps = [
      ...(from === "norway" ? [] : [texts.steps.documents]),
      ...(from === "third-country" && occupation.group === "health" ? healthThirdCountrySteps(texts, occupation) : []),
      ...(occupation.group === "electrical" && from !== "norway" ? [texts.steps.electricalPractice] : []),
      ...(hasDocuments ? [] : [fillRecognitionText(language, texts.steps.missingDocuments, { body: name })]),
    ];
    const processing = data.bodies.get(authority.body)?.processingDays;
    if (processing !== undefined) steps.push(fillRecognitionText(language, texts.steps.processing, { body: name, days: processing }));
    routes.push(
      routeFrom(context, "authorisation", authority, fill(authorisationWhy(texts, from, occupation, eeaCitizen), name), steps, {
        references,
        sources: [occupation.source],
        occupationFacts: true,
      }),
    );
  } else {
    routes.push({
      kind: "none-needed",
      legalBasis: occupation.legalBasis.map((reference) => reference.title),
      references: [...occupation.legalBasis],
      sources: [occupation.source],
      steps: [texts.steps.noneNeededApply],
      why: occupation.unverified
        ? `${fill(texts.why.noneNeeded)} ${fillRecognitionText(language, texts.why.unverified, { body: bodyName(context, period("general-recognition").body) })}`
        : fill(texts.why.noneNeeded),
      verified: occupation.unverified === undefined,
      ...(occupation.unverified ? { unverifiedNotes: [occupation.unverified] } : {}),
      lastReviewed: occupation.lastReviewed,
    });
  }

  if (from !== "norway" && higher) {
    const general = period("general-recognition");
    const name = bodyName(context, general.body);
    if (hasDocuments) {
      const why = occupation.authority ? texts.why.generalRecognitionRegulated : texts.why.generalRecognition;
      routes.push(routeFrom(context, "general-recognition", general, fill(why, name), [texts.steps.documents]));
    } else {
      routes.push(routeFrom(context, "undocumented-education", general, fill(texts.why.undocumentedEducation, name), [fill(texts.steps.undocumentedApply, name)]));
    }
  }
  // The vocational scheme began in 2016: before it there is no such route.
  const vocational = authorityOn(data, "vocational-recognition", asOf);
  if (from !== "norway" && level === "vocational" && vocational) {
    const name = bodyName(context, vocational.body);
    const why = hasDocuments ? texts.why.vocationalRecognition : texts.why.vocationalUndocumented;
    routes.push(routeFrom(context, "vocational-recognition", vocational, fill(why, name), hasDocuments ? [fill(texts.steps.vocationalCheck, name), texts.steps.documents] : []));
  }
  if (from !== "norway" && higher) {
    routes.push(routeFrom(context, "subject-recognition", period("subject-recognition"), fill(texts.why.subjectRecognition), [texts.steps.subjectApply]));
  }

  const meanwhile = [
    ...(occupation.authority ? (occupation.meanwhile ?? []).map((key) => texts.meanwhile[key]) : [texts.meanwhile.applyNow]),
    texts.meanwhile.norwegian,
    texts.meanwhile.careerGuidance,
  ];
  return {
    rulesVersion: data.version,
    asOf,
    language,
    occupation: { id: occupation.id, styrk08: occupation.styrk08, title: occupationTitle },
    regulated: occupation.authority !== undefined,
    educationFrom: from,
    routes,
    meanwhile,
  };
}
