import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { UiTranslator } from "../i18n/ui-translator.ts";
import { scopeKinds, type Scope, type ScopeKind } from "./roles.ts";

export interface ScopeOption {
  value: string;
  label: string;
  group: ScopeKind;
}

export function encodeScope(scope: Scope): string {
  return `${scope.kind}:${scope.id}`;
}

export function decodeScope(value: string): Scope | undefined {
  const [kind = "", id = ""] = value.split(":", 2);
  return (scopeKinds as readonly string[]).includes(kind) ? { kind: kind as ScopeKind, id } : undefined;
}

/** Names every scope for display: "Frøya kommune", "Trøndelag fylke", "Hele landet". */
export async function scopeNamer(db: Kysely<DatabaseSchema>, t: UiTranslator): Promise<(scope: Scope) => string> {
  const [counties, regions, municipalities] = await Promise.all([
    db.selectFrom("counties").select(["number", "name"]).execute(),
    db.selectFrom("regions").select(["id", "name"]).execute(),
    db.selectFrom("municipalities").select(["number", "name"]).execute(),
  ]);
  const names = new Map<string, string>([
    ...counties.map((c) => [`county:${c.number}`, c.name] as const),
    ...regions.map((r) => [`region:${r.id}`, r.name] as const),
    ...municipalities.map((m) => [`municipality:${m.number}`, m.name] as const),
  ]);
  return (scope) => (scope.kind === "national" ? t("scopes.national") : t(`scopes.${scope.kind}`, { name: names.get(encodeScope(scope)) ?? scope.id }));
}

/** The scopes an administrator may hand out roles in: everything for national admins, else their own scopes and what lies inside them. */
export async function grantableScopeOptions(db: Kysely<DatabaseSchema>, viewer: Viewer, nameOf: (scope: Scope) => string): Promise<ScopeOption[]> {
  const national = viewer.assignments.some((a) => a.role === "national-admin");
  const adminScopes = viewer.assignments.filter((a) => a.role === "municipality-admin" || a.role === "national-admin").map((a) => a.scope);
  const scopes: Scope[] = [];
  if (national) {
    scopes.push({ kind: "national", id: "" });
    scopes.push(...(await db.selectFrom("counties").select("number").orderBy("number").execute()).map((c) => ({ kind: "county" as const, id: c.number })));
    scopes.push(...(await db.selectFrom("regions").select("id").orderBy("name").execute()).map((r) => ({ kind: "region" as const, id: r.id })));
    scopes.push(...(await db.selectFrom("municipalities").select("number").orderBy("name").execute()).map((m) => ({ kind: "municipality" as const, id: m.number })));
  } else {
    for (const scope of adminScopes) {
      scopes.push(scope);
      if (scope.kind === "region") {
        const members = await db.selectFrom("region_municipalities").select("municipality_number").where("region_id", "=", scope.id).execute();
        scopes.push(...members.map((m) => ({ kind: "municipality" as const, id: m.municipality_number })));
      }
      if (scope.kind === "county") {
        const members = await db.selectFrom("municipalities").select("number").where("county_number", "=", scope.id).orderBy("name").execute();
        scopes.push(...members.map((m) => ({ kind: "municipality" as const, id: m.number })));
      }
    }
  }
  const unique = [...new Map(scopes.map((s) => [encodeScope(s), s])).values()];
  return unique.map((scope) => ({ value: encodeScope(scope), label: nameOf(scope), group: scope.kind }));
}
