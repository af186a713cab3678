/** Kysely's view of the tables the search module's migration creates. */
export interface SearchTables {}
