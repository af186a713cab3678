/** Kysely's view of the tables the content module's migration creates. */
export interface ContentTables {}
