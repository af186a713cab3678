/** Kysely's view of the tables the directory module's migration creates. */
export interface DirectoryTables {}
