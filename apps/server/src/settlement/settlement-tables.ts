/** Kysely's view of the tables the settlement module's migration creates. */
export interface SettlementTables {}
