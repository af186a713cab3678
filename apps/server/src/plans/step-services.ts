import type { StepId } from "@velkomst/rules";
import type { DirectoryService, ServiceCategory } from "../directory/service-model.ts";

/**
 * Which kinds of local service a plan step sends the person to (arrival-plan contract: local
 * "where" attaches to canonical step ids). Steps done online or at a bank name no office.
 */
export const serviceCategoriesForStep: Partial<Record<StepId, readonly ServiceCategory[]>> = {
  "welcome-meeting": ["service-centre", "volunteer-centre"],
  "eea-registration": ["service-centre", "police"],
  "apply-residence-permit": ["police"],
  "id-check-tax-office": ["service-centre", "tax"],
  "report-move": ["service-centre", "tax"],
  "tax-deduction-card": ["service-centre", "tax"],
  "national-insurance-health": ["nav"],
  "regular-gp": ["doctor"],
  "norwegian-training": ["adult-education"],
  "introduction-programme": ["nav", "adult-education"],
  "school-enrolment": ["school"],
  kindergarten: ["kindergarten", "child-health"],
  "career-guidance": ["adult-education", "nav"],
};

/** The municipality's services for each step, in the order the categories are listed for it. */
export function servicesForSteps(stepIds: readonly string[], services: readonly DirectoryService[]): Map<string, DirectoryService[]> {
  const byStep = new Map<string, DirectoryService[]>();
  for (const stepId of stepIds) {
    const categories = serviceCategoriesForStep[stepId as StepId] ?? [];
    const matching = categories.flatMap((category) => services.filter((service) => service.category === category));
    if (matching.length > 0) byStep.set(stepId, matching);
  }
  return byStep;
}
