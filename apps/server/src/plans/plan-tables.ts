/** Kysely's view of the tables the plans module's migration creates. */
export interface PlansTables {}
