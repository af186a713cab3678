import type { Kysely } from "kysely";
import { recognitionData } from "@velkomst/rules";
import type { FieldError } from "@velkomst/validation";
import { intlLocale, type Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";
import { formatDate } from "../plans/plan-dates.ts";
import type { SkillsProfile } from "./skills-profile.ts";
import { drivingLicenceClasses } from "./skills-profile-schema.ts";
import { skillsProfileTexts } from "./skills-profile-texts.ts";

/** One item of a CV section: a heading line (a job, a degree) and the lines under it. */
export interface CvEntry {
  heading?: string;
  lines: string[];
}
export interface CvSection {
  id: "personal" | "experience" | "education" | "languages" | "digitalAndOther" | "licence" | "certificates";
  heading: string;
  entries: CvEntry[];
}
export interface CvDocument {
  lang: Language;
  title: string;
  subject: string;
  name: string;
  sections: CvSection[];
  generated: string;
}

/** The CV's languages: bokmål and English for employers, and the person's own for their own copy. */
export function cvLanguages(profile: Pick<SkillsProfile, "language">): Language[] {
  return [...new Set<Language>(["nb", "en", profile.language])];
}

/** An occupation's name in the CV's language when the recognition data knows its code, else the title as typed. */
function occupationName(code: string, typed: string, lang: Language): string {
  return recognitionData().byStyrk.get(code)?.names[lang] ?? typed;
}

/**
 * The CV's content in the Europass CV's order (personal information, work experience, education
 * and training, language skills with mother tongues first and CEFR levels, digital and other
 * skills, driving licence, certificates); empty sections are left out. Newest job and education first.
 */
export function cvContent(profile: SkillsProfile, lang: Language, context: { municipalityNames: ReadonlyMap<string, string>; today: string }): CvDocument {
  const c = skillsProfileTexts(lang);
  const countries = new Intl.DisplayNames([intlLocale(lang)], { type: "region" });
  const languages = new Intl.DisplayNames([intlLocale(lang)], { type: "language" });
  const languageName = (code: string) => {
    const name = languages.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(intlLocale(lang)) + name.slice(1);
  };
  const sections: CvSection[] = [];
  const add = (id: CvSection["id"], heading: string, entries: CvEntry[]) => {
    if (entries.length > 0 && entries.some((entry) => entry.heading || entry.lines.length > 0)) sections.push({ id, heading, entries });
  };

  const municipality = profile.municipalityNumber ? context.municipalityNames.get(profile.municipalityNumber) : undefined;
  add("personal", c("cv.personal"), [
    {
      lines: [
        ...(profile.email ? [c("cv.email", { email: profile.email })] : []),
        ...(profile.phone ? [c("cv.phone", { phone: profile.phone })] : []),
        ...(municipality ? [c("cv.lives", { municipality })] : []),
      ],
    },
  ]);

  const jobs = [...profile.experience].sort((a, b) => (b.toYear ?? 9999) - (a.toYear ?? 9999) || b.fromYear - a.fromYear);
  add(
    "experience",
    c("cv.experience"),
    jobs.map((job) => ({
      heading: occupationName(job.occupationCode, job.title, lang),
      lines: [
        c("cv.period", { from: String(job.fromYear), to: job.toYear === null ? c("cv.now") : String(job.toYear) }),
        [job.employer, countries.of(job.country)].filter(Boolean).join(", "),
        c("cv.occupationCode", { code: job.occupationCode }),
      ],
    })),
  );

  const education = [...profile.education].sort((a, b) => (b.completedYear ?? 0) - (a.completedYear ?? 0));
  add(
    "education",
    c("cv.education"),
    education.map((item) => ({
      heading: `${c(`educationLevels.${item.level}`)} – ${item.field}`,
      lines: [
        [countries.of(item.country), item.completedYear ? c("cv.completed", { year: String(item.completedYear) }) : undefined].filter(Boolean).join(", "),
        ...(item.recognition === "unknown" ? [] : [c("cv.recognised", { status: c(`recognition.${item.recognition}`) })]),
      ],
    })),
  );

  const native = profile.languages.filter((language) => language.level === "native");
  const others = profile.languages.filter((language) => language.level !== "native" && language.code !== "no" && language.code !== "nb");
  const level = (value: string | null) => value ?? c("cv.levelNotAssessed");
  const norwegian = profile.norwegian;
  const languageEntries: CvEntry[] = [];
  if (native.length > 0) languageEntries.push({ heading: c("cv.motherTongue"), lines: [native.map((language) => languageName(language.code)).join(", ")] });
  const otherLines = [
    ...(norwegian
      ? [
          `${languageName("no")}: ${c("cv.norwegianSkills", { listening: level(norwegian.listening), reading: level(norwegian.reading), writing: level(norwegian.writing), speaking: level(norwegian.speaking) })}`,
        ]
      : []),
    ...others.map((language) => c("cv.level", { language: languageName(language.code), level: language.level })),
  ];
  if (otherLines.length > 0) languageEntries.push({ heading: c("cv.otherLanguages"), lines: otherLines });
  add("languages", c("cv.languages"), languageEntries);

  add("digitalAndOther", c("cv.digitalAndOther"), [
    { lines: [...(profile.digitalSkills ? [c("cv.digital", { level: c(`digitalLevels.${profile.digitalSkills}`) })] : []), ...(profile.otherSkills ? [profile.otherSkills] : [])] },
  ]);

  const classes = drivingLicenceClasses.filter((licence) => profile.drivingLicences.includes(licence));
  add("licence", c("cv.licence"), classes.length > 0 ? [{ lines: [c("cv.licenceClasses", { classes: classes.join(", ") })] }] : []);

  add(
    "certificates",
    c("cv.certificates"),
    profile.certificates.map((certificate) => ({
      heading: certificate.name,
      lines: [...(certificate.issuer ? [c("cv.issuedBy", { issuer: certificate.issuer })] : []), ...(certificate.validUntil ? [c("cv.validUntil", { date: formatDate(certificate.validUntil, lang) })] : [])],
    })),
  );

  return {
    lang,
    title: c("cv.documentTitle", { name: profile.fullName }),
    subject: c("cv.subject"),
    name: profile.fullName,
    sections,
    generated: c("cv.generated", { date: formatDate(context.today, lang) }),
  };
}

/** The CV of a stored profile in `lang`, which must be one of `cvLanguages` (else 400 or 422 naming `field`). */
export async function cvOfProfile(db: Kysely<DatabaseSchema>, profile: SkillsProfile, lang: string, today: string, refusal: { field: string; status: number }): Promise<CvDocument> {
  const offered = cvLanguages(profile);
  const language = offered.find((code) => code === lang);
  if (!language) {
    const error: FieldError = { path: refusal.field, code: "enum", params: { allowed: offered.join(", ") }, message: `expected one of: ${offered.join(", ")} (bokmål, English or the person's own language)` };
    throw new InvalidInputError([error], refusal.status);
  }
  const names = profile.municipalityNumber ? await db.selectFrom("municipalities").select(["number", "name"]).where("number", "=", profile.municipalityNumber).execute() : [];
  return cvContent(profile, language, { municipalityNames: new Map(names.map((row) => [row.number, row.name])), today });
}
