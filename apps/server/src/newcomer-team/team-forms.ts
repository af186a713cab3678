import type { Language } from "@velkomst/i18n";
import { parseDateInput, type FieldError } from "@velkomst/validation";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields } from "../web/form-validation.ts";
import { isAgency } from "./agencies.ts";
import { newcomerTeamNb } from "./messages/nb.ts";
import type { ReferralStatus } from "./newcomer-team-tables.ts";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";
import type { ReferralInput } from "./referral-repository.ts";
import type { MemberInput } from "./team-repository.ts";

export type Problem = keyof typeof newcomerTeamNb.errors;
export type FormValues = Record<string, string>;
type Parsed<T> = { ok: true; input: T } | { ok: false; problems: Record<string, Problem> };

/** The form's fields, trimmed (missing or repeated fields never crash a handler). */
export function readForm(body: unknown): FormValues {
  return Object.fromEntries(Object.entries(formFields(body)).map(([k, v]) => [k, v.trim()]));
}

function text(values: FormValues, name: string, max: number, problems: Record<string, Problem>, required = true): string {
  const value = values[name] ?? "";
  if (required && value === "") problems[name] = "required";
  else if (value.length > max) problems[name] = "tooLong";
  return value;
}

/** A team: the area (`municipality:5056` or `region:froya-hitra`) among those offered, and a name. */
export function parseTeamForm(values: FormValues, areas: readonly string[]): Parsed<{ area: { kind: "municipality" | "region"; id: string }; name: string }> {
  const problems: Record<string, Problem> = {};
  const area = values.area ?? "";
  if (!areas.includes(area)) problems.area = "chooseOne";
  const name = text(values, "name", 200, problems);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const [kind, ...id] = area.split(":");
  return { ok: true, input: { area: { kind: kind === "region" ? "region" : "municipality", id: id.join(":") }, name } };
}

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const phonePattern = /^\+?[0-9 ]{4,20}$/;

export function parseMemberForm(values: FormValues): Parsed<MemberInput> {
  const problems: Record<string, Problem> = {};
  const agency = values.agency ?? "";
  if (!isAgency(agency)) problems.agency = "chooseOne";
  const name = text(values, "name", 200, problems);
  const contactName = text(values, "contactName", 200, problems);
  const contactEmail = text(values, "contactEmail", 254, problems);
  if (!problems.contactEmail && !emailPattern.test(contactEmail)) problems.contactEmail = "email";
  const contactPhone = text(values, "contactPhone", 40, problems, false);
  if (contactPhone !== "" && !problems.contactPhone && !phonePattern.test(contactPhone)) problems.contactPhone = "phone";
  const helpsWith = text(values, "helpsWith", 1000, problems, false);
  if (Object.keys(problems).length > 0 || !isAgency(agency)) return { ok: false, problems };
  return { ok: true, input: { agency, name, contactName, contactEmail, contactPhone, helpsWith } };
}

export function readReferralForm(values: FormValues): ReferralInput {
  return { memberId: values.member ?? "", purpose: values.purpose ?? "", consentId: values.consent ?? "", consentGiven: values.consent === "yes", consentGivenOn: parseDateInput(values.consentGivenOn ?? "") ?? values.consentGivenOn ?? "" };
}

export function parseStatus(values: FormValues): ReferralStatus | null {
  const status = values.status;
  return status === "sent" || status === "accepted" || status === "done" ? status : null;
}

/** Form problems in the reader's language. */
export function problemsToErrors(problems: Record<string, Problem>, lang: Language): FormErrors {
  const t = newcomerTeamTexts(lang);
  return { fields: Object.fromEntries(Object.entries(problems).map(([field, code]) => [field, t(`errors.${code}`)])) };
}

/** Refusals of the domain (InvalidInputError) by field: known codes as they are, anything else as "choose one". */
export function domainErrorsToForm(errors: readonly FieldError[], lang: Language): FormErrors {
  const known = (code: string): code is Problem => code in newcomerTeamNb.errors;
  return problemsToErrors(Object.fromEntries(errors.map((e) => [e.path, known(e.code) ? e.code : "chooseOne"])), lang);
}
