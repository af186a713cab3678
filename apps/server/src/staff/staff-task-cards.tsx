import { Children, Fragment, isValidElement, type ReactNode } from "react";
import { Heading } from "@digdir/designsystemet-react";
import type { Language } from "@velkomst/i18n";
import { hasAnyRole, type Viewer } from "../auth/viewer.ts";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { LinkCard } from "../web/components/link-card.tsx";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import type { Role } from "./roles.ts";
import { EmployerTaskCards } from "../employers/employer-task-cards.tsx";
import { OpeningsTaskCard } from "../job-matching/job-matching-views.tsx";
import { readinessReaderRoles } from "../readiness/readiness-access.ts";
import { caseworkRoles } from "../cases/case-access.ts";
import { casesTaskCard } from "../cases/cases-paths.ts";
import { planRequestsTaskCard } from "../plan-requests/plan-request-paths.ts";
import { readinessPaths } from "../readiness/readiness-paths.ts";
import { readinessTexts } from "../readiness/readiness-texts.ts";
import { directoryEditorRoles } from "../directory/directory.ts";
import { directoryPaths } from "../directory/directory-paths.ts";
import { directoryTexts } from "../directory/directory-texts.ts";
import { settlementPaths } from "../settlement/settlement-paths.ts";
import { settlementTexts } from "../settlement/settlement-texts.ts";
import { eventStaffRoles } from "../events/events-access.ts";
import { eventsPaths } from "../events/events-paths.ts";
import { eventsTexts } from "../events/events-texts.ts";
import { contentRoles } from "../content/content-scope.ts";
import { contentTaskCard } from "../content/content-staff-views.tsx";
import { guidanceTaskCard } from "../guidance/guidance-views.tsx";
import { guidanceRoles } from "../guidance/guidance-access.ts";
import { interpretersTaskCard } from "../interpreters/interpreter-views.tsx";
import { MentoringTaskCards } from "../mentoring/mentoring-task-cards.tsx";
import { trainingTaskCard } from "../training/training-views.tsx";

/** The headings of the staff start page, in their order. */
export const taskGroups = ["casework", "employersVolunteers", "contentServices", "settlement", "account"] as const;
export type TaskGroup = (typeof taskGroups)[number];
const headingKey = {
  casework: "staff.taskGroupCasework",
  employersVolunteers: "staff.taskGroupEmployersVolunteers",
  contentServices: "staff.taskGroupContentServices",
  settlement: "staff.taskGroupSettlement",
  account: "staff.taskGroupAccount",
} as const satisfies Record<TaskGroup, string>;

/** A module's card(s) on the start page, under one group: nothing (false or null) when the viewer has none. */
interface TaskCards {
  group: TaskGroup;
  cards: (viewer: Viewer, lang: Language) => ReactNode;
}

const administratorRoles: Role[] = ["national-admin", "municipality-admin"];

/** One line per module: the group, and the cards for this viewer. Within a group, cards show in this order. */
const taskCards: readonly TaskCards[] = [
  { group: "account", cards: (viewer, lang) => hasAnyRole(viewer, administratorRoles) && <LinkCard href={paths.staffUsers(lang)} title={uiTranslator(lang)("staff.taskUsers")} text={uiTranslator(lang)("staff.taskUsersText")} headingLevel={3} /> },
  { group: "contentServices", cards: (viewer, lang) => hasAnyRole(viewer, directoryEditorRoles) && <LinkCard href={directoryPaths.staffList(lang)} title={directoryTexts(lang)("staff.homeTitle")} text={directoryTexts(lang)("staff.homeText")} headingLevel={3} /> },
  { group: "settlement", cards: (viewer, lang) => hasAnyRole(viewer, readinessReaderRoles) && <LinkCard href={readinessPaths.home(lang)} title={readinessTexts(lang)("staffCard.title")} text={readinessTexts(lang)("staffCard.text")} headingLevel={3} /> },
  { group: "casework", cards: (viewer, lang) => hasAnyRole(viewer, caseworkRoles) && <LinkCard {...casesTaskCard(lang)} headingLevel={3} /> },
  { group: "casework", cards: (viewer, lang) => hasAnyRole(viewer, caseworkRoles) && <LinkCard {...planRequestsTaskCard(lang)} headingLevel={3} /> },
  { group: "contentServices", cards: (viewer, lang) => hasAnyRole(viewer, eventStaffRoles) && <LinkCard href={eventsPaths.staffList(lang)} title={eventsTexts(lang)("staffLink.title")} text={eventsTexts(lang)("staffLink.text")} headingLevel={3} /> },
  { group: "contentServices", cards: (viewer, lang) => hasAnyRole(viewer, contentRoles) && <LinkCard {...contentTaskCard(lang)} headingLevel={3} /> },
  { group: "casework", cards: (viewer, lang) => hasAnyRole(viewer, guidanceRoles) && <LinkCard {...guidanceTaskCard(lang)} headingLevel={3} /> },
  { group: "casework", cards: (viewer, lang) => hasAnyRole(viewer, guidanceRoles) && <LinkCard {...interpretersTaskCard(lang)} headingLevel={3} /> },
  { group: "employersVolunteers", cards: (viewer, lang) => MentoringTaskCards({ lang, viewer }) },
  { group: "casework", cards: (viewer, lang) => hasAnyRole(viewer, guidanceRoles) && <LinkCard {...trainingTaskCard(lang)} headingLevel={3} /> },
  { group: "settlement", cards: (viewer, lang) => hasAnyRole(viewer, administratorRoles) && <LinkCard href={settlementPaths.home(lang)} title={settlementTexts(lang)("staffCard.title")} text={settlementTexts(lang)("staffCard.text")} headingLevel={3} /> },
  { group: "employersVolunteers", cards: (viewer) => EmployerTaskCards({ viewer }) },
  { group: "employersVolunteers", cards: (viewer) => hasAnyRole(viewer, ["employer"]) && <OpeningsTaskCard /> },
  { group: "account", cards: (_viewer, lang) => <LinkCard href={paths.account(lang)} title={uiTranslator(lang)("staff.taskAccount")} text={uiTranslator(lang)("staff.taskAccountText")} headingLevel={3} /> },
];

/** The cards a node holds, fragments opened: a module's component may give several, or none. */
function cardsIn(node: ReactNode): ReactNode[] {
  return Children.toArray(node).flatMap((child) => (isValidElement<{ children?: ReactNode }>(child) && child.type === Fragment ? cardsIn(child.props.children) : [child]));
}

/** The viewer's task cards under the heading of each group that has one. */
export function TaskCardGroups({ viewer }: { viewer: Viewer }) {
  const { t, lang } = usePage();
  return taskGroups.map((group) => {
    const cards = taskCards.filter((entry) => entry.group === group).flatMap((entry) => cardsIn(entry.cards(viewer, lang)));
    if (cards.length === 0) return null;
    return (
      <section key={group} className="stack" data-task-group={group} aria-labelledby={`tasks-${group}`}>
        <Heading level={2} data-size="sm" id={`tasks-${group}`}>
          {t(headingKey[group])}
        </Heading>
        <div className="card-grid">{cards}</div>
      </section>
    );
  });
}
