import { Fragment } from "react";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Language } from "@velkomst/i18n";
import { languageName } from "../events/event-format.ts";
import { usePage } from "../web/page-context.tsx";
import { jobMatchingTexts, type JobMatchingTranslator } from "./job-matching-texts.ts";
import type { LanguageShortfall, Match } from "./match-score.ts";
import type { OpeningFacts } from "./match-facts.ts";

function shortfallText(t: JobMatchingTranslator, lang: Language, s: LanguageShortfall): string {
  const has = s.has === null ? t("noLevel") : s.has === "native" ? t("native") : s.has;
  return s.skill ? t("shortfallNorwegian", { skill: t(`skill.${s.skill}`), needed: s.needed, has }) : t("shortfall", { language: languageName(lang, s.language), needed: s.needed, has });
}

/** The score per criterion with its reason, as the employer and the candidate both see it. */
export function MatchExplanation({ match, headingId }: { match: Match; headingId: string }) {
  const { lang } = usePage();
  const t = jobMatchingTexts(lang);
  return (
    <div className="stack">
      <Paragraph id={headingId}>
        <strong>{t("total", { total: match.total })}</strong>
      </Paragraph>
      <dl className="contact-list" aria-labelledby={headingId}>
        {match.criteria.map((c) => (
          <Fragment key={c.criterion}>
            <dt>{t(`criterion.${c.criterion}`)}</dt>
            <dd>
              {t(`reason.${c.reason}`)} – {t("points", { points: c.points, max: c.max })}
              {c.shortfalls && (
                <ul>
                  {c.shortfalls.map((s) => (
                    <li key={`${s.language}-${s.skill ?? ""}`}>{shortfallText(t, lang, s)}</li>
                  ))}
                </ul>
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}

/** The hard filters of an opening: every candidate shown meets them. */
export function OpeningRequirements({ opening }: { opening: OpeningFacts }) {
  const { lang } = usePage();
  const t = jobMatchingTexts(lang);
  const filters = [
    opening.authorisationRequired ? t("filter.authorisation") : null,
    opening.drivingLicence ? t("filter.drivingLicence", { licence: opening.drivingLicence }) : null,
    opening.certificate ? t("filter.certificate", { certificate: opening.certificate }) : null,
  ].filter((f): f is string => f !== null);
  if (filters.length === 0) return null;
  return (
    <div className="stack">
      <Heading level={3} data-size="2xs">
        {t("matches.requirements")}
      </Heading>
      <ul>
        {filters.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </div>
  );
}
