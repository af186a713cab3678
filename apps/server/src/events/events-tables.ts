/** Kysely's view of the tables the events module's migration creates. */
export interface EventsTables {}
