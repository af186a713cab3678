import type { FastifyRequest } from "fastify";
import { hasAnyRole } from "../auth/viewer.ts";
import { answersQuery } from "../plans/plan-paths.ts";
import type { SavedPlans } from "./saved-plans.ts";
import type { SaveState } from "./save-plan-panel.tsx";

/** Whether the viewer can save this plan, has saved another one, or is looking at the one they saved. */
export async function saveStateFor(request: FastifyRequest, answers: Record<string, string>, savedPlans: SavedPlans): Promise<SaveState> {
  const viewer = request.viewer;
  const query = answersQuery(answers);
  if (!viewer) return { kind: "signed-out", returnTo: `${request.url.split("?")[0]}${query}` };
  if (!hasAnyRole(viewer, ["newcomer"])) return { kind: "staff" };
  const saved = await savedPlans.find(viewer.id);
  if (!saved) return { kind: "not-saved" };
  return answersQuery(saved.answers) === query ? { kind: "this-saved", done: saved.done } : { kind: "other-saved" };
}
