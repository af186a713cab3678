import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import type { UserRepository } from "../staff/user-repository.ts";
import { settlementActor, type SettlementActor } from "./settlement-access.ts";
import { createSettlementCycle } from "./settlement-cycle.ts";
import { createSettlementEnquiries } from "./settlement-enquiries.ts";
import { createEnquiryNotifier } from "./settlement-enquiry-mail.ts";
import { createSettlementFairness } from "./settlement-fairness.ts";
import { createSettlementHouseholds } from "./settlement-households.ts";
import { createSettlementIntake, type MunicipalityList } from "./settlement-intake.ts";
import { createSettlementRuns } from "./settlement-runs.ts";

/** The settlement module's service: the yearly cycle, households, matching runs, enquiries and fairness. */
export function createSettlement(services: {
  db: Kysely<DatabaseSchema>;
  users: UserRepository;
  municipalities: MunicipalityList;
  clock: Clock;
  /** Without it (tools, scripts) enquiries are sent without e-mail. */
  mail?: { publicUrl: string; log: FastifyBaseLogger };
}) {
  const { db, users, clock } = services;
  const cycle = createSettlementCycle(db, clock);
  const households = createSettlementHouseholds(db, clock);
  const intake = createSettlementIntake(db, services.municipalities, clock);
  const runs = createSettlementRuns(db, cycle, households);
  const notify = services.mail ? createEnquiryNotifier({ db, clock, ...services.mail }) : async () => {};
  const enquiries = createSettlementEnquiries(db, households, notify);
  const fairness = createSettlementFairness(db, cycle, clock);
  return {
    cycle,
    households,
    intake,
    runs,
    enquiries,
    fairness,
    actor: (viewer: Viewer, ip: string | null): Promise<SettlementActor> => settlementActor(viewer, users, ip),
  };
}

export type Settlement = ReturnType<typeof createSettlement>;
