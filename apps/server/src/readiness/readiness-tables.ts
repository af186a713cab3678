/** Kysely's view of the tables the readiness module's migration creates. */
export interface ReadinessTables {}
