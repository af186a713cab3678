import type { Language } from "@velkomst/i18n";
import { hasAnyRole, type Viewer } from "../auth/viewer.ts";
import { LinkCard } from "../web/components/link-card.tsx";
import { mentoringCoordinatorRoles, mentorRoles } from "./mentoring-access.ts";
import { mentoringPaths } from "./mentoring-paths.ts";
import { mentoringTexts } from "./mentoring-texts.ts";
import { newcomerTeamPaths, themeEveningPaths } from "../newcomer-team/newcomer-team-paths.ts";
import { newcomerTeamTexts } from "../newcomer-team/newcomer-team-texts.ts";

/** The staff start page's cards for the mentor programme (the coordinator's and the volunteer mentor's), the theme evenings and the newcomer team. */
export function MentoringTaskCards({ lang, viewer }: { lang: Language; viewer: Viewer }) {
  const t = mentoringTexts(lang);
  return (
    <>
      {hasAnyRole(viewer, mentoringCoordinatorRoles) && <LinkCard href={mentoringPaths.staffHome(lang)} title={t("staffLink.title")} text={t("staffLink.text")} headingLevel={3} />}
      {hasAnyRole(viewer, mentoringCoordinatorRoles) && (
        <LinkCard href={themeEveningPaths.list(lang)} title={newcomerTeamTexts(lang)("staffLink.title")} text={newcomerTeamTexts(lang)("staffLink.text")} headingLevel={3} />
      )}
      {hasAnyRole(viewer, mentoringCoordinatorRoles) && <LinkCard href={newcomerTeamPaths.staffList(lang)} title={newcomerTeamTexts(lang)("teamLink.title")} text={newcomerTeamTexts(lang)("teamLink.text")} headingLevel={3} />}
      {hasAnyRole(viewer, mentorRoles) && <LinkCard href={mentoringPaths.mentorHome(lang)} title={t("volunteerLink.title")} text={t("volunteerLink.text")} headingLevel={3} />}
    </>
  );
}
