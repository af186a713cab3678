import type { Language } from "@velkomst/i18n";
import type { Viewer } from "../auth/viewer.ts";
import { hasAnyRole } from "../auth/viewer.ts";
import { contentStaffPaths } from "../content/content-paths.ts";
import { contentRoles } from "../content/content-scope.ts";
import type { Services } from "../platform/services.ts";
import { readinessPaths } from "../readiness/readiness-paths.ts";
import { createReadiness } from "../readiness/readiness-repository.ts";
import { settlementPaths } from "../settlement/settlement-paths.ts";
import { caseActor, caseworkRoles } from "../cases/case-access.ts";
import { createPlanRequests } from "../plan-requests/plan-request-repository.ts";
import { planRequestPaths } from "../plan-requests/plan-request-paths.ts";

/** The kinds of work the staff start page counts, most urgent first: a deadline passed, a household waits, then the rest. */
export const todoKinds = ["overdue", "enquiries", "households", "approvals", "planRequests"] as const;
export type TodoKind = (typeof todoKinds)[number];

export interface TodoItem {
  kind: TodoKind;
  count: number;
  href: string;
}

/**
 * What waits for this viewer, counted in the database within their roles and scope: overdue
 * items of the checklists they keep, settlement enquiries to their municipalities, households
 * IMDi has yet to propose, texts they may approve. Only kinds with work in them, most urgent first.
 */
export async function staffTodo(services: Services, viewer: Viewer, lang: Language, ip: string | null): Promise<TodoItem[]> {
  const { db, settlement, content, clock } = services;
  const settlementActor = hasAnyRole(viewer, ["national-admin", "municipality-admin"]) ? await settlement.actor(viewer, ip) : null;
  const [overdue, enquiries, households, approvals, planRequests] = await Promise.all([
    createReadiness(db, clock).overdueItems(viewer, clock.today()),
    settlementActor ? settlement.enquiries.awaitingAnswer(settlementActor) : { count: 0, year: null },
    settlementActor?.national ? settlement.households.readyIds().then((ids) => ids.length) : 0,
    hasAnyRole(viewer, contentRoles) ? content.overview.awaitingApprovalCount(viewer) : 0,
    hasAnyRole(viewer, caseworkRoles) ? caseActor(viewer, services.users).then((actor) => createPlanRequests(db, clock).openCount(actor)) : 0,
  ]);
  const items: TodoItem[] = [
    { kind: "overdue", count: overdue.count, href: overdue.place ? readinessPaths.checklist(lang, overdue.place) : readinessPaths.home(lang) },
    { kind: "enquiries", count: enquiries.count, href: enquiries.year ? settlementPaths.enquiries(lang, enquiries.year) : settlementPaths.home(lang) },
    { kind: "households", count: households, href: settlementPaths.households(lang) },
    { kind: "approvals", count: approvals, href: contentStaffPaths.reviews(lang) },
    { kind: "planRequests", count: planRequests, href: planRequestPaths.list(lang) },
  ];
  return items.filter((item) => item.count > 0);
}
