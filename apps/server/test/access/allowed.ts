import type { Role } from "../../src/staff/roles.ts";

/** Who may call a route in the access matrix: anyone, anyone signed in, or the roles listed. */
export type Allowed = "public" | "signed-in" | readonly Role[];
export type AccessTable = Record<string, Allowed>;
